import { go, Mutex, WaitGroup, defer } from "ts-wasmexport";
import { println } from "./fmt";

class Counter {
  mu: Mutex = new Mutex();
  n: Map<string, i32> = new Map<string, i32>();

  inc(key: string): void {
    this.mu.lock();
    this.n.set(key, (this.n.has(key) ? this.n.get(key) : 0) + 1);
    this.mu.unlock();
  }
}

// @wasmexport mutex_counter
function main(): void {
  const c = new Counter();
  const wg = new WaitGroup();
  for (let i = 0; i < 50; i++) {
    wg.add(1);
    go(() => {
      defer(() => wg.done());
      c.inc("a");
      if (i % 5 == 0) c.inc("b");
    });
  }
  wg.wait();
  println(`a ${c.n.get("a")}`);
  println(`b ${c.n.get("b")}`);
}
