// The seed's signal handler: start spawns a loop over a channel of events, process_a sends
// one, stop closes the channel and answers how many were handled.
import { go, Chan } from "ts-wasmexport";

let events = new Chan<i32>(16);
let handled: i32 = 0;
let total: i64 = 0;
let done = new Chan<bool>();

function loop(ch: Chan<i32>, finished: Chan<bool>): void {
  for (const v of ch) {
    handled++;
    total += v;
  }
  finished.send(true);
}

// @wasmexport start
export function start(): void {
  events = new Chan<i32>(16);
  done = new Chan<bool>();
  handled = 0;
  total = 0;
  go(loop, events, done);
}

// @wasmexport process_a
export function processA(value: i32): void {
  events.send(value);
}

// @wasmexport stop
export function stop(): i32 {
  events.close();
  done.recv();
  return handled;
}

// @wasmexport total
export function getTotal(): i64 {
  return total;
}
