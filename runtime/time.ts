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
import { readyAt } from "../scheduler/runq";
import { exportEnter, exportLeave } from "../scheduler/entry";
import { TimerBase, advance, arm, deadlineIn, nextDeadline, now, schedule, unschedule } from "../scheduler/timers";
import { Chan, TimerChan, chanOffer, recvqOf } from "./chan";
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
  schedule(s, deadlineIn(d));
  return false;
}

/** Whether a goroutine waits on the channel `c` (then its timer belongs in the heap). */
@inline function waited(c: Chan<i64>): bool {
  return load<usize>(recvqOf(changetype<usize>(c))) != 0;
}

/** Empties a timer's channel; answers whether a value was waiting there. */
@inline function drain(c: Chan<i64>): bool {
  if (c.count == 0) return false;
  c.count = 0;
  c.head = 0;
  return true;
}

/** Sends the timer's deadline on its channel, if there is room (runtime/chan.ts). */
@inline function send(t: TimerBase, c: Chan<i64>): void {
  chanOffer<i64>(changetype<usize>(c), changetype<usize>(t) + offsetof<TimerBase>("when"));
}

/** Go's `time.Timer`: `c` receives the deadline once the duration has passed. */
export class Timer extends TimerBase {
  c: Chan<i64>;

  constructor(d: i64) {
    super();
    const c = new TimerChan(1);
    this.c = c;
    c.timer = this;
    this.start(d);
  }

  private start(d: i64): void {
    if (d <= 0) {
      // Due now: fires at once, so a receive or a select right after it finds the value.
      this.when = now();
      this.fire();
    } else arm(this, deadlineIn(d), waited(this.c));
  }

  /** Stops the timer; answers whether it had not fired yet (a value not yet received counts as not fired). */
  stop(): bool {
    const pending = unschedule(this);
    return drain(this.c) || pending;
  }

  /** Restarts the timer for `d` from now; answers as stop() would have. */
  reset(d: i64): bool {
    const pending = this.stop();
    this.start(d);
    return pending;
  }

  fire(): void {
    send(this, this.c);
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
    arm(this, deadlineIn(d), false);
  }

  stop(): void {
    unschedule(this);
    drain(this.c);
  }

  /** Stops the ticker and restarts it with interval `d`, the first tick `d` from now. */
  reset(d: i64): void {
    if (d <= 0) panicWord(TICKER_RESET_INTERVAL);
    this.stop();
    this.period = d;
    arm(this, deadlineIn(d), waited(this.c));
  }

  fire(): void {
    send(this, this.c);
    // The next deadline after now: intervals already past are skipped, as Go's ticker does.
    const t = now();
    let next = this.when + this.period;
    if (next <= t) next += this.period * ((t - next) / this.period + 1);
    arm(this, next, waited(this.c));
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
  advance(d);
  exportLeave(false);
}
