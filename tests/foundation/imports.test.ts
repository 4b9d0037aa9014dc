// Host imports: only what a @wasmimport declares or an option allows (docs/abi.md, docs/dialect.md).
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

test("the error points at the use in code, not at a comment or a string that spells it first", () => {
  const result = build(`
// console.log needs the wasi option
const said = "Math.random";
// @wasmexport hello
export function hello(): f64 {
  console.log(said);
  return Math.random();
}
`);
  expect(result.binary).toBeNull();
  expect(locations(result)).toEqual(["main.ts(6,3): error TS99040", "main.ts(7,10): error TS99040"]);
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

describe("the wasi option", () => {
  const source = `
// @wasmexport hello
export function hello(n: i32): void {
  console.log("héllo " + n.toString());
  console.error("to stderr");
  trace("traced", 2, 1.5, 2);
}
`;

  test("console output and trace() go through WASI fd_write, and nothing else is imported", () => {
    const { WASI } = require("node:wasi");
    const fs = require("fs");
    const path = require("path");
    const os = require("os");
    const binary = buildOk(source, { wasi: true });
    const imports = WebAssembly.Module.imports(new WebAssembly.Module(binary));
    expect(imports.map((i) => `${i.module}.${i.name}`)).toEqual(["wasi_snapshot_preview1.fd_write"]);

    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "wx-wasi-"));
    const out = fs.openSync(path.join(dir, "out"), "w");
    const err = fs.openSync(path.join(dir, "err"), "w");
    const wasi = new WASI({ version: "preview1", stdout: out, stderr: err });
    const instance = new WebAssembly.Instance(new WebAssembly.Module(binary), wasi.getImportObject());
    wasi.initialize(instance);
    (instance.exports.hello as (n: number) => void)(7);
    fs.closeSync(out);
    fs.closeSync(err);
    expect(fs.readFileSync(path.join(dir, "out"), "utf8")).toBe("héllo 7\n");
    expect(fs.readFileSync(path.join(dir, "err"), "utf8")).toBe("to stderr\ntrace: traced 1.5, 2.0\n");
  });
});

test("with wasi, the runtime can write a panic to stderr; without, the same code imports nothing", () => {
  const { WASI } = require("node:wasi");
  const fs = require("fs");
  const path = require("path");
  const os = require("os");
  const source = `import { panic } from "ts-wasmexport";\n// @wasmexport fail\nexport function fail(): void { panic("gone wrong"); }\n`;
  expect(WebAssembly.Module.imports(new WebAssembly.Module(buildOk(source)))).toEqual([]);

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "wx-wasi-"));
  const err = fs.openSync(path.join(dir, "err"), "w");
  const wasi = new WASI({ version: "preview1", stderr: err });
  const instance = new WebAssembly.Instance(new WebAssembly.Module(buildOk(source, { wasi: true })), wasi.getImportObject());
  wasi.initialize(instance);
  expect(() => (instance.exports.fail as () => void)()).toThrow(WebAssembly.RuntimeError);
  fs.closeSync(err);
  expect(fs.readFileSync(path.join(dir, "err"), "utf8")).toContain("gone wrong");
});

test("Math.random and the clocks: an error naming the wasi option without it, WASI's random_get and clock_time_get with it", () => {
  const source = `// @wasmexport rnd\nexport function rnd(): f64 { return Math.random(); }\n// @wasmexport now\nexport function now(): f64 { return <f64>Date.now(); }\n`;
  const without = build(source);
  expect(without.binary).toBeNull();
  expect(without.errorText).toContain("set the 'wasi' option");

  const binary = buildOk(source, { wasi: true });
  const wasmModule = new WebAssembly.Module(binary);
  const imports = WebAssembly.Module.imports(wasmModule).map((i) => `${i.module}.${i.name}`);
  expect(imports).toContain("wasi_snapshot_preview1.clock_time_get");
  expect(imports).toContain("wasi_snapshot_preview1.random_get");
  expect(imports.every((i) => i.startsWith("wasi_snapshot_preview1."))).toBe(true);
  const { WASI } = require("node:wasi");
  const wasi = new WASI({ version: "preview1" });
  const instance = new WebAssembly.Instance(wasmModule, wasi.getImportObject());
  wasi.initialize(instance);
  const e = instance.exports as Record<string, () => number>;
  const a = e.rnd();
  const b = e.rnd();
  expect(a).toBeGreaterThanOrEqual(0);
  expect(a).toBeLessThan(1);
  expect(a).not.toBe(b);
  expect(Math.abs(e.now() - Date.now())).toBeLessThan(60_000);
});
