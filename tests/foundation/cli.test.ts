// The command line, run as a user runs it: an entry file outside any project.
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { instantiate, REPO, writeFiles } from "./helpers";

const BIN = path.join(REPO, "bin", "ts-wasmexport.js");

function cli(cwd: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: "utf8" });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

test("build FILE -o OUT --wat --emit-as DIR -O N for a file outside any project", () => {
  const { dir } = writeFiles({
    "app/main.ts": `import { panic } from "ts-wasmexport";\n// @wasmexport twice\nexport function twice(x: i32): i32 {\n  if (x < 0) panic("negative");\n  return x * 2;\n}\n`,
  });
  const result = cli(dir, "build", "app/main.ts", "-o", "out/app.wasm", "--wat", "--emit-as", "as", "-O", "2");
  expect(result.stderr).toBe("");
  expect(result.status).toBe(0);
  expect(instantiate(fs.readFileSync(path.join(dir, "out", "app.wasm"))).twice(21)).toBe(42);
  expect(fs.readFileSync(path.join(dir, "out", "app.wat"), "utf8")).toContain('(export "twice"');
  expect(fs.readFileSync(path.join(dir, "as", "main.ts"), "utf8")).toContain("exportEnter();");
  expect(fs.existsSync(path.join(dir, "as", "src", "main.ts"))).toBe(true);
});

test("errors print as tsc prints them and the exit code is non-zero", () => {
  const { dir } = writeFiles({ "main.ts": `\n// @wasmexport f wait\nexport function f(): void {}\n` });
  const result = cli(dir, "build", "main.ts", "-o", "main.wasm");
  expect(result.status).toBe(1);
  expect(result.stderr).toMatch(/^main\.ts\(2,1\): error TS99021: Unknown export mode 'wait'/);
  expect(fs.existsSync(path.join(dir, "main.wasm"))).toBe(false);
});

test("usage errors exit 2 with the usage text", () => {
  const result = cli(REPO, "build", "x.ts");
  expect(result.status).toBe(2);
  expect(result.stderr).toContain("Usage: ts-wasmexport build FILE -o OUT.wasm");
});
