// Channel operands the lowering takes short cuts for: a value sent straight from the
// sender's variable, a value received straight into the receiver's variable, and select
// cases read from variables without copies. Each must behave as if copied.
import { go, Chan, select, recv, send, gosched } from "ts-wasmexport";

function collect(ch: Chan<i32>, out: Chan<i64>, n: i32): void {
  let sum: i64 = 0;
  for (let i = 0; i < n; i++) {
    const v = ch.recv();
    sum = sum * 10 + v;
  }
  out.send(sum);
}

// The sender changes its variable as soon as each send has completed: the receiver must
// see the value at the time of the send.
// @wasmexport send_then_change
export function send_then_change(): i64 {
  const ch = new Chan<i32>();
  const out = new Chan<i64>();
  go(collect, ch, out, 4);
  let v: i32 = 1;
  for (let i = 0; i < 4; i++) {
    ch.send(v);
    v = v + 1;
  }
  return out.recv();
}

function wide(ch: Chan<i32>, out: Chan<i64>): void {
  // An i64 variable receiving from a Chan<i32>: the value is converted, not copied raw.
  let big: i64 = -1;
  big = ch.recv();
  big = big * 4294967296 + ch.recv();
  out.send(big);
}

// @wasmexport receive_widened
export function receive_widened(a: i32, b: i32): i64 {
  const ch = new Chan<i32>();
  const out = new Chan<i64>();
  go(wide, ch, out);
  ch.send(a);
  ch.send(b);
  return out.recv();
}

function feed(a: Chan<i32>, b: Chan<i32>, n: i32): void {
  for (let i = 0; i < n; i++) {
    if (i % 2 == 0) a.send(i);
    else b.send(i);
  }
}

// A case expression that assigns a variable: the channels must be read before it runs.
// @wasmexport select_with_effects
export function select_with_effects(): i32 {
  let a = new Chan<i32>();
  const b = new Chan<i32>();
  const other = new Chan<i32>(); // nobody receives: the send case is never ready
  go(feed, a, b, 2);
  let got: i32 = 0;
  // `a` is replaced while the cases are evaluated: the first case still waits on the old `a`.
  const idx = select(
    recv(a, (v: i32) => { got = v + 100; }),
    send((a = other), 7, () => { got = -1; }),
  );
  const second = b.recv();
  return idx * 10000 + got * 10 + second;
}

let nextCalls: i32 = 0;

function nextValue(): i32 {
  gosched();
  nextCalls++;
  return nextCalls;
}

// Element assignments whose index or value blocks: each blocking call runs once, in order.
// @wasmexport element_assignments
export function elementAssignments(): i64 {
  nextCalls = 0;
  const a: i32[] = [0, 0, 0];
  a[0] = nextValue(); // 1, and nextValue ran once
  const c = new Chan<i32>(5);
  c.send(2);
  c.send(1);
  c.send(300);
  a[1] = c.recv(); // 2
  a[c.recv()] += c.recv(); // a[1] += 300
  return <i64>a[0] * 1000000 + <i64>a[1] * 1000 + <i64>nextCalls * 10 + <i64>c.length;
}
