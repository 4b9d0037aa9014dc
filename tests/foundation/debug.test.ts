// The `debug` option: function names kept, and a source map from the module to the dialect
// file, so that a trap's stack names the dialect's functions and lines — in Node, and in
// wasmtime (through the name section; the lines come from the map, as a debugger reads them).
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { compile } from "../../transformer/compile";
import { lookUp, SourceMap } from "../../transformer/asc/sourcemap";
import { describeHost, wasmtimeHost } from "../hosts/hosts";
import { tempDir } from "./helpers";

const SOURCE = `import { go, Chan, panic } from "ts-wasmexport";

function check(n: i32): i32 {
  if (n > 2) panic("too big: " + n.toString());
  return n * 2;
}

function worker(n: i32, out: Chan<i32>): void {
  out.send(check(n));
}

// @wasmexport run
export function run(n: i32): i32 {
  const out = new Chan<i32>();
  go(worker, n, out);
  return out.recv();
}
`;

const dir = tempDir("wx-debug-");
fs.writeFileSync(path.join(dir, "main.ts"), SOURCE);
const outFile = path.join(dir, "build", "main.wasm");
const result = compile({ entry: path.join(dir, "main.ts"), outFile, debug: true });

/**
 * The frames of a stack trace in the program's own functions, as `function @ file:line`,
 * through the source map written beside the module. A frame's offset is its call instruction,
 * which the map gives the position of the call's last argument.
 */
function frames(stack: string, pattern: RegExp): string[] {
  const map = JSON.parse(fs.readFileSync(`${outFile}.map`, "utf8")) as SourceMap;
  return [...stack.matchAll(pattern)].map((m) => {
    const at = lookUp(map, parseInt(m.groups!.offset, 16))!;
    return `${m.groups!.name} @ ${at.source}:${at.line}`;
  });
}

test("the module names its map, and the map leads to the dialect file by a path relative to it", () => {
  expect(result.errorText).toBe("");
  const module = new WebAssembly.Module(fs.readFileSync(outFile));
  const url = WebAssembly.Module.customSections(module, "sourceMappingURL")[0];
  expect(Buffer.from(url).toString("utf8")).toContain("main.wasm.map");
  const map = JSON.parse(fs.readFileSync(`${outFile}.map`, "utf8")) as SourceMap;
  expect(map.sources).toContain("../main.ts");
  expect(map.sourcesContent[map.sources.indexOf("../main.ts")]).toBe(SOURCE);
});

test("a trap's stack in Node names the dialect functions, and the map gives their lines", () => {
  const script = `const fs = require("fs");
const { exports } = new WebAssembly.Instance(new WebAssembly.Module(fs.readFileSync(process.argv[1])), {});
console.log(exports.run(1));
try { exports.run(5); } catch (err) { console.log(err.stack); }`;
  const run = spawnSync(process.execPath, ["-e", script, outFile], { encoding: "utf8" });
  expect(run.stderr).toBe("");
  expect(run.stdout.split("\n")[0]).toBe("2");
  // V8: `at src/main/check (wasm://wasm/…:wasm-function[94]:0x2954)`
  const found = frames(run.stdout, /at (?<name>src\/main\/[^\s]+) \(wasm:\/\/wasm\/[^)]*:0x(?<offset>[0-9a-f]+)\)/g);
  expect(found[0]).toBe("src/main/check @ ../main.ts:4");
  expect(found[1]).toMatch(/^src\/main\/worker\$Frame#resume @ \.\.\/main\.ts:(8|9)$/);
});

test("without debug, the module has no names", () => {
  const plain = compile({ entry: path.join(dir, "main.ts") });
  const names = WebAssembly.Module.customSections(new WebAssembly.Module(plain.binary!), "name");
  const named = WebAssembly.Module.customSections(new WebAssembly.Module(fs.readFileSync(outFile)), "name");
  expect(names.length === 0 || Buffer.from(names[0]).indexOf("src/main/check") < 0).toBe(true);
  expect(Buffer.from(named[0]).indexOf("src/main/check")).toBeGreaterThan(0);
});

describeHost("wasmtime", wasmtimeHost(), ({ python }) => {
  test("a trap's backtrace in wasmtime names the dialect functions", () => {
    const script = `import sys, wasmtime
engine = wasmtime.Engine()
store = wasmtime.Store(engine)
module = wasmtime.Module.from_file(engine, sys.argv[1])
exports = wasmtime.Instance(store, module, []).exports(store)
print(exports["run"](store, 1))
try:
    exports["run"](store, 5)
except wasmtime.Trap as trap:
    print(str(trap))
`;
    const run = spawnSync(python, ["-c", script, outFile], { encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(run.stdout.split("\n")[0]).toBe("2");
    // wasmtime: `    2:  0x2954 - <unknown>!src/main/check`
    const found = frames(run.stdout, /0x(?<offset>[0-9a-f]+) - [^!\n]*!(?<name>src\/main\/[^\s]+)/g);
    expect(found[0]).toBe("src/main/check @ ../main.ts:4");
    expect(found[1]).toMatch(/^src\/main\/worker\$Frame#resume @ \.\.\/main\.ts:(8|9)$/);
  });
});
