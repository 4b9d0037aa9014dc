// Fixture projects built by the real `tspc` (ts-patch), as a user's project would be:
// exit code, printed errors, the .wasm, no JavaScript, and --watch rebuilds.
import { ChildProcess, spawn, spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { instantiate, REPO, tempDir } from "./helpers";

const TSPC = path.join(REPO, "node_modules", "ts-patch", "bin", "tspc.js");

/** Copies a fixture project into a temp folder where `ts-wasmexport` resolves to this repository. */
function project(name: string): string {
  const dir = tempDir(`wx-${name}-`);
  fs.cpSync(path.join(REPO, "tests", "fixtures", name), dir, { recursive: true });
  fs.mkdirSync(path.join(dir, "node_modules"));
  fs.symlinkSync(REPO, path.join(dir, "node_modules", "ts-wasmexport"), "dir");
  return dir;
}

function tspc(dir: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [TSPC, "-p", ".", ...args], { cwd: dir, encoding: "utf8" });
  return { status: result.status, output: result.stdout + result.stderr };
}

/** Every file and folder under `dir` but node_modules (which links back to this repository). */
function filesUnder(dir: string, prefix = ""): string[] {
  const found: string[] = [];
  for (const entry of fs.readdirSync(path.join(dir, prefix), { withFileTypes: true })) {
    if (entry.name === "node_modules") continue;
    const name = prefix ? `${prefix}/${entry.name}` : entry.name;
    found.push(name);
    if (entry.isDirectory()) found.push(...filesUnder(dir, name));
  }
  return found.sort();
}

beforeAll(() => {
  if (!fs.existsSync(path.join(REPO, "dist", "transformer", "plugin.js"))) throw new Error("dist/ is missing: run npm run build (npm test builds it first)");
});

test("tspc builds the .wasm, writes no JavaScript, and rebuilds a missing .wasm", () => {
  const dir = project("project-basic");
  const first = tspc(dir);
  expect(first.output).toBe("");
  expect(first.status).toBe(0);
  expect(filesUnder(dir)).toEqual(["build", "build/module.wasm", "build/module.wat", "src", "src/main.ts", "src/scale.ts", "tsconfig.json"]);
  const wasm = instantiate(fs.readFileSync(path.join(dir, "build", "module.wasm")));
  expect(wasm.add(2)).toBe(6n);
  expect(wasm.add(1)).toBe(9n);

  fs.rmSync(path.join(dir, "build", "module.wasm"));
  expect(tspc(dir).status).toBe(0);
  expect(fs.existsSync(path.join(dir, "build", "module.wasm"))).toBe(true);
});

test("a directive error prints as a type error and tspc exits non-zero, under noEmit too", () => {
  const dir = project("project-errors");
  const result = tspc(dir);
  expect(result.status).toBe(2);
  expect(result.output).toContain("src/main.ts(3,1): error TS99019: Export name 'memory' is reserved");
  expect(fs.existsSync(path.join(dir, "build"))).toBe(false);
});

test("the plugin-only tsconfig.json of docs/dialect.md, with no extends, builds: AssemblyScript's types come with the plugin", () => {
  const dir = project("project-spec");
  const result = tspc(dir);
  expect(result.output).toBe("");
  expect(result.status).toBe(0);
  expect(filesUnder(dir)).toEqual(["build", "build/module.wasm", "src", "src/double.ts", "src/main.ts", "tsconfig.json"]);
  expect(instantiate(fs.readFileSync(path.join(dir, "build", "module.wasm"))).twice(21)).toBe(42);
});

