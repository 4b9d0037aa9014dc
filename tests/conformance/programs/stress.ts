// The collector at work while goroutines park and wake: references travel through unbuffered
// and buffered channels and selects, goroutines start and end, blocking calls nest, and every
// step makes garbage so that collections run in between. A frame, a value or a select case
// freed too early would show as a wrong sum or a trap.
import { go, Chan, select, recv, send, WaitGroup } from "ts-wasmexport";

class Box {
  constructor(public values: i32[]) {}
}

function box(v: i32): Box {
  const values = new Array<i32>(16);
  for (let i = 0; i < 16; i++) values[i] = v;
  return new Box(values);
}

function sum(b: Box): i64 {
  let s: i64 = 0;
  for (let i = 0; i < b.values.length; i++) s += b.values[i];
  return s;
}

function relay(inbox: Chan<Box>, outbox: Chan<Box>): void {
  for (const b of inbox) {
    const garbage = new Array<i32>(64);
    garbage[0] = b.values[0];
    outbox.send(box(garbage[0] + 1));
  }
  outbox.close();
}

function deep(ch: Chan<Box>, depth: i32): i64 {
  if (depth == 0) return sum(ch.recv());
  const garbage = new Array<i32>(32);
  garbage[1] = depth;
  return deep(ch, depth - 1) + garbage[1] - depth;
}

function feeder(a: Chan<Box>, b: Chan<Box>, n: i32, wg: WaitGroup): void {
  for (let i = 0; i < n; i++) {
    select(
      send(a, box(i), () => {}),
      send(b, box(i), () => {}),
    );
  }
  wg.done();
}

// @wasmexport chain
export function chain(stages: i32, n: i32): i64 {
  const first = new Chan<Box>();
  let ch = first;
  for (let s = 0; s < stages; s++) {
    const next = new Chan<Box>(s % 3);
    go(relay, ch, next);
    ch = next;
  }
  const last = ch;
  go(() => {
    for (let i = 0; i < n; i++) first.send(box(i));
    first.close();
  });
  let total: i64 = 0;
  for (const b of last) total += sum(b);
  return total;
}

// @wasmexport selects
export function selects(n: i32, feeders: i32): i64 {
  const a = new Chan<Box>();
  const b = new Chan<Box>(2);
  const wg = new WaitGroup();
  wg.add(feeders);
  for (let f = 0; f < feeders; f++) go(feeder, a, b, n, wg);
  let total: i64 = 0;
  for (let i = 0; i < n * feeders; i++) {
    select(
      recv(a, (v) => { total += sum(v); }),
      recv(b, (v) => { total += sum(v); }),
    );
  }
  wg.wait();
  return total;
}

// @wasmexport calls
export function calls(n: i32, depth: i32): i64 {
  const ch = new Chan<Box>(1);
  let total: i64 = 0;
  for (let i = 0; i < n; i++) {
    go(() => { ch.send(box(1)); });
    total += deep(ch, depth);
  }
  return total;
}
