// The language-service plugin in a real tsserver: the compiler's own errors appear among the
// semantic diagnostics an editor shows, and go away when the code is fixed.
import * as fs from "fs";
import * as path from "path";
import { REPO, writeFiles } from "./helpers";
import { TsServer } from "./tsserver";

const TSCONFIG = JSON.stringify({
  extends: "ts-wasmexport/tsconfig.base.json",
  compilerOptions: {
    plugins: [
      { transform: "ts-wasmexport/transformer", transformProgram: true, outFile: "build/main.wasm" },
      { name: "ts-wasmexport/language-service" },
    ],
  },
  include: ["src"],
});

const BLOCKING_VALUE = `import { Chan } from "ts-wasmexport";

function put(ch: Chan<i32>): void {
  ch.send(1);
}

// @wasmexport run
export function run(): i32 {
  const ch = new Chan<i32>(1);
  [ch].forEach(put);
  put(ch);
  return ch.recv();
}

// @wasmexport memory
export function other(): void {}
`;

let server: TsServer | undefined;

/** A project with both plugin entries, `ts-wasmexport` linked to this repository, and tsserver over it. */
function editorOn(source: string): { file: string; editor: TsServer } {
  const { dir } = writeFiles({ "tsconfig.json": TSCONFIG, "src/main.ts": source });
  fs.mkdirSync(path.join(dir, "node_modules"));
  fs.symlinkSync(REPO, path.join(dir, "node_modules", "ts-wasmexport"), "dir");
  return { file: path.join(dir, "src", "main.ts"), editor: new TsServer(path.join(REPO, "node_modules", "typescript", "lib", "tsserver.js"), dir) };
}

afterAll(() => server?.close());

test("tsserver shows the directive and lowering errors as code is typed, and drops them once fixed", async () => {
  const { file, editor } = editorOn(BLOCKING_VALUE);
  server = editor;

  const found = await server.semanticDiagnostics(file);
  const shown = found.map((d) => `${d.start.line},${d.start.offset}: TS${d.code}`);
  expect(shown).toEqual(expect.arrayContaining(["10,16: TS99101", "15,1: TS99019"]));
  expect(found.find((d) => d.code === 99101)!.text).toContain("'put' blocks, so it cannot be used as a value");

  // The editor's buffer, not the file on disk: the fix is seen as it is typed.
  const fixed = BLOCKING_VALUE.replace("[ch].forEach(put);\n  ", "").replace("@wasmexport memory", "@wasmexport other");
  server.change(file, BLOCKING_VALUE, fixed);
  const after = await server.semanticDiagnostics(file, fixed);
  expect(after.map((d) => d.code)).toEqual([]);
});

const ASC_ONLY = `// @wasmexport nullable
export function nullable(a: i32): i32 {
  const o: i32 | null = a > 0 ? a : null;
  return o == null ? 0 : 1;
}

// u8 is not a boundary type: not exported.
export function scale(x: u8, factor: f64): i64 {
  const n: i32 = x;
  const m = n + 1;
  return <i64>(<f64>m * factor);
}
`;

test("tsserver shows AssemblyScript's errors after a pause, computed in asc's worker, and drops them once fixed", async () => {
  const { file, editor } = editorOn(ASC_ONLY);
  try {
    // The plugin asks the editor to fetch the diagnostics again once asc has answered (tsserver
    // may send the same event for reasons of its own: then the next one).
    let refreshed = editor.nextEvent("projectsUpdatedInBackground");
    let found = await editor.semanticDiagnostics(file);
    for (let i = 0; i < 5 && !found.some((d) => d.code === 99050); i++) {
      await refreshed;
      refreshed = editor.nextEvent("projectsUpdatedInBackground");
      found = await editor.semanticDiagnostics(file);
    }
    expect(found.map((d) => `${d.start.line},${d.start.offset}: TS${d.code}`)).toEqual(["3,12: TS99050"]);
    expect(found[0].text).toMatch(/^AS\d+: /);

    const fixed = ASC_ONLY.replace("const o: i32 | null = a > 0 ? a : null;\n  return o == null ? 0 : 1;", "return a > 0 ? 1 : 0;");
    refreshed = editor.nextEvent("projectsUpdatedInBackground");
    editor.change(file, ASC_ONLY, fixed);
    await editor.semanticDiagnostics(file, fixed);
    await refreshed;
    expect(await editor.semanticDiagnostics(file, fixed)).toEqual([]);
  } finally {
    editor.close();
  }
});

test("hover names the dialect's number types where the code writes them", async () => {
  const { file, editor } = editorOn(ASC_ONLY);
  try {
    await editor.semanticDiagnostics(file);
    expect(await editor.quickInfo(file, 8, 17)).toBe("function scale(x: u8, factor: f64): i64");
    expect(await editor.quickInfo(file, 9, 9)).toBe("const n: i32");
    expect(await editor.quickInfo(file, 10, 13)).toBe("const n: i32"); // a use of n
    expect(await editor.quickInfo(file, 8, 23)).toBe("(parameter) x: u8");
    // Inferred: TypeScript's own text.
    expect(await editor.quickInfo(file, 10, 9)).toBe("const m: number");
  } finally {
    editor.close();
  }
});
