// Host imports: only what a @wasmimport declares or an option allows (SPEC sections 3 and 5).
import { build, buildOk, instantiate, locations } from "./helpers";

test("a @wasmimport is called with the host's function", () => {
  const binary = buildOk(`
// @wasmimport host twice
declare function hostTwice(x: i32): i32;

// @wasmexport call_host
export function callHost(x: i32): i32 { return hostTwice(x) + 1; }
`);
  const module = new WebAssembly.Module(binary);
  expect(WebAssembly.Module.imports(module)).toEqual([{ module: "host", name: "twice", kind: "function" }]);
  const calls: number[] = [];
  const wasm = instantiate(binary, { host: { twice: (x: number) => (calls.push(x), x * 2) } });
  expect(wasm.call_host(20)).toBe(41);
  expect(calls).toEqual([20]);
});

test("console.log without the wasi option is an error that names the option", () => {
  const result = build(`
// @wasmexport hello
export function hello(): void {
  console.log("hi");
}
`);
  expect(result.binary).toBeNull();
  expect(locations(result)).toEqual(["main.ts(4,3): error TS99040"]);
  expect(result.errorText).toContain("'wasi'");
});

test("a declare function without @wasmimport is an error, not a silent env import", () => {
  const result = build(`
declare function hostThing(): i32;
// @wasmexport f
export function f(): i32 { return hostThing(); }
`);
  expect(result.binary).toBeNull();
  expect(result.errorText).toContain("error TS99040");
  expect(result.errorText).toContain("@wasmimport");
});
