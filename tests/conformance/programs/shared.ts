// A variable that goroutines and their parent both write is one variable (Go's capture by
// reference), whether the parent blocks or not.
import { go, Chan, WaitGroup } from "ts-wasmexport";

// @wasmexport total
export function total(n: i32): i32 {
  let sum: i32 = 0;
  const wg = new WaitGroup();
  for (let i = 1; i <= n; i++) {
    wg.add(1);
    go(() => {
      sum += i;
      wg.done();
    });
  }
  wg.wait();
  sum *= 2;
  return sum;
}

let seen: i32 = 0;
const ready = new Chan<i32>(1);

// @wasmexport later
export function later(): void {
  let flag: i32 = 1;
  go(() => {
    ready.send(flag);
  });
  flag = 7;
}

// @wasmexport read_later
export function readLater(): i32 {
  seen = ready.recv();
  return seen;
}
