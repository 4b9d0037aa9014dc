// The asc bridge never hangs: a crash of asc and a build past the time limit each end the
// build with a coded diagnostic, and the next build gets a fresh, working compiler.
import { runAsc, setAscTimeLimit } from "../../transformer/asc/bridge";
import { build, instantiate, locations } from "../foundation/helpers";

const ARGS = ["-O1", "--exportStart", "_initialize", "--initialMemory", "1", "--runtime", "stub"];

function asc(source: string) {
  return runAsc({ files: { "main.ts": source }, entry: "main.ts", args: ARGS, exports: { run: "run" }, keep: ["memory"], lazyInit: [], wantText: false });
}

test("an asc crash is an answer that says what happened, and the next build works", () => {
  // A call through a ternary of two builtins (AssemblyScript's select<T>) fails one of asc's
  // own assertions, whose handler ends the process (here, the worker) after printing a report.
  const crashed = asc("export function run(): void { (true ? select : select)(1); }\n");
  expect(crashed.failure).toBe("crashed");
  expect(crashed.binary).toBeNull();
  expect(crashed.error).toMatch(/^during compile: AssertionError: assertion failed \(in \w+\)$/);
  const fine = asc("export function run(): i32 { return 42; }\n");
  expect(fine.failure).toBeUndefined();
  expect(instantiate(fine.binary!).run()).toBe(42);
});

test("a build past the time limit is stopped with a diagnostic that names the file", () => {
  const program = `// @wasmexport answer\nexport function answer(): i32 { return 41 + 1; }\n`;
  const previous = setAscTimeLimit(1);
  let stopped;
  try {
    stopped = build({ "slow.ts": program });
  } finally {
    setAscTimeLimit(previous);
  }
  expect(stopped.binary).toBeNull();
  expect(locations(stopped)).toEqual(["error TS99054"]);
  expect(stopped.errorText).toMatch(/The AssemblyScript compiler did not finish compiling \S*slow\.ts: no answer within 0\.001 s\. The build was stopped\./);
  const again = build({ "slow.ts": program });
  expect(again.errorText).toBe("");
  expect(instantiate(again.binary!).answer()).toBe(42);
});

describe("an install that lost asc or Binaryen", () => {
  // The package as an install would lay it out, beside a node_modules that has TypeScript and
  // asc but a Binaryen that cannot load (or none): every build says so in one line, at once.
  const fs = require("fs") as typeof import("fs");
  const os = require("os") as typeof import("os");
  const path = require("path") as typeof import("path");
  const { spawnSync } = require("child_process") as typeof import("child_process");
  const repo = path.join(__dirname, "..", "..");
  let root = "";
  let dir = "";

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "wx-broken-install-"));
    root = path.join(dir, "node_modules", "ts-wasmexport");
    fs.mkdirSync(path.join(root, "transformer"), { recursive: true });
    for (const part of ["package.json", "dist", "core", "runtime", "scheduler", "host", "bin"]) fs.cpSync(path.join(repo, part), path.join(root, part), { recursive: true });
    fs.cpSync(path.join(repo, "transformer", "asc"), path.join(root, "transformer", "asc"), { recursive: true, filter: (f) => !f.endsWith(".ts") });
    for (const name of ["typescript", "assemblyscript"]) fs.symlinkSync(path.join(repo, "node_modules", name), path.join(dir, "node_modules", name), "dir");
    fs.writeFileSync(path.join(dir, "main.ts"), "// @wasmexport answer\nexport function answer(): i32 { return 42; }\n");
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  function compileThere(): string {
    const script = `const r = require(${JSON.stringify(path.join(root, "dist", "transformer", "package", "compile.js"))}).compile({ entry: "main.ts" }); process.stdout.write(r.errorText);`;
    // The time limit is far above how long a load takes, and far below the default.
    const run = spawnSync(process.execPath, ["-e", script], { cwd: dir, encoding: "utf8", env: { ...process.env, TS_WASMEXPORT_ASC_TIME_LIMIT: "60" } });
    expect(run.stderr).toBe("");
    return run.stdout;
  }

  test("a Binaryen that throws as it loads ends the build with TS99055 and its words, not a wait for the time limit", () => {
    const binaryen = path.join(dir, "node_modules", "binaryen");
    fs.mkdirSync(binaryen, { recursive: true });
    fs.writeFileSync(path.join(binaryen, "package.json"), JSON.stringify({ name: "binaryen", version: "0.0.0", type: "module", main: "index.js" }));
    fs.writeFileSync(path.join(binaryen, "index.js"), "export default {};\nthrow new Error('this Binaryen is broken');\n");
    try {
      expect(compileThere()).toBe("error TS99055: The AssemblyScript compiler could not be loaded: this Binaryen is broken. Reinstall the project's dependencies (npm install); ts-wasmexport needs assemblyscript and binaryen beside it.\n");
    } finally {
      fs.rmSync(binaryen, { recursive: true });
    }
  });

  test("a missing Binaryen is TS99055 before anything runs, from compile() and from the CLI", () => {
    const line = "error TS99055: The AssemblyScript compiler could not be loaded: ts-wasmexport cannot find binaryen, which it depends on. Reinstall the project's dependencies (npm install).\n";
    expect(compileThere()).toBe(line);
    const cli = spawnSync(process.execPath, [path.join(root, "bin", "ts-wasmexport.js"), "build", "main.ts", "-o", "main.wasm"], { cwd: dir, encoding: "utf8" });
    expect([cli.status, cli.stderr]).toEqual([1, line]);
  });
});
