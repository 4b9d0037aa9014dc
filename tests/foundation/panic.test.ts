// Panics: the message in linear memory, read as a host without JavaScript strings would, and
// the poisoned instance afterwards (docs/abi.md).
import { buildOk, instantiate, panicMessage } from "./helpers";

const source = `
import { panic } from "ts-wasmexport";

const items: i32[] = [1, 2, 3];

// @wasmexport boom
export function boom(code: i32): i32 {
  if (code > 0) panic("bad code " + code.toString() + " ✗ é 😀");
  return 7;
}

// @wasmexport at
export function at(i: i32): i32 { return items[i]; }
`;

let binary: Uint8Array;
beforeAll(() => {
  binary = buildOk(source);
});

test("panic traps and leaves its UTF-8 message at wasmexport_panic_ptr/len", () => {
  const wasm = instantiate(binary);
  expect(wasm.boom(0)).toBe(7);
  expect(wasm.wasmexport_panic_len()).toBe(0);
  expect(() => wasm.boom(4)).toThrow(WebAssembly.RuntimeError);
  expect(panicMessage(wasm)).toBe("bad code 4 ✗ é 😀");
  expect(wasm.wasmexport_panic_len()).toBe(Buffer.byteLength("bad code 4 ✗ é 😀"));
});

test("after a panic every export call traps with 'module panicked earlier:' and the first message", () => {
  const wasm = instantiate(binary);
  expect(() => wasm.boom(1)).toThrow(WebAssembly.RuntimeError);
  expect(() => wasm.boom(0)).toThrow(WebAssembly.RuntimeError);
  const message = panicMessage(wasm);
  expect(message.startsWith("module panicked earlier:")).toBe(true);
  expect(message).toContain("bad code 1 ✗ é 😀");
  expect(() => wasm.at(0)).toThrow(WebAssembly.RuntimeError);
  // _initialize is an export too: it has run already, but it traps like the others.
  expect(() => wasm._initialize()).toThrow(WebAssembly.RuntimeError);
  expect(panicMessage(wasm)).toBe(message);
});

test("_initialize may be called again before any panic: the start function runs once", () => {
  const wasm = instantiate(binary);
  wasm._initialize();
  wasm._initialize();
  expect(wasm.boom(0)).toBe(7);
});

test("an AssemblyScript abort (index out of range) is a panic with a message", () => {
  const wasm = instantiate(binary);
  expect(wasm.at(1)).toBe(2);
  expect(() => wasm.at(10)).toThrow(WebAssembly.RuntimeError);
  expect(panicMessage(wasm)).toMatch(/out of range/i);
});
