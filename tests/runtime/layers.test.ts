// The runtime's folders are layers, and imports go one way: `core` (wait queues, panics, the
// allocator) imports nothing above it, `scheduler` imports `core` only, and `runtime`
// (channels, select, sync, time, what lowered code imports) builds on both. No file imports,
// through others, a file that imports it. `../config` (generated per build) and AssemblyScript's
// own library (`~lib/…`) stand below every layer.
import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";
import { RUNTIME_FOLDERS } from "../../transformer/abi/module";

const ROOT = path.join(__dirname, "..", "..");

/** Every runtime source (`folder/name.ts`), with the runtime sources it imports or re-exports from. */
function importGraph(root: string): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const folder of RUNTIME_FOLDERS) {
    for (const name of fs.readdirSync(path.join(root, folder)).sort()) {
      if (!name.endsWith(".ts") || name.endsWith(".d.ts")) continue;
      const file = `${folder}/${name}`;
      const source = ts.createSourceFile(file, fs.readFileSync(path.join(root, file), "utf8"), ts.ScriptTarget.ESNext);
      const targets: string[] = [];
      for (const s of source.statements) {
        const specifier = (ts.isImportDeclaration(s) || ts.isExportDeclaration(s)) && s.moduleSpecifier && ts.isStringLiteral(s.moduleSpecifier) ? s.moduleSpecifier.text : null;
        if (!specifier || !specifier.startsWith(".")) continue;
        const target = path.posix.normalize(path.posix.join(folder, specifier));
        if (target === "config") continue;
        targets.push(`${target}.ts`);
      }
      graph.set(file, targets);
    }
  }
  return graph;
}

/** Imports that go from a lower folder to a higher one, or to a file that is not in the runtime's folders. */
function upwardImports(graph: Map<string, string[]>): string[] {
  const layer = (file: string) => RUNTIME_FOLDERS.indexOf(file.split("/")[0]);
  const wrong: string[] = [];
  for (const [file, targets] of graph) {
    for (const target of targets) {
      if (!graph.has(target) || layer(target) > layer(file)) wrong.push(`${file} -> ${target}`);
    }
  }
  return wrong;
}

/** Every import circle, as the files around it. */
function circles(graph: Map<string, string[]>): string[] {
  const found = new Set<string>();
  const done = new Set<string>();
  const visit = (file: string, trail: string[]): void => {
    const at = trail.indexOf(file);
    if (at >= 0) {
      found.add([...trail.slice(at), file].join(" -> "));
      return;
    }
    if (done.has(file)) return;
    for (const target of graph.get(file) ?? []) visit(target, [...trail, file]);
    done.add(file);
  };
  for (const file of graph.keys()) visit(file, []);
  return [...found];
}

test("the runtime's folders are core, scheduler and runtime, bottom first", () => {
  expect(RUNTIME_FOLDERS).toEqual(["core", "scheduler", "runtime"]);
});

test("no runtime source imports from a folder above its own", () => {
  const graph = importGraph(ROOT);
  expect(graph.size).toBeGreaterThan(15);
  expect(upwardImports(graph)).toEqual([]);
});

test("no runtime source imports, through others, a source that imports it", () => {
  expect(circles(importGraph(ROOT))).toEqual([]);
});

describe("the checks find what they look for", () => {
  const graph = new Map<string, string[]>([
    ["core/a.ts", []],
    ["scheduler/b.ts", ["core/a.ts"]],
    ["runtime/c.ts", ["runtime/d.ts", "scheduler/b.ts"]],
    ["runtime/d.ts", ["runtime/c.ts"]],
  ]);

  test("an import from core into the scheduler", () => {
    const upward = new Map(graph).set("core/a.ts", ["scheduler/b.ts"]);
    expect(upwardImports(upward)).toEqual(["core/a.ts -> scheduler/b.ts"]);
  });

  test("a circle within a folder", () => {
    expect(upwardImports(graph)).toEqual([]);
    expect(circles(graph)).toEqual(["runtime/c.ts -> runtime/d.ts -> runtime/c.ts"]);
  });
});
