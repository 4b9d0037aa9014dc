// Errors reach the user at their own file, line and column, as tsc prints them (docs/dialect.md).
import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";
import { assemblyScriptTypes, dialectCompilerOptions } from "../../transformer/program";
import { compile } from "../../transformer/compile";
import { build, locations, REPO, writeFiles } from "./helpers";

test("an AssemblyScript error is reported at the dialect source, through the lowering's edits", () => {
  // The lowering inserts "export " before f on line 3: the column must still be the user's.
  const result = build({
    "main.ts": `import { g } from "./lib";\n// @wasmexport f\nfunction f(a: i32): i32 { const s: string = a; return g(a); }\n`,
    "lib.ts": `export function g(a: i32): i32 {\n  return a;\n}\n`,
  }, { typeCheck: false });
  expect(result.binary).toBeNull();
  expect(locations(result)).toEqual(["main.ts(3,45): error TS99050"]);
  expect(result.errorText).toMatch(/main\.ts\(3,45\): error TS99050: AS\d+: Type .i32. is not assignable/);
  expect(result.errorText).not.toMatch(/\bat .*\.js:\d+/); // no compiler stack trace
});

test("an AssemblyScript error in an imported file names that file", () => {
  const result = build({
    "main.ts": `import { g } from "./lib";\n// @wasmexport f\nexport function f(a: i32): i32 { return g(a); }\n`,
    "lib.ts": `export function g(a: i32): i32 {\n  const o: i32 | null = a > 0 ? a : null; return o == null ? 0 : 1;\n}\n`,
  });
  expect(result.binary).toBeNull();
  expect(locations(result)[0]).toMatch(/^lib\.ts\(2,\d+\): error TS99050$/);
});

test("an AssemblyScript error names the user's declarations as written, not by asc's place in its file tree", () => {
  // `this` used (by a go() closure) before the constructor sets a field.
  const result = build({
    "main.ts": `import { Chan, go } from "ts-wasmexport";\nimport { Worker } from "./parts/worker";\n// @wasmexport f\nexport function f(): i32 { return new Worker().ch.recv(); }\n`,
    "parts/worker.ts": `import { Chan, go } from "ts-wasmexport";\nexport class Worker {\n  ch: Chan<i32>;\n  constructor() {\n    go(() => { this.ch.send(1); });\n    this.ch = new Chan<i32>(1);\n  }\n}\n`,
  });
  expect(result.binary).toBeNull();
  expect(result.errorText).toMatch(/\/parts\/worker\.ts\(3,3\): error TS99050: AS2564: Property 'Worker\.ch' has no initializer and is not assigned in the constructor before 'this' is used or returned\.\n$/);
});

test("compile() takes several entry files (all their exports), and says which is missing", () => {
  const { dir } = writeFiles({
    "a.ts": "// @wasmexport a\nexport function a(): i32 { return 1; }\n",
    "b.ts": "// @wasmexport b\nexport function b(): i32 { return 2; }\n",
  });
  const both = compile({ entry: [path.join(dir, "a.ts"), path.join(dir, "b.ts")] });
  expect(both.errorText).toBe("");
  expect(WebAssembly.Module.exports(new WebAssembly.Module(both.binary!)).map((e) => e.name)).toEqual(expect.arrayContaining(["a", "b"]));
  expect(compile({ entry: [path.join(dir, "a.ts"), "nope.ts"] }).errorText).toBe("error TS99002: Entry file 'nope.ts' not found.\n");
  expect(compile({ entry: [] }).errorText).toBe("error TS99002: No entry file given.\n");
});

test("tsc's own type errors stop the build and print as tsc prints them", () => {
  const result = build(`// @wasmexport f\nexport function f(a: i32): i32 {\n  const s: string = a;\n  return 0;\n}\n`);
  expect(result.binary).toBeNull();
  expect(locations(result)).toEqual(["main.ts(3,9): error TS2322"]);
});

