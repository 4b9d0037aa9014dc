// Loops whose iterations sometimes park and sometimes do not (buffered channels of small
// capacity), around every kind of branch the lowering flattens: if/else with parks on both
// sides, continue and break, nested ifs, switch, select with otherwise, do…while, blocking
// conditions and conditional expressions. The test computes the same results in JavaScript.
import { go, Chan, select, recv, otherwise } from "ts-wasmexport";

function numbers(out: Chan<i32>, n: i32): void {
  for (let i = 0; i < n; i++) out.send(i);
  out.close();
}

// @wasmexport branches
export function branches(n: i32, cap: i32): i64 {
  const src = new Chan<i32>(cap);
  const odd = new Chan<i32>(1);
  go(numbers, src, n);
  let sum: i64 = 0;
  let evens: i32 = 0;
  for (const v of src) {
    if (v % 7 == 0) continue;
    if (v > 1000) break;
    if (v % 2 == 0) {
      evens++;
      if (v % 3 == 0) {
        odd.send(v * 3);
        sum += odd.recv();
      } else {
        sum += v;
      }
    } else {
      odd.send(v);
      sum += odd.recv() * 2;
    }
  }
  return sum * 10000 + evens;
}

// @wasmexport counted
export function counted(n: i32, cap: i32): i64 {
  const ch = new Chan<i32>(cap);
  let sum: i64 = 0;
  for (let i = 0; i < n; i++) {
    if (i % 5 == 1) continue;
    ch.send(i);
    switch (i % 4) {
      case 0:
        sum += ch.recv();
        break;
      case 1:
        ch.recv();
        sum -= 1;
        break;
      default:
        sum += ch.recv() * 3;
    }
  }
  return sum;
}

// @wasmexport polled
export function polled(n: i32): i32 {
  const a = new Chan<i32>(2);
  const b = new Chan<i32>(2);
  let score: i32 = 0;
  let i: i32 = 0;
  while (i < n) {
    if (i % 3 == 1) a.send(i);
    else if (i % 5 == 2) b.send(i);
    select(
      recv(a, (v) => { score += v; }),
      recv(b, (v) => { score += 2 * v; }),
      otherwise(() => { score -= 1; }),
    );
    i++;
  }
  return score;
}

function twice(ch: Chan<i32>, v: i32): i32 {
  ch.send(v);
  return ch.recv() * 2;
}

// @wasmexport conditions
export function conditions(n: i32): i32 {
  const ch = new Chan<i32>(1);
  let i: i32 = 0;
  let s: i32 = 0;
  do {
    s += i % 2 == 0 ? twice(ch, i) : i;
    i++;
  } while (i < n && twice(ch, i) >= 0);
  let j: i32 = 0;
  while (j < n && (j < 3 || twice(ch, j) < 2 * n - 4)) j++;
  return s * 1000 + j;
}
