// Timers and the clock, after Go's runtime/time.go.
//
// Pending timers are kept in one binary min-heap ordered by deadline (`when`), then by the
// order they were started (`seq`), so timers due at the same instant fire in the order they
// were set, deterministically. `index` is a timer's state:
//   > 0    in the heap, at index - 1;
//   ARMED  started, but out of the heap: the timer of a channel nobody waits on (below);
//   0      idle: never started, fired, or stopped.
// What a timer does when it fires (wake a sleeping frame, send on a channel, cancel a
// context) is its class's `fire()`, in runtime/.
//
// A channel's timer (Timer, Ticker, after) is in the heap only while some goroutine waits on
// its channel, as in Go 1.23: the channel calls `timerWaited` when a receiver parks on it and
// `timerUnwaited` when the last one leaves without a value, and a receive or a select that
// looks at the channel first calls `timerDue`, which fires a due timer on the spot. So a
// timer nobody waits on costs the heap nothing and is collected once unreferenced (the
// `select(recv(c), recv(after(d)))` loop leaves no pending timers behind), and a goroutine
// parked on a channel while such a timer exists is deadlocked, as Go says.
//
// The clock. Without WASI it is virtual: it starts at 0 and moves only in two places, both
// here: when an export call's own goroutine is parked, nothing is runnable and a timer is
// pending (`fireNext`, called by the export entry), the clock jumps to the earliest deadline;
// and when the host calls `wasmexport_advance` (`advanceStep`). With WASI, `now()` reads the
// monotonic clock (plus whatever the host advanced), `fireNext` waits in `poll_oneoff`, and
// the scheduler loop fires due timers while goroutines run (`fireDueNow`).
//
// The heap holds the pending timers, and the timers hold what they will wake: so a goroutine
// parked on a timer stays reachable until the timer fires or is stopped, and nothing else
// keeps a timer. A stopped timer that nothing refers to is collected like any garbage.
import { WASI } from "../config";
import { linkTo } from "../core/queue";

/**
 * One pending-or-not timer. Subclasses add one reference (what it fires on) and `fire()`:
 * 28 bytes of fields, a 48-byte block under the incremental runtime (core/heap.ts).
 */
export class TimerBase {
  /** The deadline, on the module's clock (ns). */
  when: i64;
  /** A ticker's interval (ns); 0 for a one-shot timer. */
  period: i64;
  /** In the heap (its position plus one), ARMED, or 0: idle (see above). */
  index: i32;
  /** When it was started, among timers of the same deadline. */
  seq: u32;

  /** Called once the timer has left the heap, with the clock at (or past) its deadline. */
  fire(): void {
    unreachable();
  }
}

// The heap: `count` timers in `slots`, a StaticArray of references (so the collector traces
// them), read and written raw as the wait queues are (core/queue.ts), with the write barrier
// where a reference is stored. Through Array's methods, a timer's trip into the heap and out
// cost half of a select with a timeout case.
// @ts-ignore: decorator (made where first used: programs that use no timer have no heap)
@lazy let slots = new StaticArray<TimerBase | null>(16);
// @ts-ignore: decorator
@lazy let count: i32 = 0;
// @ts-ignore: decorator
@lazy let seq: u32 = 0;
/** The virtual clock; with WASI, how far the host has advanced past the monotonic clock. */
// @ts-ignore: decorator
@lazy let clock: i64 = 0;

// @ts-ignore: decorator
@external("wasi_snapshot_preview1", "clock_time_get")
declare function clock_time_get(id: u32, precision: u64, time: usize): u16;
// @ts-ignore: decorator
@external("wasi_snapshot_preview1", "poll_oneoff")
declare function poll_oneoff(subscriptions: usize, events: usize, count: u32, eventCount: usize): u16;

/** The module's clock: virtual time, or WASI's monotonic clock (ns). */
@inline export function now(): i64 {
  if (WASI) {
    const word = memory.data(8);
    clock_time_get(1, 1, word);
    return load<i64>(word) + clock;
  }
  return clock;
}

/** The deadline `d` from now, saturated (Go's `when`): a huge duration never wraps to the past. */
@inline export function deadlineIn(d: i64): i64 {
  const t = now();
  if (d > 0 && t > i64.MAX_VALUE - d) return i64.MAX_VALUE;
  return t + d;
}

/** The address of the timer at heap position `i`. */
@inline function at(i: i32): usize {
  return load<usize>(changetype<usize>(slots) + (<usize>i << alignof<usize>()));
}

@inline function whenOf(t: usize): i64 {
  return load<i64>(t, offsetof<TimerBase>("when"));
}

