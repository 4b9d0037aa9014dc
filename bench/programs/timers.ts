// The time workloads, in a program of their own: a program that uses time gets the timer
// machinery in its scheduler, and workloads.ts's modules (and rows) must stay as they are.
// bench/baselines/go/work.go has the same workloads in Go.
import { go, Chan, select, recv, sleep, after, Timer, Ticker, Hour, Millisecond } from "ts-wasmexport";

/** A timer started and stopped n times (reset, stop: one timer, no allocation). */
// @wasmexport timer_start_stop
export function timerStartStop(n: i32): i32 {
  const t = new Timer(Hour);
  t.stop();
  let stopped: i32 = 0;
  for (let i = 0; i < n; i++) {
    t.reset(Hour);
    if (t.stop()) stopped++;
  }
  return stopped;
}

function feed(a: Chan<i32>, b: Chan<i32>, n: i32): void {
  for (let i = 0; i < n; i++) {
    if (i & 1) b.send(i);
    else a.send(i);
  }
}

/** select, 2 cases: the baseline of the timeout rows, in this module. */
// @wasmexport select2
export function select2(n: i32): i64 {
  const a = new Chan<i32>();
  const b = new Chan<i32>();
  go(feed, a, b, n);
  let sum: i64 = 0;
  for (let i = 0; i < n; i++) {
    select(recv(a, (v) => { sum += v; }), recv(b, (v) => { sum += v; }));
  }
  return sum;
}

/** The same with a third case, a timeout that never fires: one timer, reset before each select. */
// @wasmexport select2_timeout
export function select2Timeout(n: i32): i64 {
  const a = new Chan<i32>();
  const b = new Chan<i32>();
  go(feed, a, b, n);
  const t = new Timer(Hour);
  let sum: i64 = 0;
  for (let i = 0; i < n; i++) {
    t.reset(Hour);
    select(recv(a, (v) => { sum += v; }), recv(b, (v) => { sum += v; }), recv(t.c));
  }
  t.stop();
  return sum;
}

/** The same with after(Hour) in each select, as Go code often writes it: a new timer each time. */
// @wasmexport select2_after
export function select2After(n: i32): i64 {
  const a = new Chan<i32>();
  const b = new Chan<i32>();
  go(feed, a, b, n);
  let sum: i64 = 0;
  for (let i = 0; i < n; i++) {
    select(recv(a, (v) => { sum += v; }), recv(b, (v) => { sum += v; }), recv(after(Hour)));
  }
  return sum;
}

/** n ticks of a ticker received in a loop (virtual time: the clock jumps from tick to tick). */
// @wasmexport ticker
export function ticker(n: i32): i32 {
  const t = new Ticker(Millisecond);
  let got: i32 = 0;
  for (let i = 0; i < n; i++) {
    t.c.recv();
    got++;
  }
  t.stop();
  return got;
}

function sleepFor(d: i64): void {
  sleep(d);
}

function blockFor(d: i64): void {
  if (d < 0) sleep(d);
  select();
}

/** n goroutines sleeping (a pending timer each), or blocked for good with a frame of the same size. */
// @wasmexport park_timers
export function parkTimers(n: i32, timers: bool): void {
  for (let i = 0; i < n; i++) {
    if (timers) go(sleepFor, Hour + <i64>i);
    else go(blockFor, Hour + <i64>i);
  }
}

const probes: ArrayBuffer[] = [];

/** Where the heap ends: a block of a size this program never frees is cut from its end. */
// @wasmexport heap_top
export function heapTop(): usize {
  const probe = new ArrayBuffer(3000);
  probes.push(probe);
  return changetype<usize>(probe);
}
