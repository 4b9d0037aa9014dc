// The command line, run as a user runs it: an entry file outside any project.
import { spawn, spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { buildOk, instantiate, REPO, tempDir, writeFiles } from "./helpers";

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

test("tsc's, the directives' and asc's errors come in one build", () => {
  const result = cli(path.join(REPO, "tests", "fixtures", "project-all-errors"), "build", "src/main.ts", "-o", path.join(tempDir(), "never.wasm"));
  expect(result.status).toBe(1);
  expect(result.stderr.trim().split("\n").map((l) => /^(\S+): error (TS\d+)/.exec(l)?.slice(1).join(" "))).toEqual([
    "src/main.ts(4,9) TS2322", "src/main.ts(7,1) TS99010", "src/main.ts(12,12) TS99050",
  ]);
});

test("build --watch rebuilds when a file of the entry's folder changes, at -O 0", async () => {
  const main = `import { k } from "./k";\n// @wasmexport f\nexport function f(): i32 { return k; }\n`;
  const { dir } = writeFiles({ "src/main.ts": main, "src/k.ts": "export const k: i32 = 1;\n" });
  const child = spawn(process.execPath, [BIN, "build", "src/main.ts", "-o", "build/f.wasm", "--watch"], { cwd: dir });
  let output = "";
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  const reports = async (n: number) => {
    for (let i = 0; i < 600 && (output.match(/Watching src for changes/g) ?? []).length < n; i++) await new Promise((r) => setTimeout(r, 100));
    return output;
  };
  try {
    expect(await reports(1)).toMatch(/^build\/f\.wasm: \d+ bytes \(\d+ ms\)\. Watching src for changes\.\n$/);
    const atZero = fs.readFileSync(path.join(dir, "build", "f.wasm"));
    expect(instantiate(atZero).f()).toBe(1);
    expect(Buffer.compare(atZero, Buffer.from(buildOk({ "src/main.ts": main, "src/k.ts": "export const k: i32 = 1;\n" }, { optimize: 0 })))).toBe(0);
    fs.writeFileSync(path.join(dir, "src", "k.ts"), "export const k: i32 = 2;\n");
    await reports(2);
    expect(instantiate(fs.readFileSync(path.join(dir, "build", "f.wasm"))).f()).toBe(2);
    fs.writeFileSync(path.join(dir, "src", "k.ts"), "export const k: i32 = \"two\";\n");
    expect(await reports(3)).toMatch(/src\/k\.ts\(1,14\): error TS2322[^]*1 error \(\d+ ms\)\. Watching src for changes\.\n$/);
    // Saved as editors that write a new file and rename it over the old one do (vim, sed -i), twice: the watch still hears the file.
    for (const [k, n] of [[3, 4], [4, 5]]) {
      fs.writeFileSync(path.join(dir, "src", "k.ts.tmp"), `export const k: i32 = ${k};\n`);
      fs.renameSync(path.join(dir, "src", "k.ts.tmp"), path.join(dir, "src", "k.ts"));
      await reports(n);
      expect(instantiate(fs.readFileSync(path.join(dir, "build", "f.wasm"))).f()).toBe(k);
    }
    // A folder made after the watch began is watched too.
    fs.mkdirSync(path.join(dir, "src", "more"));
    await new Promise((r) => setTimeout(r, 200));
    fs.writeFileSync(path.join(dir, "src", "more", "m.ts"), "export const m: i32 = 6;\n");
    fs.writeFileSync(path.join(dir, "src", "k.ts"), `import { m } from "./more/m";\nexport const k: i32 = m;\n`);
    await reports(6);
    fs.writeFileSync(path.join(dir, "src", "more", "m.ts"), "export const m: i32 = 7;\n");
    await reports(7);
    expect(instantiate(fs.readFileSync(path.join(dir, "build", "f.wasm"))).f()).toBe(7);
  } finally {
    child.kill();
  }
});

test("build -p reads the plugin entry of a tsconfig: its options and paths, and builds the files it includes", () => {
  const plugin = { transform: "ts-wasmexport/transformer", transformProgram: true, outFile: "out/m.wasm", textFile: true, wasi: true };
  const { dir } = writeFiles({
    "p/tsconfig.json": `// comments are allowed\n${JSON.stringify({ compilerOptions: { plugins: [plugin] }, include: ["src"] })}\n`,
    "p/src/main.ts": `import { k } from "./k";\n// @wasmexport f\nexport function f(): i32 { console.log("hi"); return k; }\n`,
    "p/src/k.ts": "export const k: i32 = 7;\n",
  });
  expect(cli(dir, "build", "-p", "p")).toEqual({ status: 0, stdout: expect.stringMatching(/^p\/out\/m\.wasm: \d+ bytes\n$/), stderr: "" });
  expect(fs.readFileSync(path.join(dir, "p", "out", "m.wat"), "utf8")).toContain('(import "wasi_snapshot_preview1"');
  // A flag overrides the entry's option; the tsconfig file itself may be named.
  expect(cli(dir, "build", "--project", "p/tsconfig.json", "-o", "elsewhere.wasm").status).toBe(0);
  expect(fs.existsSync(path.join(dir, "elsewhere.wasm"))).toBe(true);
  // A file that no other imports: its exports go into the module too, as tspc builds them; FILE builds one file.
  fs.writeFileSync(path.join(dir, "p", "src", "other.ts"), "// @wasmexport g\nexport function g(): i32 { return 1; }\n");
  const exported = () => WebAssembly.Module.exports(new WebAssembly.Module(fs.readFileSync(path.join(dir, "p", "out", "m.wasm")))).map((e) => e.name);
  expect(cli(dir, "build", "-p", "p").status).toBe(0);
  expect(exported()).toEqual(expect.arrayContaining(["f", "g"]));
  expect(cli(dir, "build", "-p", "p", "p/src/other.ts").status).toBe(0);
  expect(exported()).toContain("g");
  expect(exported()).not.toContain("f");
  fs.writeFileSync(path.join(dir, "p", "tsconfig.json"), JSON.stringify({ include: ["src"] }));
  expect(cli(dir, "build", "-p", "p")).toEqual({ status: 2, stdout: "", stderr: `ts-wasmexport: p/tsconfig.json has no plugin entry { "transform": "ts-wasmexport/transformer", … } to build from.\n` });
  expect(cli(dir, "build", "-p", "nowhere").stderr).toBe("ts-wasmexport: no tsconfig.json at 'nowhere'.\n");
});

test("usage errors exit 2 with the usage text", () => {
  const result = cli(REPO, "build", "x.ts");
  expect(result.status).toBe(2);
  expect(result.stderr).toContain("Usage: ts-wasmexport build FILE -o OUT.wasm");
});

test("--version and --help answer on every command", () => {
  const version = JSON.parse(fs.readFileSync(path.join(REPO, "package.json"), "utf8")).version;
  for (const args of [["--version"], ["-v"], ["build", "--version"], ["init", "--version"]]) {
    expect(cli(REPO, ...args)).toEqual({ status: 0, stdout: `${version}\n`, stderr: "" });
  }
  expect(cli(REPO, "--help").stdout).toMatch(/^Usage: ts-wasmexport COMMAND[\s\S]*build FILE -o OUT\.wasm[\s\S]*init \[DIR\]/);
  expect(cli(REPO, "build", "--help").stdout).toMatch(/^Usage: ts-wasmexport build FILE -o OUT\.wasm/);
  expect(cli(REPO, "init", "-h").stdout).toMatch(/^Usage: ts-wasmexport init \[DIR\]/);
  expect(cli(REPO, "check", "--help").stdout).toMatch(/^Usage: ts-wasmexport check\n/);
  // The default is what asc gives the module, not one page (docs/dialect.md, the options table).
  expect(cli(REPO, "build", "--help").stdout).toContain("--initial-memory PAGES  initial linear memory in 64 KiB pages (default: what the static data needs)");
  const bare = cli(REPO);
  expect(bare.status).toBe(2);
  expect(bare.stderr).toContain("Usage: ts-wasmexport COMMAND");
});

test("check answers 0 and says nothing with a TypeScript the compiler can use (the starter's prebuild)", () => {
  expect(cli(REPO, "check")).toEqual({ status: 0, stdout: "", stderr: "" });
  expect(cli(REPO, "check", "x").status).toBe(2);
});

describe("init", () => {
  const TSPC = path.join(REPO, "node_modules", "ts-patch", "bin", "tspc.js");

  /** The project's own packages, as `npm install` would have put them: ts-wasmexport is this repository. */
  function linkPackages(dir: string): void {
    fs.mkdirSync(path.join(dir, "node_modules"), { recursive: true });
    fs.symlinkSync(REPO, path.join(dir, "node_modules", "ts-wasmexport"), "dir");
  }

  test("writes a starter that builds with tspc and runs in Node, in a folder without package.json", () => {
    const { dir } = writeFiles({ "README.md": "a folder with no package.json\n" });
    const result = cli(dir, "init", "app");
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("Next: cd app && npm install && npm start");
    const app = path.join(dir, "app");
    const manifest = JSON.parse(fs.readFileSync(path.join(app, "package.json"), "utf8"));
    expect(manifest.scripts).toEqual({ prebuild: "ts-wasmexport check", build: "tspc -p .", start: "npm run build && node run.mjs", watch: "ts-wasmexport build -p . --watch" });
    expect(manifest.type).toBe("module");
    expect(Object.keys(manifest.devDependencies).sort()).toEqual(["ts-patch", "ts-wasmexport", "typescript"]);
    expect(manifest.devDependencies.typescript).toMatch(/^5\./);

    linkPackages(app);
    const built = spawnSync(process.execPath, [TSPC, "-p", "."], { cwd: app, encoding: "utf8" });
    expect(built.stdout + built.stderr).toBe("");
    expect(built.status).toBe(0);
    expect(instantiate(fs.readFileSync(path.join(app, "build", "main.wasm"))).sum_of_squares(10)).toBe(385n);
    const run = spawnSync(process.execPath, ["run.mjs"], { cwd: app, encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(run.stdout).toBe("sum_of_squares(10) = 385\n");
    // The watch script's build: the CLI with the tsconfig's plugin entry makes tspc's module, byte for byte.
    const byTspc = fs.readFileSync(path.join(app, "build", "main.wasm"));
    fs.rmSync(path.join(app, "build"), { recursive: true });
    expect(cli(app, "build", "-p", ".")).toEqual({ status: 0, stdout: `build/main.wasm: ${byTspc.length} bytes\n`, stderr: "" });
    expect(Buffer.compare(fs.readFileSync(path.join(app, "build", "main.wasm")), byTspc)).toBe(0);
    // With a second file whose export nothing imports: both build it into the module, the same bytes.
    fs.writeFileSync(path.join(app, "src", "extra.ts"), "// @wasmexport triple\nexport function triple(x: i32): i32 { return 3 * x; }\n");
    expect(spawnSync(process.execPath, [TSPC, "-p", "."], { cwd: app, encoding: "utf8" }).status).toBe(0);
    const bothByTspc = fs.readFileSync(path.join(app, "build", "main.wasm"));
    expect(instantiate(bothByTspc).triple(5)).toBe(15);
    expect(cli(app, "build", "-p", ".").status).toBe(0);
    expect(Buffer.compare(fs.readFileSync(path.join(app, "build", "main.wasm")), bothByTspc)).toBe(0);
    fs.rmSync(path.join(app, "src", "extra.ts"));
    // The bindings are an ES module in a .js file: under the starter's "type": "module", Node loads them without a warning.
    expect(cli(app, "build", "src/main.ts", "-o", "build/bound.wasm", "--bindings", "build/bound.js").status).toBe(0);
    const script = `import { readFile } from "node:fs/promises"; import { instantiate } from "./build/bound.js";
      const m = await instantiate(await readFile("build/bound.wasm")); console.log(String(m.sum_of_squares(3)));`;
    const bound = spawnSync(process.execPath, ["--input-type=module", "-e", script], { cwd: app, encoding: "utf8" });
    expect(bound.stderr).toBe("");
    expect(bound.stdout).toBe("14\n");
  });

  test("adds its scripts to an existing package.json, keeps the project's own, and never overwrites a file", () => {
    const { dir } = writeFiles({ "package.json": JSON.stringify({ name: "mine", type: "commonjs", scripts: { build: "make" } }) });
    const result = cli(dir, "init");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("package.json already has a 'build' script; the starter's would be: tspc -p .");
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8"));
    expect(manifest).toMatchObject({ name: "mine", type: "commonjs", scripts: { build: "make", start: "npm run build && node run.mjs" } });
    // As `npm init -y` writes it: bindings built as .js would not load there.
    expect(result.stdout).toContain(`Note: package.json says "type": "commonjs", which the starter does not need; but if you add the option 'bindings' (typed JavaScript bindings), its ES module loads from a .js file only under "type": "module", so set that or name the bindings .mjs.`);
    // run.mjs is an ES module whatever the project's "type" says.
    const again = cli(dir, "init");
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/^ts-wasmexport: tsconfig\.json, src\/main\.ts, run\.mjs already exist in .*; nothing was written\.\n$/);
  });

  test("leaves the \"type\" of an existing package.json as it is, and says what the bindings need", () => {
    const { dir } = writeFiles({ "package.json": JSON.stringify({ name: "typeless" }) });
    const result = cli(dir, "init");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`Note: package.json has no "type", which the starter does not need; but if you add the option 'bindings'`);
    expect(JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8")).type).toBeUndefined();
  });
});