/** Puts the timer at `t` at heap position `i`. */
@inline function place(t: usize, i: i32): void {
  const s = changetype<usize>(slots);
  store<usize>(s + (<usize>i << alignof<usize>()), t);
  linkTo(s, t);
  store<i32>(t, i + 1, offsetof<TimerBase>("index"));
}

@inline function before(a: usize, b: usize): bool {
  const x = whenOf(a);
  const y = whenOf(b);
  return x < y || (x == y && load<u32>(a, offsetof<TimerBase>("seq")) < load<u32>(b, offsetof<TimerBase>("seq")));
}

function siftUp(t: usize, i: i32): void {
  while (i > 0) {
    const p = (i - 1) >> 1;
    const parent = at(p);
    if (!before(t, parent)) break;
    place(parent, i);
    i = p;
  }
  place(t, i);
}

function siftDown(t: usize, i: i32): void {
  const n = count;
  while (true) {
    let c = 2 * i + 1;
    if (c >= n) break;
    if (c + 1 < n && before(at(c + 1), at(c))) c++;
    const child = at(c);
    if (!before(child, t)) break;
    place(child, i);
    i = c;
  }
  place(t, i);
}

/** Room for twice as many timers; the references are copied with the write barrier. */
function grow(): void {
  const old = slots;
  const bigger = new StaticArray<TimerBase | null>(old.length << 1);
  for (let i = 0; i < count; i++) unchecked((bigger[i] = unchecked(old[i])));
  slots = bigger;
}

/** A started timer out of the heap (see above). */
@inline export const ARMED: i32 = -1;

// From here on a timer is its address, as a frame is in the scheduler: a reference held in a
// local across a call costs a shadow-stack frame, and starting and stopping a timer is
// otherwise a few loads and stores.
@inline function indexOf(t: usize): i32 {
  return load<i32>(t, offsetof<TimerBase>("index"));
}

@inline function setIndex(t: usize, index: i32): void {
  store<i32>(t, index, offsetof<TimerBase>("index"));
}

/** Sets the deadline of the timer at `t`, and its place among timers of the same deadline. */
@inline function setWhen(t: usize, when: i64): void {
  store<i64>(t, when, offsetof<TimerBase>("when"));
  store<u32>(t, seq++, offsetof<TimerBase>("seq"));
}

/** Makes the timer at `t`, which is not in the heap, pending in it with deadline `when`. */
export function schedule(t: usize, when: i64): void {
  setWhen(t, when);
  push(t);
}

@inline function push(t: usize): void {
  if (count == slots.length) grow();
  const i = count++;
  // Into an empty heap (a select with a timeout parks while no other timer is pending): no sift.
  if (i == 0) place(t, 0);
  else siftUp(t, i);
}

/** Starts a channel's timer for `when`: in the heap if a receiver waits already, else armed. */
@inline export function arm(t: usize, when: i64, waited: bool): void {
  if (waited) schedule(t, when);
  else {
    setWhen(t, when);
    setIndex(t, ARMED);
  }
}

/**
 * Makes the timer at `t` idle, out of the heap; answers whether it was started (in the heap
 * or armed). Inlined for the common case of a timer that is not in the heap (stopping a timer
 * nobody waited on, resetting a stopped one).
 */
@inline export function unschedule(t: usize): bool {
  const state = indexOf(t);
  setIndex(t, 0);
  if (state <= 0) return state == ARMED;
  const i = state - 1;
  // The last of the heap (the only one, for a select's timeout): no sift.
  if (i == count - 1) clearSlot(--count);
  else removeAt(i);
  return true;
}

/** Empties heap position `i`, which is past the end: the heap keeps nothing alive. */
@inline function clearSlot(i: i32): void {
  store<usize>(changetype<usize>(slots) + (<usize>i << alignof<usize>()), 0);
}

/** Takes the timer at heap position `i` out: the last one takes its place and moves whichever way it must. */
function removeAt(i: i32): void {
  const n = --count;
  const last = at(n);
  clearSlot(n);
  if (i < n) {
    place(last, i);
    if (i > 0 && before(last, at((i - 1) >> 1))) siftUp(last, i);
    else siftDown(last, i);
  }
}

/**
 * A receive or select is about to look at the channel of the timer at `t`: if the timer is
 * due, it fires now (Go 1.23's maybeRunChan), so its value is there. Answers whether it fired.
 */
@inline export function timerDue(t: usize): bool {
  if (indexOf(t) == 0 || whenOf(t) > now()) return false;
  fireNow(t);
  return true;
}

/** Fires the started timer at `t` now (kept out of line: it is the rare case). */
export function fireNow(t: usize): void {
  unschedule(t);
  changetype<TimerBase>(t).fire();
}

