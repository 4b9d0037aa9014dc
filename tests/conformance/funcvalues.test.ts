// Closures as values (programs/funcvalues.ts): the compiled module and the same file run as
// JavaScript give the same results; a work queue of closures (programs/taskqueue.ts) prints
// what the same program in Go (go/taskqueue.go) prints.
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";
import { load } from "./load";

const wasm = load("funcvalues");
const js = (() => {
  const source = fs.readFileSync(path.join(__dirname, "programs", "funcvalues.ts"), "utf8");
  const out = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } }).outputText;
  const module = { exports: {} as Record<string, (...a: unknown[]) => number> };
  new Function("module", "exports", out)(module, module.exports);
  return module.exports;
})();

test.each([
  ["scale", [3]], ["scale", [1]],
  ["sorted", [1]], ["sorted", [0]],
  ["counters", []],
  ["plain", []],
  ["handlers", [7]],
  ["loops", []],
  ["nested", [4]],
] as [string, number[]][])("%s(%s) is what TypeScript computes", (name, args) => {
  expect(wasm[name](...args)).toBe(js[name](...args));
});

test("a closure keeps its environment alive across collections", () => {
  // Many closures made and called while the collector runs: each must still see its own k.
  for (let k = 1; k <= 200; k++) expect(wasm.scale(k)).toBe(js.scale(k));
});

test.each(["minimal", "stub"])("the same under the %s runtime", (runtime) => {
  const e = load("funcvalues", { runtime });
  for (const [name, args] of [["scale", [5]], ["sorted", [1]], ["counters", []], ["handlers", [3]], ["loops", []], ["nested", [2]]] as [string, number[]][]) {
    expect(e[name](...args)).toBe(js[name](...args));
  }
});

const haveGo = spawnSync("go", ["version"]).status === 0;
(haveGo ? test : test.skip)("a chan of closures run by workers prints what Go prints", () => {
  const printed: bigint[] = [];
  const e = load("taskqueue", {}, { env: { print: (v: bigint) => void printed.push(v) } });
  e.run(100, 3n);
  const go = spawnSync("go", ["run", path.join(__dirname, "go", "taskqueue.go")], { encoding: "utf8" });
  expect(go.status).toBe(0);
  expect(printed.map(String)).toEqual(go.stdout.trim().split("\n"));
});
