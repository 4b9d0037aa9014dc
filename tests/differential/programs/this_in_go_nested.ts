import { go, Chan, Mutex, WaitGroup, defer } from "ts-wasmexport";
import { println } from "./fmt";

class Counter {
  n: i32 = 0;
  mu: Mutex = new Mutex();
  ready: Chan<i32> = new Chan<i32>();
  constructor(public name: string) {}

  // A goroutine started by a method that blocks, using the receiver; and one started by it.
  run(k: i32, wg: WaitGroup): void {
    const v = this.ready.recv();
    go(() => {
      defer(() => wg.done());
      this.mu.lock();
      this.n += v * k;
      this.mu.unlock();
      wg.add(1);
      go(() => {
        defer(() => wg.done());
        this.mu.lock();
        this.n++;
        this.mu.unlock();
      });
    });
  }

  // A goroutine started by a method that does not block.
  feed(values: i32[]): void {
    go(() => {
      for (let i = 0; i < values.length; i++) this.ready.send(values[i]);
    });
  }
}

// @wasmexport this_in_go_nested
function main(): void {
  const c = new Counter("c");
  const wg = new WaitGroup();
  c.feed([3, 4]);
  wg.add(2);
  c.run(10, wg);
  c.run(100, wg);
  wg.wait();
  println(`${c.name} ${c.n}`);
}
