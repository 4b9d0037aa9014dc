// Functions that block, as values (docs/dialect.md, "Functions that block, as values"): the
// page's example answers as it says; results of every kind come back through a value; a value
// that reaches a caller that cannot park panics with the documented words. Programs compared
// with Go are in tests/differential (blocking_values, handler_table, closure_value, errgroup_func).
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { buildOk, instantiate, panicMessage } from "../foundation/helpers";

test("docs/dialect.md's example answers as the page says", () => {
  const page = fs.readFileSync(path.join(__dirname, "..", "..", "docs", "dialect.md"), "utf8");
  const source = /### Functions that block, as values\n\n[\s\S]*?```ts\n([\s\S]*?)```/.exec(page)![1];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "wx-values-"));
  const binary = buildOk({ "src/main.ts": source }, { bindings: path.join(dir, "main.mjs") });
  fs.writeFileSync(path.join(dir, "main.wasm"), binary);
  fs.writeFileSync(
    path.join(dir, "driver.mjs"),
    `import { instantiate } from "./main.mjs";\nimport fs from "fs";\nconst e = await instantiate(fs.readFileSync(new URL("./main.wasm", import.meta.url)));\nconsole.log([e.handle(1), e.handle(2), e.handle(1)].join("|"));\n`,
  );
  const run = spawnSync(process.execPath, [path.join(dir, "driver.mjs")], { encoding: "utf8", timeout: 60000 });
  expect(run.stderr).toBe("");
  expect(run.stdout.trim()).toBe("hello Ada 3|Ada! 4|hello Ada 3");
});

const PROGRAM = `import { Chan } from "ts-wasmexport";

const ch = new Chan<i64>(1);

function wide(x: i64): i64 { ch.send(x * 2); return ch.recv() + 1; }
function real(x: f64): f64 { ch.send(<i64>x); return <f64>ch.recv() / 4; }
function flag(x: i32): bool { ch.send(x); return ch.recv() > 2; }
function text(n: i32): string { ch.send(n); return "n" + ch.recv().toString(); }

class Holder { constructor(public f: (x: i64) => i64) {} }

// @wasmexport results
export function results(n: i32): f64 {
  const h = new Holder(wide);
  const fs: ((x: f64) => f64)[] = [real];
  const m = new Map<string, (x: i32) => bool>();
  m.set("flag", flag);
  const t: (n: i32) => string = text;
  // Each result in digits of its own: wide, real (in thousandths), flag, the digit text wrote.
  return <f64>h.f(<i64>n) * 100000 + fs[0](<f64>n) * 1000 + (m.get("flag")(n) ? 10 : 0) + <f64>(t(n).charCodeAt(1) - 48);
}

const small = new Chan<i32>(1);
function order(a: i32, b: i32): i32 { small.send(a); return small.recv() - b; }

// A blocking value handed to AssemblyScript's library by way of a Map: nothing can park there.
// @wasmexport misuse
export function misuse(): i32 {
  const m = new Map<string, (a: i32, b: i32) => i32>();
  m.set("order", order);
  return [3, 1, 2].sort(m.get("order"))[0];
}
`;

test("results of each kind come back through a function value that blocks; the library cannot call one", () => {
  const e = instantiate(buildOk(PROGRAM));
  expect(e.results(3)).toBe(700763);
  expect(e.results(1)).toBe(300251);
  expect(() => e.misuse()).toThrow(WebAssembly.RuntimeError);
  expect(panicMessage(e)).toBe("a function that blocks was called as a value where it cannot park (by a library function, or by code that does not block)");
});

test("a compound assignment reads its left before a call that blocks, as JavaScript does (and as the code computes when nothing blocks)", () => {
  const body = `
let total: i32 = 0;
class Acc { v: i32 = 0; }
const acc = new Acc();
const arr: i32[] = [0, 0];
function bump(): void { total += 100; acc.v += 100; arr[1] += 100; }
`;
  const e = instantiate(buildOk(`import { Chan } from "ts-wasmexport";
${body}
const c = new Chan<i32>(1);
function get(): i32 { bump(); c.send(1); return c.recv(); }
function plain(): i32 { bump(); return 1; }
// @wasmexport blocking
export function blocking(): i32 { total = 0; acc.v = 0; arr[1] = 0; total += get(); acc.v += get(); arr[1] -= get(); return total * 10000 + acc.v * 100 + arr[1]; }
// @wasmexport nonblocking
export function nonblocking(): i32 { total = 0; acc.v = 0; arr[1] = 0; total += plain(); acc.v += plain(); arr[1] -= plain(); return total * 10000 + acc.v * 100 + arr[1]; }
`));
  // The same statements in JavaScript.
  let total = 0;
  const acc = { v: 0 };
  const arr = [0, 0];
  const get = (): number => { total += 100; acc.v += 100; arr[1] += 100; return 1; };
  total += get();
  acc.v += get();
  arr[1] -= get();
  const js = total * 10000 + acc.v * 100 + arr[1];
  expect(e.blocking()).toBe(js);
  expect(e.nonblocking()).toBe(js);
});

test("fields without a written type get the type of their initializer (AssemblyScript wants it written)", () => {
  const e = instantiate(buildOk(`class S { m = new Map<string, i32>(); n = 5; s = "x"; xs = [1, 2]; f = 1.5; }
// @wasmexport m
export function m(): i32 {
  const s = new S();
  s.m.set("a", 3);
  return s.m.get("a") + s.n + s.s.length + s.xs.length + <i32>(s.f * 2);
}
`));
  expect(e.m()).toBe(14);
});

test("go(value, args) in a function that does not block starts the value with the arguments", () => {
  // The function value stays in place in the lowered code, as the arguments do.
  const e = instantiate(buildOk(`import { go, Chan } from "ts-wasmexport";
const out = new Chan<i32>(4);
function work(x: i32): void { out.send(x * 2); }
function twice(x: i32): void { out.send(x * 4); }
// @wasmexport start
export function start(which: i32): void {
  const f: (x: i32) => void = which == 0 ? work : twice;
  go(f, 21);
}
// @wasmexport get
export function get(): i32 { return out.recv(); }
`));
  e.start(0);
  expect(e.get()).toBe(42);
  e.start(1);
  expect(e.get()).toBe(84);
});
