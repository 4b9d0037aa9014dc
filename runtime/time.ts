// Go's time package as the dialect has it: sleep, after, now, Timer, Ticker, the durations,
// and the two exports a host drives time with (docs/abi.md, "Time").
//
// Each is a timer of scheduler/timers.ts whose fire() does the work:
//   - sleep parks its frame on a Sleeper, which makes the frame runnable when it fires;
//   - a Timer or Ticker sends its deadline on its channel `c` when it fires.
//
// Timer channels behave as Go 1.23's: a channel of one slot that only the timer sends on,
// so a firing never blocks; stop() and reset() empty it, so no value from before the call is
// received after it, and a value still waiting there counts as a timer not yet fired (stop()
// answers true). A ticker whose last tick is still waiting drops the next one, as Go's does,
// and its next deadline skips the intervals already past. A channel's timer is in the heap
// only while a goroutine waits on the channel (scheduler/timers.ts, `arm`).
import { Frame } from "../scheduler/frame";
import { readyAt, run } from "../scheduler/runq";
import { exportEnter, exportLeave } from "../scheduler/entry";
import { TimerBase, advanceStep, advanceTarget, arm, deadlineIn, nextDeadline, now, schedule, unschedule } from "../scheduler/timers";
import { Chan, ChanBase, TimerChan, chanOffer, recvqOf } from "./chan";
import { panic, panicWord } from "../core/panic";
import { TICKER_INTERVAL, TICKER_RESET_INTERVAL } from "../core/words";

export { now };

export const Nanosecond: i64 = 1;
export const Microsecond: i64 = 1000;
export const Millisecond: i64 = 1000000;
export const Second: i64 = 1000000000;
export const Minute: i64 = 60000000000;
export const Hour: i64 = 3600000000000;

/** A sleeping frame's timer. Kept for the next sleep once it has fired (`sleepers`). */
class Sleeper extends TimerBase {
  frame: Frame | null;

  fire(): void {
    const f = changetype<usize>(this.frame);
    this.frame = null;
    readyAt(f);
    if (sleepers.length < SLEEPERS_MAX) sleepers.push(this);
  }
}

/** How many fired Sleepers are kept for reuse: a sleep in a loop allocates nothing. */
@inline const SLEEPERS_MAX: i32 = 1024;
// @ts-ignore: decorator
@lazy const sleepers = new Array<Sleeper>();

/**
 * `time.Sleep(d)` for the frame at `f`: answers true at once when `d` is not positive (Go's
 * rule), else parks the frame until the clock has moved `d` on.
 */
export function sleep(d: i64, f: usize): bool {
  if (d <= 0) return true;
  const s = sleepers.length > 0 ? sleepers.pop() : new Sleeper();
  s.frame = changetype<Frame>(f);
  schedule(changetype<usize>(s), deadlineIn(d));
  return false;
}

// A Timer or Ticker is worked on through its address (scheduler/timers.ts says why): `t` below
// is the timer's address, `c` its channel's.

/** The address of the channel of the Timer or Ticker (`T`) at `t`. */
@inline function chanOf<T>(t: usize): usize {
  return load<usize>(t, offsetof<T>("c"));
}

/** Whether a goroutine waits on the channel at `c` (then its timer belongs in the heap). */
@inline function waited(c: usize): bool {
  return load<usize>(recvqOf(c)) != 0;
}

/** Empties a timer's channel; answers whether a value was waiting there. */
@inline function drain(c: usize): bool {
  if (load<i32>(c, offsetof<ChanBase>("count")) == 0) return false;
  store<i32>(c, 0, offsetof<ChanBase>("count"));
  store<i32>(c, 0, offsetof<ChanBase>("head"));
  return true;
}

/** Sends the timer's deadline on its channel, if there is room (runtime/chan.ts). */
@inline function send<T>(t: usize): void {
  chanOffer<i64>(chanOf<T>(t), t + offsetof<TimerBase>("when"));
}

