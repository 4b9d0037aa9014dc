// go() with closures: captured values, per-iteration let, arguments, defer order.
import { go, Chan, WaitGroup, Mutex, defer, gosched } from "ts-wasmexport";

// @wasmexport per_iteration
export function perIteration(n: i32): i32 {
  const out = new Chan<i32>(n);
  for (let i = 0; i < n; i++) {
    go(() => { out.send(i); });
  }
  let sum: i32 = 0;
  for (let k = 0; k < n; k++) sum += out.recv();
  return sum;
}

// @wasmexport with_args
export function withArgs(): i32 {
  const out = new Chan<i32>(1);
  go((a: i32, b: i32) => { out.send(a * 10 + b); }, 4, 2);
  return out.recv();
}

class Counter {
  n: i32 = 0;
}

// @wasmexport mutex_counter
export function mutexCounter(goroutines: i32, each: i32): i32 {
  const counter = new Counter();
  const mu = new Mutex();
  const wg = new WaitGroup();
  for (let g = 0; g < goroutines; g++) {
    wg.add(1);
    go(() => {
      for (let k = 0; k < each; k++) {
        mu.lock();
        const seen = counter.n;
        gosched();
        counter.n = seen + 1;
        mu.unlock();
      }
      wg.done();
    });
  }
  wg.wait();
  return counter.n;
}

const order = new Array<i32>();

function deferred(n: i32): i32 {
  const ch = new Chan<i32>(1);
  defer(() => { order.push(1); });
  for (let i = 0; i < n; i++) {
    defer(() => { order.push(10); });
    ch.send(i);
    ch.recv();
    if (i == 1) return 5;
  }
  defer(() => { order.push(100); });
  return 7;
}

// @wasmexport defers
export function defers(n: i32): i32 {
  order.length = 0;
  const r = deferred(n);
  let code: i32 = 0;
  for (let i = 0; i < order.length; i++) code = code * 1000 + order[i];
  return r * 1000000 + code % 1000000;
}

function answer(ch: Chan<i32>, v: i32): void {
  ch.send(v);
}

class Store {
  ch: Chan<i32> = new Chan<i32>(1);
  serve(v: i32): void {
    this.ch.send(v);
  }
}

// go() closures whose body is an expression: a call to a blocking function or method.
// @wasmexport expression_bodies
export function expressionBodies(): i32 {
  const ch = new Chan<i32>();
  go(() => answer(ch, 40));
  const store = new Store();
  go((s: Store) => s.serve(2), store);
  return ch.recv() + store.ch.recv();
}

function double(v: i32, out: Chan<i32>): void {
  out.send(v * 2);
}

// go(f, <-ch, out): the argument is received before the goroutine starts, as Go evaluates
// a go statement's arguments in the calling goroutine.
// @wasmexport blocking_argument
export function blockingArgument(): i32 {
  const inp = new Chan<i32>(1);
  const out = new Chan<i32>();
  inp.send(21);
  go(double, inp.recv(), out);
  return out.recv();
}
