// Control flow around parks: switch with fall-through, labeled break and continue, do-while,
// nested loops, early returns, short-circuit operators and blocking calls inside expressions.
import { go, Chan, gosched } from "ts-wasmexport";

function twice(ch: Chan<i32>, v: i32): i32 {
  ch.send(v);
  return ch.recv() * 2;
}

// @wasmexport expressions
export function expressions(x: i32): i32 {
  const ch = new Chan<i32>(1);
  const a = 1 + twice(ch, x) * 10;
  const b = x > 0 && twice(ch, 1) == 2 ? 100 : 200;
  const c = x < 0 || twice(ch, 3) == 6;
  return a + b + (c ? 1000 : 0);
}

// @wasmexport labeled
export function labeled(n: i32): i32 {
  let count: i32 = 0;
  outer: for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      gosched();
      if (j == 2) continue outer;
      if (i == 3) break outer;
      count++;
    }
  }
  return count;
}

// @wasmexport fallthrough
export function fallthrough(k: i32): i32 {
  let r: i32 = 0;
  switch (k) {
    case 1:
      r += 1;
      gosched();
    case 2:
      r += 10;
      break;
    case 3:
      gosched();
      return 333;
    default:
      r = -1;
  }
  return r;
}

// @wasmexport dowhile
export function dowhile(n: i32): i32 {
  let i: i32 = 0;
  let s: i32 = 0;
  do {
    gosched();
    s += i;
    i++;
  } while (i < n);
  return s;
}

function depth(n: i32): i32 {
  if (n == 0) {
    gosched();
    return 0;
  }
  return depth(n - 1) + 1;
}

// @wasmexport recursion
export function recursion(n: i32): i32 {
  return depth(n);
}

function isEven(n: i32): bool {
  if (n == 0) return true;
  gosched();
  return isOdd(n - 1);
}

function isOdd(n: i32): bool {
  if (n == 0) return false;
  return isEven(n - 1);
}

// @wasmexport mutual
export function mutual(n: i32): bool {
  return isEven(n);
}

// @wasmexport template
export function template(): i32 {
  const ch = new Chan<string>(1);
  ch.send("b");
  const s = `a${ch.recv()}c`;
  return s == "abc" ? 1 : 0;
}

// @wasmexport array_loop
export function arrayLoop(): i32 {
  const xs: i32[] = [1, 2, 3, 4];
  let sum: i32 = 0;
  for (const x of xs) {
    gosched();
    sum += x;
  }
  return sum;
}

// @wasmexport recv_ok
export function recvOk(): i32 {
  const ch = new Chan<i32>(1);
  ch.send(7);
  ch.close();
  const [v, ok] = ch.recvOk();
  const [w, ok2] = ch.recvOk();
  return v * 100 + (ok ? 10 : 0) + (ok2 ? 1 : 0) + w;
}

// @wasmexport shadowed
export function shadowed(): i32 {
  let x: i32 = 1;
  let r: i32 = 0;
  {
    let x: i32 = 20;
    gosched();
    r += x;
  }
  for (let i = 0; i < 2; i++) {
    const x: i32 = 300;
    gosched();
    r += x;
  }
  gosched();
  return r + x;
}
