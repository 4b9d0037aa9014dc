// The soak workloads: export calls that are repeated millions of times while linear memory is
// sampled (bench/soak.js). Each call leaves nothing behind that it does not free: memory must
// stay flat.
import { go, Chan, WaitGroup } from "ts-wasmexport";

function finish(wg: WaitGroup): void {
  wg.done();
}

// @wasmexport spawn
export function spawn(k: i32): i32 {
  // k goroutines started and finished within the call.
  const wg = new WaitGroup();
  wg.add(k);
  for (let i = 0; i < k; i++) go(finish, wg);
  wg.wait();
  return k;
}

function square(x: i32, out: Chan<i32>): void {
  out.send(x * x);
}

// @wasmexport fanout
export function fanout(k: i32): i32 {
  // k workers, each answering on one channel: fan out, then fan in.
  const out = new Chan<i32>();
  for (let i = 0; i < k; i++) go(square, i, out);
  let sum: i32 = 0;
  for (let i = 0; i < k; i++) sum += out.recv();
  return sum;
}

function pass(from: Chan<i32>, to: Chan<i32>): void {
  to.send(from.recv() + 1);
}

// @wasmexport relay
export function relay(k: i32): i32 {
  // A chain of k goroutines, each adding one to the value it passes on.
  const first = new Chan<i32>();
  let from = first;
  for (let i = 0; i < k; i++) {
    const to = new Chan<i32>();
    go(pass, from, to);
    from = to;
  }
  first.send(0);
  return from.recv();
}

function describe(n: i32, out: Chan<string>): void {
  out.send("item " + n.toString() + ": " + "x".repeat(n % 16));
}

// @wasmexport strings
export function strings(k: i32): i32 {
  // Strings made in goroutines and sent back through a channel.
  const out = new Chan<string>(k);
  for (let i = 0; i < k; i++) go(describe, i, out);
  let length: i32 = 0;
  for (let i = 0; i < k; i++) length += out.recv().length;
  return length;
}
