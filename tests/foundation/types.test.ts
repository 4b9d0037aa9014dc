// Every parameter and result type a @wasmexport may use, as a JavaScript host sees it.
import { buildOk, instantiate } from "./helpers";

const source = `
// @wasmexport id_i32
export function idI32(x: i32): i32 { return x; }
// @wasmexport id_u32
export function idU32(x: u32): u32 { return x; }
// @wasmexport id_i64
export function idI64(x: i64): i64 { return x; }
// @wasmexport id_u64
export function idU64(x: u64): u64 { return x; }
// @wasmexport id_f32
export function idF32(x: f32): f32 { return x; }
// @wasmexport id_f64
export function idF64(x: f64): f64 { return x; }
// @wasmexport not
export function not(x: bool): bool { return !x; }
// @wasmexport add_usize
export function addUsize(p: usize, n: isize): usize { return p + <usize>n; }
// @wasmexport u64_max
export function u64Max(): u64 { return u64.MAX_VALUE; }
// @wasmexport u32_half
export function u32Half(x: u32): u32 { return x / 2; }
// @wasmexport nothing
export function nothing(a: i32, b: f64): void {}
`;

let wasm: Record<string, any>;
beforeAll(() => {
  wasm = instantiate(buildOk(source));
});

test("i32 and u32 cross as i32", () => {
  expect(wasm.id_i32(-7)).toBe(-7);
  expect(wasm.id_i32(2 ** 31)).toBe(-(2 ** 31));
  // u32 is unsigned inside: 0xFFFFFFFE / 2 is 0x7FFFFFFF, not -1.
  expect(wasm.u32_half(0xfffffffe)).toBe(0x7fffffff);
  expect(wasm.id_u32(0xffffffff)).toBe(-1);
});

test("i64 and u64 cross as BigInt", () => {
  expect(wasm.id_i64(-(2n ** 62n))).toBe(-(2n ** 62n));
  expect(wasm.id_u64(2n ** 63n)).toBe(-(2n ** 63n));
  expect(BigInt.asUintN(64, wasm.u64_max())).toBe(2n ** 64n - 1n);
  expect(() => wasm.id_i64(1)).toThrow(TypeError);
});

test("f32 rounds to single precision, f64 does not", () => {
  expect(wasm.id_f32(0.1)).toBe(Math.fround(0.1));
  expect(wasm.id_f32(0.1)).not.toBe(0.1);
  expect(wasm.id_f64(0.1)).toBe(0.1);
});

test("bool crosses as i32 0/1; any non-zero argument is true", () => {
  expect(wasm.not(0)).toBe(1);
  expect(wasm.not(1)).toBe(0);
  expect(wasm.not(5)).toBe(0);
  expect(wasm.not(-1)).toBe(0);
});

test("usize and isize cross as i32 addresses", () => {
  expect(wasm.add_usize(100, -4)).toBe(96);
});

test("a void result returns undefined", () => {
  expect(wasm.nothing(1, 2.5)).toBeUndefined();
});
