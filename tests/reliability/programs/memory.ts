// Running out of memory, a channel too large to make, and float conversions out of range.
import { Chan } from "ts-wasmexport";

const hog: Array<Array<i32>> = [];

// @wasmexport grab
export function grab(n: i32): i32 {
  // 64 KiB per array: past the module's maximum memory, the allocator cannot grow.
  for (let i = 0; i < n; i++) hog.push(new Array<i32>(16384));
  return hog.length;
}

// @wasmexport makeChan
export function makeChan(shift: i32): i32 {
  const ch = new Chan<i32>(1 << shift);
  return ch.capacity;
}

// @wasmexport toI32
export function toI32(x: f64): i32 {
  return <i32>x;
}