test("the dialect API type-checks with AssemblyScript's types", () => {
  // Type-checked only: the build of this program needs the lowering, tested elsewhere.
  const result = build(`
import { go, Chan, select, recv, send, otherwise, WaitGroup, Mutex, gosched, panic, defer } from "ts-wasmexport";
function worker(jobs: Chan<i32>, done: Chan<bool>, wg: WaitGroup): void {
  defer(() => wg.done());
  for (const j of jobs) { const x: i32 = j; }
  const [v, ok] = jobs.recvOk();
  const w: i32 = v;
  const b: bool = ok;
  if (select(recv(jobs, (j) => { const k: i32 = j; }), recv(done)) == 1) return;
  select(recv(jobs, (v, ok) => {}), send(done, true, () => {}), otherwise(() => { gosched(); }));
  const m = new Mutex();
  m.lock(); if (m.tryLock()) panic("x"); m.unlock();
  for (const a of [1, 2]) {}
  const n: i32 = jobs.length + jobs.capacity;
  jobs.close();
  select();
}
export function start(): void {
  const wg = new WaitGroup();
  wg.add(1);
  go(worker, new Chan<i32>(), new Chan<bool>(1), wg);
  go(() => {});
  wg.wait();
}
// A wrong element type is caught: recvOk's value is precisely T.
function wrong(c: Chan<i32>): void { const [v, ok] = c.recvOk(); const s: string = v; }
`);
  expect(locations(result)).toEqual(["main.ts(26,72): error TS2322"]);
});

test("an unknown or bad option is an error that names it", () => {
  const result = build(`// @wasmexport f\nexport function f(): void {}\n`, { optimize: 7 as any, colour: "red" } as any);
  expect(result.binary).toBeNull();
  expect(result.diagnostics.map((d) => d.code)).toEqual([99001, 99001]);
  expect(result.errorText).toContain("'optimize'");
  expect(result.errorText).toContain("'colour'");
});

test("the dialect's declarations are valid TypeScript themselves (a project may check them: skipLibCheck false)", () => {
  const dialect = path.join(REPO, "runtime", "dialect.d.ts");
  const program = ts.createProgram({ rootNames: [dialect, assemblyScriptTypes()], options: { ...dialectCompilerOptions(), skipLibCheck: false } });
  const problems = program.getSemanticDiagnostics(program.getSourceFile(dialect)).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
  expect(problems).toEqual([]);
});

describe("one build reports every error, in source order", () => {
  const PROGRAM = (typeError: boolean) => `import { Chan } from "ts-wasmexport";

function put(ch: Chan<i32>): void {
  ch.send(1);${typeError ? "\n  const s: string = 1;" : ""}
}

// @wasmexport takes_map
export function takesMap(m: Map<i32, i32>): void {}

// @wasmexport run
export function run(): i32 {
  const ch = new Chan<i32>(1);
  [ch].forEach(put);
  put(ch);
  return ch.recv();
}
`;

  test("a directive's error does not hide the lowering's", () => {
    const result = build(PROGRAM(false));
    expect(result.binary).toBeNull();
    expect(locations(result)).toEqual(["main.ts(7,1): error TS99010", "main.ts(13,16): error TS99101"]);
  });

  test("with tsc's errors, the directives' and the lowering's come too", () => {
    const result = build(PROGRAM(true));
    expect(result.binary).toBeNull();
    expect(locations(result)).toEqual(["main.ts(5,9): error TS2322", "main.ts(8,1): error TS99010", "main.ts(14,16): error TS99101"]);
  });
});

describe("asc's errors come in the same build as tsc's and the front end's", () => {
  const THREE = fs.readFileSync(path.join(REPO, "tests", "fixtures", "project-all-errors", "src", "main.ts"), "utf8");

  test("compile(): all three, in source order, at the dialect's positions", () => {
    const result = build(THREE);
    expect(result.binary).toBeNull();
    expect(locations(result)).toEqual(["main.ts(4,9): error TS2322", "main.ts(7,1): error TS99010", "main.ts(12,12): error TS99050"]);
    expect(result.errorText).toMatch(/main\.ts\(12,12\): error TS99050: AS\d+: .*nullable/);
  });

  test("asc's errors in a file with a lowering error, or in the declaration of another error, are left out", () => {
    const result = build({
      "main.ts": `import { run } from "./lib";
// @wasmexport f
export function f(a: i32): i32 {
  const n: i32 | null = null;
  const s: string = a;
  return run();
}
// @wasmexport g
export function g(a: i32): i32 {
  const o: i32 | null = a > 0 ? a : null;
  return o == null ? 0 : 1;
}
`,
      "lib.ts": `import { Chan } from "ts-wasmexport";
const ch = new Chan<i32>(1);
ch.send(1);
export function run(): i32 {
  const o: i32 | null = null;
  return ch.recv();
}
`,
    });
    // f's own nullable i32 is in the function of tsc's error; lib.ts's in a file the lowering could not finish.
    expect(locations(result)).toEqual(["lib.ts(3,1): error TS99103", "main.ts(5,9): error TS2322", "main.ts(10,12): error TS99050"]);
  });
});
