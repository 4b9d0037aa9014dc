// Real time under WASI: sleeps, a timer in a select and a ticker wait in poll_oneoff, and due
// timers fire while goroutines keep the run queue busy. The answers are orders and counts,
// never durations: the hosts' clocks only have to move forward.
import { go, gosched, Chan, select, recv, sleep, after, now, Ticker, Millisecond } from "ts-wasmexport";

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

// A timer falls due while goroutines keep the run queue busy: the scheduler reads the clock
// between goroutine switches, so the export's own goroutine, waiting 2 ms, wakes while the busy
// ones still run. They give up after BUSY_LIMIT turns (seconds of work), which only a
// scheduler that fired timers no sooner than the run queue emptied would let them reach.
const BUSY_LIMIT: i32 = 1 << 26;
/** The busy goroutines of a call run while the round is theirs. */
let round: i32 = 0;
let gaveUp = false;

function yielder(r: i32): void {
  for (let i = 0; round == r && i < BUSY_LIMIT; i++) gosched();
  if (round == r) gaveUp = true;
}

function pinger(r: i32, ping: Chan<i32>, pong: Chan<i32>): void {
  for (let i = 0; round == r && i < BUSY_LIMIT; i++) {
    ping.send(1);
    pong.recv();
  }
  if (round == r) gaveUp = true;
  ping.close();
}

function ponger(ping: Chan<i32>, pong: Chan<i32>): void {
  while (ping.recv() != 0) pong.send(1);
}

/** A goroutine that yields in a loop: answers 1 when the 2 ms sleep ended before it gave up. */
// @wasmexport busy_yield
export function busyYield(): i32 {
  const r = ++round;
  gaveUp = false;
  go(yielder, r);
  sleep(2 * Millisecond);
  const fired = !gaveUp;
  round++;
  return fired ? 1 : 0;
}

/** Two goroutines in a channel ping-pong: answers 1 when the 2 ms timer fired before they gave up. */
// @wasmexport busy_pingpong
export function busyPingpong(): i32 {
  const r = ++round;
  gaveUp = false;
  const ping = new Chan<i32>();
  const pong = new Chan<i32>();
  go(pinger, r, ping, pong);
  go(ponger, ping, pong);
  after(2 * Millisecond).recv();
  const fired = !gaveUp;
  round++;
  return fired ? 1 : 0;
}
