// Host calls that fail or re-enter the module. The host provides two imports (module "test"):
// fail() throws (a host error), reenter(x) calls the export `inner(x)` and answers -1 when
// that call trapped.
import { go, Chan, panic } from "ts-wasmexport";

// @wasmimport test fail
declare function fail(): void;

// @wasmimport test reenter
declare function reenter(x: i32): i32;

let log: i32 = 0;

// @wasmexport inner
export function inner(x: i32): i32 {
  if (x < 0) panic("inner: negative");
  if (x == 0) unreachable(); // a WebAssembly trap that is not a panic
  log += x;
  return x * 2;
}

function callHost(x: i32, out: Chan<i32>): void {
  out.send(reenter(x));
}

// @wasmexport outer
export function outer(x: i32): i32 {
  // The host call is made by a goroutine while the export's own frame waits on `out`.
  const out = new Chan<i32>();
  go(callHost, x, out);
  return out.recv() + 1000;
}

// @wasmexport failing
export function failing(): i32 {
  fail();
  return 1;
}

// @wasmexport logged
export function logged(): i32 {
  return log;
}

let kept: i32 = 0;

// @wasmexport allocate
export function allocate(n: i32): i32 {
  // Garbage: under the minimal runtime it is collected at the end of an outermost call, which
  // the count of calls in progress decides.
  for (let i = 0; i < n; i++) {
    const a = new Array<i32>(16);
    a[0] = i;
    kept += a[0] & 1;
  }
  return <i32>memory.size();
}
