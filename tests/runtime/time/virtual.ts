// Virtual time (no WASI): what the clock does inside a call, between calls, and what a host
// sees through wasmexport_next_timer and wasmexport_advance.
import { Context, background, withCancel, withTimeout, withDeadline } from "ts-wasmexport";
import { WaitGroup } from "ts-wasmexport";
import { go, gosched, Chan, select, recv, otherwise, sleep, after, now, Timer, Ticker, Millisecond, Second, Hour } from "ts-wasmexport";

// @wasmimport env host_call
declare function hostCall(): void;

// @wasmexport now
export function clock(): i64 {
  return now();
}

// @wasmexport slept
export function slept(d: i64): i64 {
  const t0 = now();
  sleep(d);
  return now() - t0;
}

let ran: i32 = 0;

/** sleep(0) and a negative sleep return at once without yielding: a goroutine started before has not run. */
// @wasmexport sleep_zero
export function sleepZero(d: i64): i32 {
  ran = 0;
  go(() => { ran = 1; });
  sleep(d);
  return ran;
}

/** A value from a timer due now is there at once: after(0) wins over otherwise. */
// @wasmexport after_zero
export function afterZero(d: i64): i32 {
  return select(recv(after(d)), otherwise());
}

/** Parked on a channel that only a sleeping goroutine will send on: not a deadlock. */
// @wasmexport late_send
export function lateSend(): i32 {
  const c = new Chan<i32>();
  go(() => { sleep(Second); c.send(5); });
  return c.recv();
}

/** Parked on a channel nobody sends on, while a timer is pending that wakes no one who will: a deadlock once it has fired. */
// @wasmexport late_deadlock
export function lateDeadlock(): void {
  const c = new Chan<i32>();
  go(() => { sleep(Second); });
  c.recv();
}

let ticks: i32 = 0;

function ticking(t: Ticker): void {
  while (true) {
    t.c.recv();
    ticks++;
  }
}

let ticker: Ticker | null = null;

/** Starts a goroutine counting the ticks of a ticker; it outlives the call, parked on the ticker. */
// @wasmexport start_ticking
export function startTicking(period: i64): void {
  const t = new Ticker(period);
  ticker = t;
  ticks = 0;
  go(ticking, t);
}

// @wasmexport stop_ticking
export function stopTicking(): i32 {
  const t = ticker;
  if (t) t.stop();
  return ticks;
}

// @wasmexport ticks
export function tickCount(): i32 {
  return ticks;
}

let woken: i32 = 0;

/** n goroutines each sleeping i * step: they stay parked past the call. */
// @wasmexport sleepers
export function sleepers(n: i32, step: i64): void {
  woken = 0;
  for (let i = 1; i <= n; i++) {
    go((d: i64) => { sleep(d); woken++; }, i * step);
  }
}

// @wasmexport woken
export function wokenCount(): i32 {
  return woken;
}

/** A host import that advances the clock (re-entrantly) while this goroutine waits in it. */
// @wasmexport advance_inside
export function advanceInside(): i32 {
  woken = 0;
  go(() => { sleep(Second); woken++; });
  gosched(); // the sleeper starts sleeping
  gatedCall();
  // The host advanced 1 s during hostCall: the sleeper ran in the nested call.
  return woken * 10 + (now() >= Second ? 1 : 0);
}

function gatedCall(): void {
  hostCall();
}

// @wasmexport zero_ticker
export function zeroTicker(): void {
  new Ticker(0);
}

// @wasmexport reset_ticker
export function resetTicker(): void {
  const t = new Ticker(Second);
  t.reset(-1);
}

/** A deadline too far to be represented saturates rather than wrapping into the past. */
// @wasmexport far_timer
export function farTimer(): void {
  const t = new Timer(i64.MAX_VALUE);
  keep = t;
  go(() => { t.c.recv(); }); // waited on: in the heap
}
let keep: Timer | null = null;

// @wasmexport stop_far_timer
export function stopFarTimer(): bool {
  const t = keep;
  return t ? t.stop() : false;
}