/** Stops the Timer or Ticker at `t`; answers whether it had not fired yet (a value not yet received counts as not fired). */
@inline function stopAt<T>(t: usize): bool {
  const pending = unschedule(t);
  return drain(chanOf<T>(t)) || pending;
}

/** Starts the Timer at `t` for `d` from now. */
@inline function startAt(t: usize, d: i64): void {
  // Due now: fires at once, so a receive or a select right after it finds the value.
  if (d <= 0) fireAt(t);
  else arm(t, deadlineIn(d), waited(chanOf<Timer>(t)));
}

/** A Timer started with a duration of 0 or less fires at once (kept out of line: the rare case). */
function fireAt(t: usize): void {
  store<i64>(t, now(), offsetof<TimerBase>("when"));
  send<Timer>(t);
}

/** Go's `time.Timer`: `c` receives the deadline once the duration has passed. */
export class Timer extends TimerBase {
  c: Chan<i64>;

  constructor(d: i64) {
    super();
    const c = new TimerChan(1);
    this.c = c;
    c.timer = this;
    startAt(changetype<usize>(this), d);
  }

  /** Stops the timer; answers whether it had not fired yet (a value not yet received counts as not fired). */
  stop(): bool {
    return stopAt<Timer>(changetype<usize>(this));
  }

  /** Restarts the timer for `d` from now; answers as stop() would have. */
  reset(d: i64): bool {
    const t = changetype<usize>(this);
    const pending = stopAt<Timer>(t);
    startAt(t, d);
    return pending;
  }

  fire(): void {
    send<Timer>(changetype<usize>(this));
  }
}

/** Go's `time.Ticker`: `c` receives a tick every interval; a tick that finds the last one still waiting is dropped. */
export class Ticker extends TimerBase {
  c: Chan<i64>;

  constructor(d: i64) {
    super();
    if (d <= 0) panicWord(TICKER_INTERVAL);
    const c = new TimerChan(1);
    this.c = c;
    c.timer = this;
    this.period = d;
    arm(changetype<usize>(this), deadlineIn(d), false);
  }

  stop(): void {
    stopAt<Ticker>(changetype<usize>(this));
  }

  /** Stops the ticker and restarts it with interval `d`, the first tick `d` from now. */
  reset(d: i64): void {
    if (d <= 0) panicWord(TICKER_RESET_INTERVAL);
    const t = changetype<usize>(this);
    stopAt<Ticker>(t);
    store<i64>(t, d, offsetof<TimerBase>("period"));
    arm(t, deadlineIn(d), waited(chanOf<Ticker>(t)));
  }

  fire(): void {
    const t = changetype<usize>(this);
    send<Ticker>(t);
    // The next deadline after now: intervals already past are skipped, as Go's ticker does.
    const now_ = now();
    const period = this.period;
    let next = this.when + period;
    if (next <= now_) next += period * ((now_ - next) / period + 1);
    arm(t, next, waited(chanOf<Ticker>(t)));
  }
}

/** `time.After(d)`: the channel of a new Timer. */
export function after(d: i64): Chan<i64> {
  return new Timer(d).c;
}

/**
 * For the host (exported only by programs that use time): nanoseconds from now to the
 * earliest pending timer, 0 if it is due already, or -1 when none is pending.
 */
export function wasmexport_next_timer(): i64 {
  exportEnter();
  const when = nextDeadline();
  exportLeave(true);
  if (when < 0) return -1;
  const d = when - now();
  return d > 0 ? d : 0;
}

/**
 * For the host: moves the clock `d` nanoseconds forward, fires the timers due, deadline by
 * deadline, and runs the goroutines they wake until every one is parked (drain), as an
 * export call does; from inside a host import, as a nested call (re-entrancy).
 */
export function wasmexport_advance(d: i64): void {
  exportEnter();
  if (d < 0) panic("wasmexport_advance: negative duration " + d.toString() + " (the clock only moves forward)");
  const target = advanceTarget(d);
  while (advanceStep(target)) run(null);
  exportLeave(false);
}