test("an AssemblyScript error prints at the user's file, line and column", () => {
  const dir = project("project-as-error");
  const result = tspc(dir);
  expect(result.status).not.toBe(0);
  expect(result.output).toMatch(/^src\/sum\.ts\(4,\d+\): error TS99050: AS\d+: /m);
  expect(result.output).not.toMatch(/main\.ts\(|ts-wasmexport\/|\.js:\d+/);
});

test("tsc's, the directives' and asc's errors come in one build", () => {
  const dir = project("project-all-errors");
  const result = tspc(dir);
  expect(result.status).toBe(2);
  expect(result.output.trim().split("\n").map((l) => /^(\S+): error (TS\d+)/.exec(l)?.slice(1).join(" "))).toEqual([
    "src/main.ts(4,9) TS2322", "src/main.ts(7,1) TS99010", "src/main.ts(12,12) TS99050",
  ]);
});

test("a bad plugin option is an error that names it, and nothing is built", () => {
  const dir = project("project-basic");
  const tsconfigPath = path.join(dir, "tsconfig.json");
  const tsconfig = JSON.parse(fs.readFileSync(tsconfigPath, "utf8"));
  tsconfig.compilerOptions.plugins[0].runtime = "tiny";
  fs.writeFileSync(tsconfigPath, JSON.stringify(tsconfig));
  const result = tspc(dir);
  expect(result.status).not.toBe(0);
  expect(result.output).toContain("error TS99001: ts-wasmexport plugin: Option 'runtime' must be 'incremental', 'minimal' or 'stub'");
  expect(fs.existsSync(path.join(dir, "build"))).toBe(false);
});

test("the package's entry points resolve from a project: plugin, compile(), dialect, base tsconfig", () => {
  const dir = project("project-basic");
  const script = `
    const compile = require("ts-wasmexport/compile").compile;
    const plugin = require("ts-wasmexport/transformer");
    const dialect = require("ts-wasmexport");
    let threw = false; try { dialect.go(() => {}); } catch (e) { threw = /compiled to WebAssembly/.test(e.message); }
    console.log(typeof compile, typeof (plugin.default || plugin), threw,
      require.resolve("ts-wasmexport/tsconfig.base.json") === require.resolve("${REPO}/tsconfig.base.json"));`;
  const result = spawnSync(process.execPath, ["-e", script], { cwd: dir, encoding: "utf8" });
  expect(result.stderr).toBe("");
  expect(result.stdout.trim()).toBe("function function true true");
});

describe("--watch", () => {
  let child: ChildProcess | undefined;
  afterEach(() => {
    child?.kill();
  });

  test("rebuilds on change and reports errors as they come and go", async () => {
    const dir = project("project-basic");
    const wasmPath = path.join(dir, "build", "module.wasm");
    child = spawn(process.execPath, [TSPC, "-p", ".", "--watch", "--preserveWatchOutput"], { cwd: dir });
    let output = "";
    child.stdout!.on("data", (d) => (output += d));
    child.stderr!.on("data", (d) => (output += d));
    /** Waits until the watcher has reported `n` compilations. */
    const reports = async (n: number) => {
      for (let i = 0; i < 600 && (output.match(/Found \d+ errors?\. Watching/g) ?? []).length < n; i++) {
        await new Promise((r) => setTimeout(r, 100));
      }
      return output;
    };
    expect(await reports(1)).toContain("Found 0 errors");
    expect(instantiate(fs.readFileSync(wasmPath)).add(2)).toBe(6n);

    fs.writeFileSync(path.join(dir, "src", "scale.ts"), fs.readFileSync(path.join(dir, "src", "scale.ts"), "utf8").replace("= 3", "= 5"));
    await reports(2);
    expect(instantiate(fs.readFileSync(wasmPath)).add(2)).toBe(10n);

    const main = path.join(dir, "src", "main.ts");
    fs.writeFileSync(main, fs.readFileSync(main, "utf8").replace("// @wasmexport add", "// @wasmexport _start"));
    const withError = await reports(3);
    expect(withError).toContain("src/main.ts(5,1): error TS99019");
    expect(withError).toContain("Found 1 error. Watching");

    fs.writeFileSync(main, fs.readFileSync(main, "utf8").replace("// @wasmexport _start", "// @wasmexport add"));
    expect((await reports(4)).split("Found 1 error. Watching")[1]).toContain("Found 0 errors. Watching");
  });

  test("builds at optimize 0 unless the entry names a level", async () => {
    const dir = project("project-basic");
    const wasmPath = path.join(dir, "build", "module.wasm");
    const optimized = (level?: number) => {
      const tsconfigPath = path.join(dir, "tsconfig.json");
      const tsconfig = JSON.parse(fs.readFileSync(tsconfigPath, "utf8"));
      tsconfig.compilerOptions.plugins[0].optimize = level;
      fs.writeFileSync(tsconfigPath, JSON.stringify(tsconfig));
      expect(tspc(dir).status).toBe(0);
      return fs.readFileSync(wasmPath);
    };
    const atZero = optimized(0);
    const atThree = optimized(undefined);
    expect(Buffer.compare(atZero, atThree)).not.toBe(0);
    fs.rmSync(wasmPath);
    child = spawn(process.execPath, [TSPC, "-p", ".", "--watch", "--preserveWatchOutput"], { cwd: dir });
    let output = "";
    child.stdout!.on("data", (d) => (output += d));
    for (let i = 0; i < 600 && !output.includes("Watching for file changes"); i++) await new Promise((r) => setTimeout(r, 100));
    expect(output).toContain("Found 0 errors");
    expect(Buffer.compare(fs.readFileSync(wasmPath), atZero)).toBe(0);
  });
});
