// '??', '??=' and '?.' (programs/nullish.ts): the compiled module and the same file run as
// JavaScript by TypeScript's own transpiler give the same results.
import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";
import { load } from "./load";

const file = path.join(__dirname, "programs", "nullish.ts");
const wasm = load("nullish");
const js = (() => {
  const source = fs.readFileSync(file, "utf8");
  const out = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } }).outputText;
  const module = { exports: {} as Record<string, (...a: number[]) => number> };
  new Function("module", "exports", out)(module, module.exports);
  return module.exports;
})();

test.each([
  ["coalesce", [5]], ["coalesce", [0]],
  ["chain", [3]], ["chain", [0]],
  ["assign", [0]], ["assign", [2]],
  ["generic", [0]], ["generic", [6]],
  ["elements", [1]], ["elements", [0]],
  ["closures", [0]], ["closures", [4]],
] as [string, number[]][])("%s(%s) is what TypeScript computes", (name, args) => {
  expect(wasm[name](...args)).toBe(js[name](...args));
});
