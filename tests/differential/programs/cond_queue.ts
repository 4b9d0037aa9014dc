import { go, Chan, Cond, Mutex, defer } from "ts-wasmexport";
import { println } from "./fmt";

class Queue {
  mu: Mutex = new Mutex();
  cond: Cond = new Cond(this.mu);
  items: i32[] = [];

  put(v: i32): void {
    this.mu.lock();
    this.items.push(v);
    this.mu.unlock();
    this.cond.signal();
  }

  get(): i32 {
    this.mu.lock();
    defer(() => this.mu.unlock());
    while (this.items.length == 0) this.cond.wait();
    return this.items.shift();
  }
}

// @wasmexport cond_queue
function main(): void {
  const q = new Queue();
  const results = new Chan<i32>();
  for (let w = 0; w < 3; w++) {
    go(() => {
      while (true) results.send(q.get() * 2);
    });
  }
  for (let i = 1; i <= 6; i++) q.put(i);
  let sum = 0;
  for (let i = 0; i < 6; i++) sum += results.recv();
  println(`sum ${sum}`);
}
