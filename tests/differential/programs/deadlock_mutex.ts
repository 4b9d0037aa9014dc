import { Mutex, defer } from "ts-wasmexport";
import { println } from "./fmt";

class Store {
  mu: Mutex = new Mutex();
  data: Map<string, i32> = new Map<string, i32>();

  get(k: string): i32 {
    this.mu.lock();
    defer(() => this.mu.unlock());
    return this.data.has(k) ? this.data.get(k) : 0;
  }

  incr(k: string): void {
    this.mu.lock();
    defer(() => this.mu.unlock());
    this.data.set(k, this.get(k) + 1);
  }
}

// @wasmexport deadlock_mutex
function main(): void {
  const s = new Store();
  s.data.set("a", 1);
  println(`a is ${s.get("a")}`);
  s.incr("a");
  println("not reached");
}