/** A receiver parked on the channel of the timer at `t`: an armed timer goes into the heap. */
@inline export function timerWaited(t: usize): void {
  if (indexOf(t) == ARMED) push(t);
}

/** The last receiver left the channel of the timer at `t` without its value: it leaves the heap, armed. */
@inline export function timerUnwaited(t: usize): void {
  if (indexOf(t) > 0) {
    unschedule(t);
    setIndex(t, ARMED);
  }
}

/** Whether any timer is pending. */
@inline export function timersPending(): bool {
  return count > 0;
}

/** The earliest pending deadline, or -1 when no timer is pending. */
export function nextDeadline(): i64 {
  return count > 0 ? whenOf(at(0)) : -1;
}

/** Fires every pending timer whose deadline is `t` or earlier, earliest first. */
function fireDue(t: i64): void {
  while (count > 0) {
    const first = at(0);
    if (whenOf(first) > t) break;
    unschedule(first);
    changetype<TimerBase>(first).fire();
  }
}

/** With WASI: blocks the module in poll_oneoff until the monotonic clock reaches `when`. */
function waitUntil(when: i64): void {
  const subscription = memory.data(48);
  const event = memory.data(32);
  const count = memory.data(4);
  while (true) {
    const d = when - now();
    if (d <= 0) return;
    store<u64>(subscription, 0); // userdata
    store<u8>(subscription, 0, 8); // tag: clock
    store<u32>(subscription, 1, 16); // clock id: monotonic
    store<u64>(subscription, <u64>d, 24); // timeout, relative (flags 0)
    store<u64>(subscription, 1, 32); // precision
    store<u16>(subscription, 0, 40); // flags
    poll_oneoff(subscription, event, 1, count);
  }
}

/**
 * Nothing is runnable and the export call's own goroutine is parked: waits for the earliest
 * timer (virtual time jumps to it; real time sleeps until it) and fires every timer then
 * due. Answers false when no timer is pending: the call is deadlocked.
 */
export function fireNext(): bool {
  if (count == 0) return false;
  const when = whenOf(at(0));
  if (WASI) {
    waitUntil(when);
    fireDue(now());
  } else {
    if (when > clock) clock = when;
    fireDue(clock);
  }
  return true;
}

// With WASI, the scheduler loop reads the clock every so many goroutine switches while a timer
// is pending (runq.ts, `run`), and fires the timers due: goroutines that keep the run queue
// busy must not hold back a due timer. Reading the clock is a host call (77 to 220 ns under
// Node's WASI, measured), against 8 to 10 ns for a switch between two goroutines in a channel
// ping-pong, so the number of switches between two readings adapts: it doubles, up to
// SWITCHES_MAX, while readings come less than 25 µs apart, and halves, down to 1, while they
// come more than 100 µs apart. A ping-pong then reads the clock once per few thousand
// switches, and goroutines that compute for long between switches read it at every one.
@inline const SWITCHES_MAX: i32 = 4096;
// @ts-ignore: decorator
@lazy let switchesPerCheck: i32 = 64;
// @ts-ignore: decorator
@lazy let lastCheck: i64 = 0;

/** Fires the timers whose deadline has passed; answers how many switches to make before the next call. */
export function fireDueNow(): i32 {
  const t = now();
  const since = t - lastCheck;
  lastCheck = t;
  if (since < 25000) {
    if (switchesPerCheck < SWITCHES_MAX) switchesPerCheck <<= 1;
  } else if (since > 100000 && switchesPerCheck > 1) switchesPerCheck >>= 1;
  if (whenOf(at(0)) <= t) fireDue(t);
  return switchesPerCheck;
}

// The host moves the clock forward by `d` (wasmexport_advance, runtime/time.ts): every timer
// due within it fires, deadline by deadline, with the clock at its deadline and the run queue
// drained after each, as though the time had passed; then the clock stands at `d` past where
// it was. The caller drains the queue: runq.ts imports this file, which so imports nothing of it.

/** The time the clock moves to; with WASI, the host's part of the clock grows by `d` at once. */
export function advanceTarget(d: i64): i64 {
  const target = deadlineIn(d);
  if (WASI) clock += d;
  return target;
}

/**
 * Fires the timers of the earliest deadline, with the clock at it, and answers true if that
 * deadline is `target` or earlier; else leaves the clock at `target` and answers false.
 */
export function advanceStep(target: i64): bool {
  if (count > 0) {
    const when = whenOf(at(0));
    if (when <= target) {
      if (!WASI && when > clock) clock = when;
      fireDue(when);
      return true;
    }
  }
  if (!WASI && target > clock) clock = target;
  return false;
}
