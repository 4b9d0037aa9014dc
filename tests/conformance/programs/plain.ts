// Code that never parks still gets the dialect's lowering where AssemblyScript lacks a
// feature: for…of over arrays, labeled break and continue, defer.
import { defer } from "ts-wasmexport";

function sum(xs: i32[]): i32 {
  let s: i32 = 0;
  for (const x of xs) s += x;
  for (const x of xs) {
    if (x == 2) continue;
    s += x;
  }
  return s;
}

// @wasmexport sum
export function sumExport(): i32 {
  return sum([1, 2, 3]);
}

// @wasmexport grid
export function grid(n: i32): i32 {
  let found: i32 = -1;
  outer: for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      if (j > i) continue outer;
      if (i * j == 12) {
        found = i * 100 + j;
        break outer;
      }
    }
  }
  return found;
}

let trail: i32 = 0;

function guarded(x: i32): i32 {
  defer(() => { trail = trail * 10 + 1; });
  defer(() => { trail = trail * 10 + 2; });
  if (x > 0) return x;
  return -x;
}

// @wasmexport deferred
export function deferred(x: i32): i32 {
  trail = 0;
  return guarded(x) * 100 + trail;
}
