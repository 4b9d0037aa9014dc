import { go, Chan, RWMutex, WaitGroup, defer } from "ts-wasmexport";
import { println } from "./fmt";

class Cache {
  mu: RWMutex = new RWMutex();
  data: Map<i32, i32> = new Map<i32, i32>();

  get(k: i32): i32 {
    this.mu.rLock();
    defer(() => this.mu.rUnlock());
    return this.data.has(k) ? this.data.get(k) : -1;
  }

  set(k: i32, v: i32): void {
    this.mu.lock();
    this.data.set(k, v);
    this.mu.unlock();
  }
}

// @wasmexport rwmutex_cache
function main(): void {
  const c = new Cache();
  const wg = new WaitGroup();
  for (let i = 0; i < 10; i++) {
    wg.add(1);
    go(() => {
      defer(() => wg.done());
      c.set(i, i * i);
    });
  }
  wg.wait();
  const hits = new Chan<i32>(20);
  for (let i = 0; i < 20; i++) {
    wg.add(1);
    go(() => {
      defer(() => wg.done());
      const v = c.get(i);
      if (v >= 0) hits.send(v);
    });
  }
  wg.wait();
  hits.close();
  let sum = 0;
  let n = 0;
  for (const v of hits) {
    sum += v;
    n++;
  }
  println(`hits ${n} sum ${sum}`);
}
