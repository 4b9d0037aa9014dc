// Real time under WASI: sleeps, a timer in a select and a ticker wait in poll_oneoff. The
// answers are orders and counts, never durations: the hosts' clocks only have to move forward.
import { go, Chan, select, recv, sleep, after, now, Ticker, Millisecond } from "ts-wasmexport";

function sleeper(id: i32, d: i64, out: Chan<i32>): void {
  sleep(d);
  out.send(id);
}

/** Three goroutines sleeping 30, 10 and 20 ms wake in deadline order: 2, 3, 1. */
// @wasmexport order
export function order(): i32 {
  const start = now();
  const out = new Chan<i32>(3);
  go(sleeper, 1, 30 * Millisecond, out);
  go(sleeper, 2, 10 * Millisecond, out);
  go(sleeper, 3, 20 * Millisecond, out);
  let r: i32 = 0;
  for (let i = 0; i < 3; i++) r = r * 10 + out.recv();
  // The monotonic clock moved at least as far as the longest sleep.
  return now() - start >= 30 * Millisecond ? r : -r;
}

/** A select whose timeout (5 ms) comes before the value (40 ms): case 1. */
// @wasmexport timeout
export function timeout(): i32 {
  const c = new Chan<i32>(1);
  go(() => { sleep(40 * Millisecond); c.send(1); });
  return select(recv(c), recv(after(5 * Millisecond)));
}

/** Three ticks of a 5 ms ticker, each later than the last. */
// @wasmexport ticks
export function ticks(): i32 {
  const t = new Ticker(5 * Millisecond);
  let last: i64 = now();
  let n: i32 = 0;
  for (let i = 0; i < 3; i++) {
    const tick = t.c.recv();
    if (tick > last) n++;
    last = tick;
  }
  t.stop();
  return n;
}
