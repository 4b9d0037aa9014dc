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
  const f = put;
  f(ch);
  return ch.recv();
}

// @wasmexport memory
export function other(): void {}
`;

let server: TsServer | undefined;
afterAll(() => server?.close());

test("tsserver shows the directive and lowering errors as code is typed, and drops them once fixed", async () => {
  const { dir } = writeFiles({ "tsconfig.json": TSCONFIG, "src/main.ts": BLOCKING_VALUE });
  fs.mkdirSync(path.join(dir, "node_modules"));
  fs.symlinkSync(REPO, path.join(dir, "node_modules", "ts-wasmexport"), "dir");
  const file = path.join(dir, "src", "main.ts");
  server = new TsServer(path.join(REPO, "node_modules", "typescript", "lib", "tsserver.js"), dir);

  const found = await server.semanticDiagnostics(file);
  const shown = found.map((d) => `${d.start.line},${d.start.offset}: TS${d.code}`);
  expect(shown).toEqual(expect.arrayContaining(["10,13: TS99101", "15,1: TS99019"]));
  expect(found.find((d) => d.code === 99101)!.text).toContain("'put' blocks, so it cannot be used as a value");

  // The editor's buffer, not the file on disk: the fix is seen as it is typed.
  const fixed = BLOCKING_VALUE.replace("const f = put;\n  f(ch);", "put(ch);").replace("@wasmexport memory", "@wasmexport other");
  server.change(file, BLOCKING_VALUE, fixed);
  const after = await server.semanticDiagnostics(file, fixed);
  expect(after.map((d) => d.code)).toEqual([]);
});
