import { go, Chan, Mutex, WaitGroup, defer } from "ts-wasmexport";
import { println } from "./fmt";

class Philosopher {
  meals: i32 = 0;
  constructor(public id: i32, public left: Mutex, public right: Mutex) {}

  dine(host: Chan<bool>, wg: WaitGroup): void {
    defer(() => wg.done());
    for (let i = 0; i < 3; i++) {
      host.send(true);
      let first = this.left;
      let second = this.right;
      if (this.id % 2 == 1) {
        first = this.right;
        second = this.left;
      }
      first.lock();
      second.lock();
      this.meals++;
      second.unlock();
      first.unlock();
      host.recv();
    }
  }
}

// @wasmexport dining_philosophers
function main(): void {
  const n = 5;
  const forks: Mutex[] = [];
  for (let i = 0; i < n; i++) forks.push(new Mutex());
  const philosophers: Philosopher[] = [];
  for (let i = 0; i < n; i++) philosophers.push(new Philosopher(i, forks[i], forks[(i + 1) % n]));
  const host = new Chan<bool>(2);
  const wg = new WaitGroup();
  for (const p of philosophers) {
    wg.add(1);
    go(() => p.dine(host, wg));
  }
  wg.wait();
  let total = 0;
  for (const p of philosophers) {
    println(`philosopher ${p.id} ate ${p.meals} meals`);
    total += p.meals;
  }
  println(`total ${total}`);
}
