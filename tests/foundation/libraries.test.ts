// AssemblyScript libraries installed from npm (dev dependencies of this repository, pinned):
// assemblyscript-json (plain AssemblyScript, entry named by package.json's `types`) and json-as
// (needs its asc transform, `json-as/transform`).
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { instantiate, REPO, writeFiles } from "./helpers";

const TSPC = path.join(REPO, "node_modules", "ts-patch", "bin", "tspc.js");
const BIN = path.join(REPO, "bin", "ts-wasmexport.js");

/** Reads a field of a JSON text with assemblyscript-json, in goroutines. */
const USES_ASSEMBLYSCRIPT_JSON = (specifier: string) => `import { JSON } from "${specifier}";
import { Chan, go } from "ts-wasmexport";

function fieldOf(text: string, name: string): i64 {
  const obj = <JSON.Obj>JSON.parse(text);
  const value = obj.getInteger(name);
  return value ? value.valueOf() : -1;
}

function field(text: string, name: string, out: Chan<i64>): void {
  out.send(fieldOf(text, name));
}

// @wasmexport sum_fields
export function sumFields(n: i32): i64 {
  const out = new Chan<i64>();
  const text = \`{"a": \${n}, "b": [1, 2, 3], "c": 100}\`;
  go(field, text, "a", out);
  go(field, text, "c", out);
  return out.recv() + out.recv();
}
`;

const USES_JSON_AS = `import { JSON } from "json-as";

@json
class Point {
  x: i32 = 0;
  y: i32 = 0;
}

// @wasmexport round_trip
export function roundTrip(x: i32, y: i32): i32 {
  const p = new Point();
  p.x = x;
  p.y = y;
  const text = JSON.stringify(p);
  const back = JSON.parse<Point>(text);
  return back.x * 1000 + back.y + text.length;
}
`;

/** The plugin entry docs/dialect.md shows under "AssemblyScript libraries from npm". */
function documentedEntry(): Record<string, unknown> {
  const doc = fs.readFileSync(path.join(REPO, "docs", "dialect.md"), "utf8");
  const section = doc.slice(doc.indexOf("### AssemblyScript libraries from npm"));
  const snippet = /```ts\n(.*)\n```[\s\S]*?```json\n([\s\S]*?)```/.exec(section)!;
  expect(snippet[1]).toMatch(/^import \{ JSON \} from "assemblyscript-json";/);
  return JSON.parse(snippet[2]);
}

/** A project folder whose node_modules holds the libraries, as `npm install` leaves them. */
function withLibraries(files: Record<string, string>): string {
  const { dir } = writeFiles(files);
  fs.mkdirSync(path.join(dir, "node_modules"));
  for (const name of ["assemblyscript-json", "json-as", "xjb-as", "assemblyscript"]) {
    fs.symlinkSync(path.join(REPO, "node_modules", name), path.join(dir, "node_modules", name), "dir");
  }
  fs.symlinkSync(REPO, path.join(dir, "node_modules", "ts-wasmexport"), "dir");
  return dir;
}

test("tspc builds a project that imports both libraries; tsc reports nothing of their AssemblyScript-only syntax", () => {
  const dir = withLibraries({
    "src/fields.ts": USES_ASSEMBLYSCRIPT_JSON("assemblyscript-json"),
    "src/point.ts": USES_JSON_AS,
    "tsconfig.json": JSON.stringify({
      extends: "ts-wasmexport/tsconfig.base.json",
      compilerOptions: { plugins: [documentedEntry()] },
      include: ["src"],
    }),
  });
  const result = spawnSync(process.execPath, [TSPC, "-p", "."], { cwd: dir, encoding: "utf8" });
  expect(result.stdout + result.stderr).toBe("");
  expect(result.status).toBe(0);
  const module = new WebAssembly.Module(fs.readFileSync(path.join(dir, "build", "module.wasm")));
  expect(WebAssembly.Module.imports(module)).toEqual([]);
  const e = instantiate(fs.readFileSync(path.join(dir, "build", "module.wasm")));
  expect(e.sum_fields(41)).toBe(141n);
  expect(e.round_trip(3, 4)).toBe(3000 + 4 + '{"x":3,"y":4}'.length);
  expect(fs.readdirSync(path.join(dir, "src")).sort()).toEqual(["fields.ts", "point.ts"]);
});

test("a transform that is not installed is an option error, before asc runs", () => {
  const dir = withLibraries({ "app/point.ts": USES_JSON_AS });
  const missing = spawnSync(process.execPath, [BIN, "build", "app/point.ts", "-o", "point.wasm", "--transform", "not-a-transform"], { cwd: dir, encoding: "utf8" });
  expect(missing.status).toBe(1);
  expect(missing.stderr).toMatch(/^error TS99001: Option 'transforms': cannot find the asc transform 'not-a-transform' from .*app \(is its package installed\?\)\.\n$/);
});
