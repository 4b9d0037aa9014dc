import { go, Chan, WaitGroup } from "ts-wasmexport";
import { println } from "./fmt";

// Generic code that blocks: functions, a class's methods, goroutines started on them.
class Queue<T> {
  items: Chan<T> = new Chan<T>(8);
  taken: i32 = 0;
  put(v: T): void {
    this.items.send(v);
  }
  take(): T {
    this.taken++;
    return this.items.recv();
  }
  takeTwo(): T[] {
    const a = this.take();
    const b = this.take();
    return [a, b];
  }
}

function produce<T>(out: Chan<T>, values: T[], wg: WaitGroup): void {
  for (let i = 0; i < values.length; i++) out.send(values[i]);
  wg.done();
}

function drain<T>(c: Chan<T>, n: i32): T[] {
  const got: T[] = [];
  for (let i = 0; i < n; i++) got.push(c.recv());
  return got;
}

function firstOf<T>(c: Chan<T>): T {
  return drain(c, 1)[0];
}

// @wasmexport generic_blocking
function main(): void {
  const q = new Queue<string>();
  q.put("a");
  q.put("b");
  q.put("c");
  const two = q.takeTwo();
  println(`${two.join("+")} then ${q.take()} (${q.taken} taken)`);
  const nums = new Chan<i32>();
  const wg = new WaitGroup();
  wg.add(2);
  go(produce<i32>, nums, [1, 2, 3], wg);
  go(produce, nums, [10, 20, 30], wg);
  const got = drain(nums, 5);
  got.push(firstOf(nums));
  wg.wait();
  got.sort();
  println(got.join(" "));
}
