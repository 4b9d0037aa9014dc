// The module's shape and initialisation (docs/abi.md).
import { clearBuildCache } from "../../transformer/build";
import { build, buildOk, instantiate } from "./helpers";

const files = {
  "main.ts": `
import { record, log } from "./log";
import { second } from "./second";
record(3);

// @wasmexport order_at
export function orderAt(i: i32): i32 { return i < log.length ? log[i] : -1; }

// @wasmexport count
export function count(): i32 { return log.length; }

// Exported from TypeScript, but no directive: not a Wasm export.
export function hidden(): i32 { return second(); }
`,
  "log.ts": `
export const log: i32[] = [];
export function record(n: i32): void { log.push(n); }
record(1);
`,
  "second.ts": `
import { record } from "./log";
record(2);
export function second(): i32 { return 2; }
`,
};

let binary: Uint8Array;
beforeAll(() => {
  binary = buildOk(files);
});

test("exports exactly memory, _initialize, the @wasmexports and the panic accessors; no imports", () => {
  const module = new WebAssembly.Module(binary);
  expect(WebAssembly.Module.imports(module)).toEqual([]);
  expect(WebAssembly.Module.exports(module).map((e) => e.name).sort()).toEqual(
    ["_initialize", "count", "memory", "order_at", "wasmexport_panic_len", "wasmexport_panic_ptr"].sort(),
  );
});

test("instantiates with an empty import object", () => {
  expect(() => new WebAssembly.Instance(new WebAssembly.Module(binary), {})).not.toThrow();
});

test("top-level code runs in import order, dependencies first", () => {
  const wasm = instantiate(binary);
  wasm._initialize();
  expect([0, 1, 2, 3].map((i) => wasm.order_at(i))).toEqual([1, 2, 3, -1]);
});

test("_initialize twice runs top-level code once", () => {
  const wasm = instantiate(binary);
  wasm._initialize();
  wasm._initialize();
  expect(wasm.count()).toBe(3);
});

test("a host that never calls _initialize gets an initialised module on the first call", () => {
  const wasm = instantiate(binary);
  expect(wasm.count()).toBe(3);
  expect(wasm.count()).toBe(3);
  wasm._initialize();
  expect(wasm.count()).toBe(3);
});

test("instantiation alone runs no top-level code (lazy initialisation)", () => {
  // A top-level panic would trap at instantiation if top-level code ran as a start function.
  const result = build(`
import { panic } from "ts-wasmexport";
panic("top-level ran");
// @wasmexport f
export function f(): i32 { return 1; }
`);
  expect(result.errorText).toBe("");
  const wasm = instantiate(result.binary!);
  expect(() => wasm.f()).toThrow(WebAssembly.RuntimeError);
});

test("the same source and options give the same bytes", () => {
  clearBuildCache(); // asc runs again instead of answering from the cache
  expect(Buffer.from(buildOk(files)).equals(Buffer.from(binary))).toBe(true);
});

test("the build options reach the generated config.ts", () => {
  const result = build(files, { seed: 42n, wasi: false, runtime: "minimal" });
  expect(result.assemblyScript["ts-wasmexport/config.ts"]).toContain("export const SEED: u64 = 42;");
  expect(result.assemblyScript["ts-wasmexport/config.ts"]).toContain("export const WASI: bool = false;");
  // The runtime's name is not there: nothing reads it, and a string constant is data in every module.
  expect(result.assemblyScript["ts-wasmexport/config.ts"]).not.toContain("RUNTIME");
  expect(result.assemblyScript["ts-wasmexport/config.ts"]).toContain("export const MINIMAL: bool = true;");
});

test("options reach asc: a lower optimisation level gives a different, larger module", () => {
  const o0 = buildOk(files, { optimize: 0 });
  expect(o0.length).toBeGreaterThan(binary.length);
});

test("initialMemory and maximumMemory set the module's memory limits", () => {
  const wasm = instantiate(buildOk(files, { initialMemory: 3, maximumMemory: 4 }));
  const memory = wasm.memory as WebAssembly.Memory;
  expect(memory.buffer.byteLength).toBe(3 * 65536);
  expect(memory.grow(1)).toBe(3);
  expect(() => memory.grow(1)).toThrow(RangeError);
});

test("without initialMemory a module gets the pages its static data needs: 100 KB of literals build", () => {
  const bytes = Array.from({ length: 100_000 }, (_, i) => i % 251).join(",");
  const wasm = instantiate(buildOk({ "main.ts": `const big: StaticArray<u8> = [${bytes}];\n// @wasmexport at\nexport function at(i: i32): i32 { return big[i]; }\n` }));
  expect(wasm.at(99_999)).toBe(99_999 % 251);
  expect((wasm.memory as WebAssembly.Memory).buffer.byteLength).toBeGreaterThan(65536);
});

test("exportMode sets the mode of exports whose directive names none; a directive's own mode wins", () => {
  const source = `// @wasmexport a\nexport function a(): void {}\n// @wasmexport b drain\nexport function b(): void {}\n`;
  const entry = (options: object) => build(source, options).assemblyScript["main.ts"];
  const returning = entry({ exportMode: "return" });
  expect(returning).toMatch(/function __wx_0\(\): void \{\s+exportEnter\(\);\s+m0\$a\(\);\s+exportLeave\(true\);/);
  expect(returning).toMatch(/function __wx_1\(\): void \{\s+exportEnter\(\);\s+m0\$b\(\);\s+exportLeave\(false\);/);
  expect(entry({})).toMatch(/m0\$a\(\);\s+exportLeave\(false\);/);
});

test("a file may import from ts-wasmexport in several statements, with aliases", () => {
  const wasm = instantiate(buildOk(`
import { go, Chan } from "ts-wasmexport";
import { select, recv as receive } from "ts-wasmexport";
import { Chan as Channel } from "ts-wasmexport";

function produce(ch: Channel<i32>): void {
  ch.send(41);
}

// @wasmexport f
export function f(): i32 {
  const ch = new Chan<i32>();
  go(produce, ch);
  let got = 0;
  select(receive(ch, (v: i32) => { got = v + 1; }));
  return got;
}
`));
  expect(wasm.f()).toBe(42);
});

test("the dialect under other names: a namespace import, an aliased class, a type-only import", () => {
  const namespaced = instantiate(buildOk(`
import * as wx from "ts-wasmexport";

function produce(ch: wx.Chan<i32>): void {
  ch.send(41);
}

// @wasmexport f
export function f(): i32 {
  const ch = new wx.Chan<i32>();
  wx.go(produce, ch);
  let got = 0;
  wx.select(wx.recv(ch, (v: i32) => { got = v; }));
  return got + 1;
}
`));
  expect(namespaced.f()).toBe(42);
  const aliased = instantiate(buildOk(`
import type { Chan } from "ts-wasmexport";
import { go, Chan as C } from "ts-wasmexport";

function produce(ch: Chan<i32>): void {
  ch.send(41);
}

// @wasmexport f
export function f(): i32 {
  const ch = new C<i32>();
  go(produce, ch);
  return ch.recv() + 1;
}
`));
  expect(aliased.f()).toBe(42);
});
