// A debounced event handler: events arrive in bursts, and the handler acts once per burst,
// when no event has come for `quiet` nanoseconds — the way a search box waits for typing to
// pause, or a file watcher for a save to finish.
//
// The host calls `start(quiet)` once, then `event(value)` for each event. A goroutine takes
// the events and re-arms a timer on each; when the timer fires, the burst is over and it is
// flushed. The module imports nothing: its clock moves when the host says how much time has
// passed (wasmexport_advance), which ts-wasmexport/host's driveTimers() does from Node's
// setTimeout, and any host can do by hand.
import { go, Chan, select, recv, Timer } from "ts-wasmexport";

let events = new Chan<i32>(64);
let bursts: i32 = 0;
let lastCount: i32 = 0;
let lastSum: i64 = 0;
let waiting: i32 = 0;

function debounce(events: Chan<i32>, quiet: i64): void {
  const timer = new Timer(quiet);
  timer.stop();
  let count: i32 = 0;
  let sum: i64 = 0;
  while (true) {
    select(
      recv(events, (value) => {
        count++;
        sum += value;
        waiting = count;
        timer.reset(quiet);
      }),
      recv(timer.c, () => {
        bursts++;
        lastCount = count;
        lastSum = sum;
        count = 0;
        sum = 0;
        waiting = 0;
      }),
    );
  }
}

// @wasmexport start
export function start(quiet: i64): void {
  events = new Chan<i32>(64);
  bursts = 0;
  go(debounce, events, quiet);
}

// @wasmexport event
export function event(value: i32): void {
  events.send(value);
}

/** How many bursts have been flushed. */
// @wasmexport bursts
export function burstCount(): i32 {
  return bursts;
}

/** How many events the last flushed burst had, and their sum. */
// @wasmexport last_count
export function lastBurstCount(): i32 {
  return lastCount;
}

// @wasmexport last_sum
export function lastBurstSum(): i64 {
  return lastSum;
}

/** Events of the burst still going on. */
// @wasmexport waiting
export function waitingCount(): i32 {
  return waiting;
}
