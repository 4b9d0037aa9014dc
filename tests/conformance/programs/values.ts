// Locals of every number type and bool, kept in the frame across parks and changed in place
// (++, compound assignment, wrap-around of small integers), read back after each park.
import { Chan, gosched, select, recv } from "ts-wasmexport";

// @wasmexport small
export function small(n: i32): i64 {
  let a: u8 = 250;
  let b: i8 = 120;
  let c: u16 = 65530;
  let d: i16 = -32760;
  let flag: bool = false;
  for (let i = 0; i < n; i++) {
    gosched();
    a++;
    b += 3;
    c += 2;
    d -= 3;
    flag = !flag;
  }
  return (a as i64) + (b as i64) * 1000 + (c as i64) * 1000000 + (flag ? 7 : 0) + (d as i64) * 13;
}

// @wasmexport wide
export function wide(n: i32): f64 {
  const ch = new Chan<i64>(1);
  let big: i64 = 1 << 40;
  let u: u64 = 0xffffffffffff;
  let x: f64 = 0.5;
  let y: f32 = 1.25;
  let p: usize = 16;
  for (let i = 0; i < n; i++) {
    ch.send(big);
    big = ch.recv() * 3;
    u >>= 1;
    x *= 1.5;
    y += 0.25;
    p += 4;
  }
  return (big as f64) + (u as f64) + x + (y as f64) + (p as f64);
}

function same<T>(x: T): T {
  return x;
}

// Locals with no annotation whose type comes from a generic call, or from a float literal
// with an integer value, kept in the frame across parks.
// @wasmexport inferred
export function inferred(): f64 {
  const ch = new Chan<i32>(1);
  const data = new Map<string, i32>();
  data.set("a", 5);
  const cur = data.get("a");
  const xs: i32[] = [1, 2, 3];
  const last = xs.pop();
  const seven = same<i32>(7);
  let half = 0.0;
  ch.send(cur);
  half += 0.5;
  return <f64>(ch.recv() * 100 + last * 10 + seven) + half;
}

// A closed Chan<string> gives "", as in Go: through recv, recvOk and a select case.
// @wasmexport closed_string
export function closedString(): i32 {
  const c = new Chan<string>(1);
  c.close();
  const s = c.recv();
  const [t, ok] = c.recvOk();
  let u = "x";
  select(recv(c, (v: string) => { u = v; }));
  return (s == "" ? 1 : 0) + (t.length == 0 ? 10 : 0) + (ok ? 0 : 100) + (u == "" ? 1000 : 0);
}

// Go's `v, ok = <-ch` into variables declared before: `[v, ok] = ch.recvOk()`.
// @wasmexport recv_ok_assign
export function recvOkAssign(): i32 {
  const ch = new Chan<i32>(2);
  ch.send(5);
  ch.close();
  let v = 0;
  let ok = true;
  let sum = 0;
  [v, ok] = ch.recvOk();
  if (ok) sum += v;
  [v, ok] = ch.recvOk();
  if (!ok) sum += 100 + v;
  return sum;
}

// Array literals with no annotation, kept across parks: typed as AssemblyScript infers them.
// @wasmexport array_literals
export function arrayLiterals(): i32 {
  const ch = new Chan<i32>(2);
  ch.send(10);
  ch.send(20);
  const xs = [1, 2, 3];
  const ys = [ch.recv(), ch.recv()];
  gosched();
  return xs[2] + ys[0] + ys[1];
}