/** Goroutines parked on the channel of a stopped timer that nothing else refers to: garbage. */
// @wasmexport forgotten
export function forgotten(n: i32): void {
  for (let i = 0; i < n; i++) {
    const t = new Timer(Hour);
    go(() => { t.c.recv(); });
    t.stop();
  }
}

function sleepFor(d: i64): void {
  sleep(d);
}

function blockFor(d: i64): void {
  if (d < 0) sleep(d);
  select();
}

/** n goroutines sleeping (a pending timer each), or blocked forever with the same frame: the difference is the timers. */
// @wasmexport park_many
export function parkMany(n: i32, timers: bool): void {
  for (let i = 0; i < n; i++) {
    if (timers) go(sleepFor, Hour + <i64>i);
    else go(blockFor, Hour + <i64>i);
  }
}

// @wasmexport memory_bytes
export function memoryBytes(): i32 {
  return memory.size() << 16;
}

const probes: ArrayBuffer[] = [];

/**
 * Where the heap ends: new blocks are cut from its end, and no block of this size is ever
 * freed in this program, so a new one lands there (core/heap.ts).
 */
// @wasmexport heap_top
export function heapTop(): usize {
  const probe = new ArrayBuffer(3000);
  probes.push(probe);
  return changetype<usize>(probe);
}

/**
 * A timeout in a loop, as Go programs write it: a new after() per select, which never fires.
 * Nobody waits on those timers once their select is over, so none stays pending.
 */
// @wasmexport timeouts
export function timeouts(n: i32): i32 {
  const c = new Chan<i32>(1);
  let got: i32 = 0;
  for (let i = 0; i < n; i++) {
    c.send(i);
    select(recv(c, () => { got++; }), recv(after(Hour)));
  }
  return got;
}

/** The same with the value sent by another goroutine, so each select parks on both channels first. */
// @wasmexport parked_timeouts
export function parkedTimeouts(n: i32): i32 {
  const c = new Chan<i32>();
  go((n: i32) => { for (let i = 0; i < n; i++) c.send(i); }, n);
  let got: i32 = 0;
  for (let i = 0; i < n; i++) select(recv(c, () => { got++; }), recv(after(Hour)));
  return got;
}

/** A timer nobody waits on does not keep a goroutine parked elsewhere from being a deadlock (Go 1.23). */
// @wasmexport unwaited_deadlock
export function unwaitedDeadlock(): void {
  keep = new Timer(Second);
  new Chan<i32>().recv();
}

/** A timer due while nobody waited fires when a select looks at its channel: the select with otherwise takes it. */
// @wasmexport due_unwaited
export function dueUnwaited(): i32 {
  const t = new Timer(Second);
  sleep(2 * Second);
  return select(recv(t.c), otherwise());
}

/** A call that returns while its own goroutines sleep: the clock does not move. */
// @wasmexport return_early
export function returnEarly(): i64 {
  go(() => { sleep(Millisecond); });
  return now();
}

/** n contexts derived from one long-lived parent, each cancelled at once: unlinked, so collected. */
// @wasmexport short_contexts
export function shortContexts(n: i32): i32 {
  const parent = withCancel(background());
  let done: i32 = 0;
  for (let i = 0; i < n; i++) {
    const child = withTimeout(parent, Hour);
    child.cancel();
    if (child.err() == "context canceled") done++;
  }
  keepContext = parent;
  return done;
}
let keepContext: Context | null = null;

/** A tree of contexts: cancelling the root cancels all n grandchildren, which all wake. */
// @wasmexport cancel_tree
export function cancelTree(n: i32): i32 {
  const root = withCancel(background());
  const wg = new WaitGroup();
  let woken: i32 = 0;
  for (let i = 0; i < n; i++) {
    const grandchild = withCancel(withDeadline(root, now() + Hour));
    wg.add(1);
    go(() => { grandchild.done().recv(); if (grandchild.err() == "context canceled") woken++; wg.done(); });
  }
  gosched();
  root.cancel();
  wg.wait();
  return woken;
}
