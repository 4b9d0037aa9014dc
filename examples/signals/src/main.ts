// The signal handler of the //go:wasmexport proposal (golang/go#42372), in TypeScript.
//
// The host calls `start` once: it spawns a goroutine that ranges over a channel of events.
// Each `process_a` call sends one event; the call returns once every goroutine is parked,
// so by then the handler has seen the event. `stop` closes the channel, waits for the
// handler to finish and answers how many events it handled.
import { go, Chan } from "ts-wasmexport";

let events = new Chan<i32>(16);
let finished = new Chan<bool>();
let handled: i32 = 0;
let sum: i64 = 0;

function handle(events: Chan<i32>, finished: Chan<bool>): void {
  for (const value of events) {
    handled++;
    sum += value;
  }
  finished.send(true);
}

// @wasmexport start
export function start(): void {
  events = new Chan<i32>(16);
  finished = new Chan<bool>();
  handled = 0;
  sum = 0;
  go(handle, events, finished);
}

// @wasmexport process_a
export function processA(value: i32): void {
  events.send(value);
}

// @wasmexport handled
export function handledSoFar(): i32 {
  return handled;
}

// @wasmexport stop
export function stop(): i32 {
  events.close();
  finished.recv();
  return handled;
}

// @wasmexport sum
export function total(): i64 {
  return sum;
}
