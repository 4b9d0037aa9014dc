// A blocking method called directly and through an interface (a module of its own, so that
// its frames do not grow the scheduler loop of the workloads' module). The method may park
// (it would yield once in 2^31 calls), so every call is a frame: started, run, left, reused.
import { gosched } from "ts-wasmexport";

interface Stepper {
  step(d: i32): i32;
}

class Counter implements Stepper {
  n: i32 = 0;
  step(d: i32): i32 {
    this.n += d;
    if (this.n == i32.MIN_VALUE) gosched();
    return this.n;
  }
}

// A second implementation: a call through Stepper is a dispatch.
class Doubler implements Stepper {
  n: i32 = 0;
  step(d: i32): i32 {
    this.n += 2 * d;
    if (this.n == i32.MIN_VALUE) gosched();
    return this.n;
  }
}

// The same method on a class with no override family: a direct blocking call.
class Direct {
  n: i32 = 0;
  step(d: i32): i32 {
    this.n += d;
    if (this.n == i32.MIN_VALUE) gosched();
    return this.n;
  }
}

const steppers: Stepper[] = [new Counter(), new Doubler()];

// @wasmexport blockingcall
export function blockingCall(n: i32): i32 {
  const c = new Direct();
  let s = 0;
  for (let i = 0; i < n; i++) s = c.step(1);
  return s;
}

// @wasmexport dispatchcall
export function dispatchCall(n: i32): i32 {
  const c = steppers[n & 1 ? 1 : 0];
  let s = 0;
  for (let i = 0; i < n; i++) s = c.step(1);
  return s;
}
