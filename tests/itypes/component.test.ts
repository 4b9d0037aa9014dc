// Interface types (docs/abi.md), component: the core module wrapped with its WIT world, run in real
// component hosts — wasmtime's component API (Python) and jco's transpile run in Node.
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { compile } from "../../transformer/compile";
import { pathToFileURL } from "url";
import { describeHost, REPO, wasmtimeHost } from "../hosts/hosts";
import { tempDir, writeFiles } from "../foundation/helpers";

const PROGRAM = `
export class Point {
  x: i32 = 0;
  label: string = "";
  note: string | null = null;
}

// @wasmimport $root log
declare function log(message: string): void;

// @wasmexport greet
export function greet(name: string): string {
  log("greet " + name);
  return "Hello, " + name + "!";
}

// @wasmexport move
export function move(p: Point, dx: i32): Point {
  const q = new Point();
  q.x = p.x + dx;
  q.label = p.label + "!";
  q.note = p.note === null ? "was none" : null;
  return q;
}

// @wasmexport total
export function total(xs: Array<u32>): u64 {
  let s: u64 = 0;
  for (let i = 0; i < xs.length; i++) s += xs[i];
  return s;
}

// @wasmexport maybe
export function maybe(s: string | null): string | null {
  return s === null ? "none" : null;
}
`;

const EXPECTED = {
  greet: ["Hello, world!", "Hello, Grüße 🎉!", "Hello, !"],
  move: { x: 42, label: "p!", note: "was none" },
  total: 10,
  maybe: [null, "none"],
  logged: ["greet world", "greet Grüße 🎉", "greet "],
};

let dir: string;
let file: string;
let result: ReturnType<typeof compile>;
beforeAll(() => {
  const { entry } = writeFiles({ "main.ts": PROGRAM });
  dir = tempDir("wx-component-");
  file = path.join(dir, "component.wasm");
  result = compile({ entry, component: true, outFile: file, emitWit: path.join(dir, "module.wit") });
  if (!result.binary) throw new Error(result.errorText);
});

test("the output is a component (layer 1), not a core module", () => {
  const bytes = fs.readFileSync(file);
  expect([...bytes.subarray(0, 4)]).toEqual([0x00, 0x61, 0x73, 0x6d]);
  expect([...bytes.subarray(4, 8)]).toEqual([0x0d, 0x00, 0x01, 0x00]);
  expect(WebAssembly.validate(bytes)).toBe(false);
});

describeHost("wasmtime's component API", wasmtimeHost(), ({ python }) => {
  test("imports log, calls every export with strings, a record, a list and options", () => {
    const run = spawnSync(python, [path.join(__dirname, "..", "hosts", "wasmtime", "component.py"), file], { encoding: "utf8", timeout: 60000 });
    if (run.status !== 0) throw new Error(run.stderr);
    expect(JSON.parse(run.stdout)).toEqual(EXPECTED);
  });
});

test("jco's transpile of the component, run in Node", () => {
  // jco-transpile is an ES module: the transpile and the run are a Node process of their own.
  const transpiler = pathToFileURL(path.join(REPO, "node_modules", "@bytecodealliance", "jco-transpile", "dist", "index.js")).href;
  const jco = path.join(dir, "jco");
  fs.mkdirSync(jco, { recursive: true });
  fs.writeFileSync(path.join(jco, "run.mjs"), `
import { transpileBytes } from ${JSON.stringify(transpiler)};
import { mkdir, readFile, writeFile } from "fs/promises";
import * as path from "path";
const here = path.dirname(new URL(import.meta.url).pathname);
const out = await transpileBytes(await readFile(${JSON.stringify(file)}), { name: "component", instantiation: { tag: "async" } });
for (const [name, bytes] of Object.entries(out.files)) {
  await mkdir(path.dirname(path.join(here, name)), { recursive: true });
  await writeFile(path.join(here, name), bytes);
}
const { instantiate } = await import(path.join(here, "component.js"));
const logged = [];
const api = await instantiate((name) => readFile(path.join(here, name)).then((b) => WebAssembly.compile(b)), { log: { default: (m) => logged.push(m) }, "local:module/types": {} });
const moved = api.move({ x: 40, label: "p", note: undefined }, 2);
console.log(JSON.stringify({
  greet: ["world", "Grüße 🎉", ""].map((n) => api.greet(n)),
  move: { ...moved, note: moved.note ?? null },
  total: Number(api.total(new Uint32Array([1, 2, 3, 4]))),
  maybe: [api.maybe("a") ?? null, api.maybe(undefined) ?? null],
  logged,
}));
`);
  const run = spawnSync(process.execPath, [path.join(jco, "run.mjs")], { encoding: "utf8", timeout: 120000 });
  if (run.status !== 0) throw new Error(run.stderr);
  expect(JSON.parse(run.stdout.trim().split("\n").pop()!)).toEqual(EXPECTED);
});
