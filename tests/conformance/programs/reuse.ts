// Goroutines started again and again: the frame of an ended goroutine is reused by the next
// go() of the same function, so every run must start from a fresh frame: its own arguments,
// its own locals, its own defers and captures, and nothing kept from the run before.
import { go, defer, Chan, WaitGroup } from "ts-wasmexport";

let log: i64 = 0;

function worker(id: i32, out: Chan<i32>, wg: WaitGroup): void {
  defer(() => wg.done());
  let acc: i32 = 0; // must be 0 on every run, whatever the previous run left
  for (let i = 0; i <= id; i++) acc += i;
  out.send(acc);
}

function note(v: i32): void {
  log = (log * 10 + v) % 1000000;
}

// @wasmexport rounds
export function rounds(n: i32): i64 {
  let total: i64 = 0;
  for (let r = 0; r < n; r++) {
    const out = new Chan<i32>(4);
    const wg = new WaitGroup();
    wg.add(3);
    for (let id = 1; id <= 3; id++) go(worker, id, out, wg);
    wg.wait();
    // 1, 3 and 6 in some order.
    total += out.recv() + out.recv() + out.recv();
    // A closure goroutine capturing this round's number, and a plain function.
    const done = new Chan<i32>();
    const round = r;
    go(() => { done.send(round); });
    total += done.recv();
    go(note, r % 10);
  }
  return total;
}

// @wasmexport log_value
export function logValue(): i64 {
  return log;
}

function holder(big: Array<i32>, done: Chan<i32>): void {
  done.send(big.length);
}

// Starts k goroutines that each hold 64 KB and waits for them: their frames are kept for
// reuse, zeroed, so the arrays can be collected.
// @wasmexport hold
export function hold(k: i32): i32 {
  const done = new Chan<i32>(k);
  for (let i = 0; i < k; i++) go(holder, new Array<i32>(16384), done);
  let sum: i32 = 0;
  for (let i = 0; i < k; i++) sum += done.recv();
  return sum;
}

let deferred: i32 = 0;

// A blocking function called again and again: each call gets a fresh frame (a reused one,
// zeroed), with its own locals and defers.
function take(ch: Chan<i32>, k: i32): i32 {
  defer(() => { deferred++; });
  let acc: i32 = 0;
  for (let i = 0; i < k; i++) acc += ch.recv();
  return acc;
}

function fill(ch: Chan<i32>, n: i32): void {
  for (let i = 1; i <= n; i++) ch.send(i);
}

// @wasmexport calls
export function calls(n: i32): i32 {
  const ch = new Chan<i32>();
  go(fill, ch, n * 3);
  let total: i32 = 0;
  for (let c = 0; c < n; c++) total += take(ch, 3) - take(ch, 0);
  return total * 1000 + deferred;
}

function build(size: i32, out: Chan<i32>): void {
  // Allocates while other frames sit on the free lists, so the collector runs in between.
  const parts = new Array<Array<i32>>();
  for (let i = 0; i < size; i++) parts.push(new Array<i32>(8));
  parts[size - 1][7] = size;
  out.send(parts[size - 1][7] + parts.length);
}

// Goroutines of one function started in waves of varying size while the incremental
// collector works: frames move on and off the free list between collection steps.
// @wasmexport waves
export function waves(rounds: i32): i64 {
  let total: i64 = 0;
  for (let r = 0; r < rounds; r++) {
    const k = 1 + (r * 7) % 300;
    const out = new Chan<i32>(k);
    for (let i = 0; i < k; i++) go(build, 1 + (i % 50), out);
    for (let i = 0; i < k; i++) total += out.recv();
  }
  return total;
}

let started: i32 = 0;

function tick(): void {
  started++;
}

// Starts k goroutines at once, all alive before any runs, and lets them finish: the next
// burst takes their frames instead of allocating (docs/runtime.md, "Frames").
// @wasmexport burst
export function burst(k: i32): void {
  for (let i = 0; i < k; i++) go(tick);
}

// @wasmexport ticks
export function ticks(): i32 {
  return started;
}
