// docs/dialect.md's "Setting up a project", as written: its tsconfig.json, and every command of
// its shell block run in a project made of it (the README's example as src/main.ts). A one-shot
// command must write its module; a watching one must build, then rebuild after an edit.
import { spawn, spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { instantiate, REPO, tempDir } from "./helpers";

const DOC = fs.readFileSync(path.join(REPO, "docs", "dialect.md"), "utf8");
const SETUP = DOC.slice(DOC.indexOf("## Setting up a project"), DOC.indexOf("\n## ", DOC.indexOf("## Setting up a project") + 1));
const TSCONFIG = /```json\n\/\/ tsconfig\.json\n([\s\S]*?)```/.exec(SETUP)![1];
const COMMANDS = /```sh\n([\s\S]*?)```/.exec(SETUP)![1].split("\n").map((l) => l.replace(/#.*$/, "").trim()).filter(Boolean);
const EXAMPLE = /```ts\n([\s\S]*?)```/.exec(fs.readFileSync(path.join(REPO, "README.md"), "utf8"))![1];

/** `npx tspc …` and `npx ts-wasmexport …` as a project that installed the package runs them. */
const BINS: Record<string, string> = {
  tspc: path.join(REPO, "node_modules", "ts-patch", "bin", "tspc.js"),
  "ts-wasmexport": path.join(REPO, "bin", "ts-wasmexport.js"),
};

function project(): string {
  const dir = tempDir("wx-dialect-doc-");
  fs.writeFileSync(path.join(dir, "tsconfig.json"), TSCONFIG);
  fs.mkdirSync(path.join(dir, "src"));
  fs.writeFileSync(path.join(dir, "src", "main.ts"), EXAMPLE);
  fs.mkdirSync(path.join(dir, "node_modules"));
  fs.symlinkSync(REPO, path.join(dir, "node_modules", "ts-wasmexport"), "dir");
  return dir;
}

/** The command's words after `npx`, and the module it writes (its -o, or the tsconfig's outFile). */
function parse(command: string): { bin: string; args: string[]; out: string } {
  const [npx, bin, ...args] = command.split(/\s+/);
  expect([npx, bin in BINS]).toEqual(["npx", true]);
  const o = args.indexOf("-o");
  return { bin: BINS[bin], args, out: o >= 0 ? args[o + 1] : "build/module.wasm" };
}

test("the page shows the commands this test runs", () => {
  expect(COMMANDS).toHaveLength(5);
  expect(JSON.parse(TSCONFIG).compilerOptions.plugins[0].outFile).toBe("build/module.wasm");
});

test.each(COMMANDS.filter((c) => !c.includes("--watch")))("%s", (command) => {
  const dir = project();
  const { bin, args, out } = parse(command);
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: dir, encoding: "utf8" });
  expect(result.stderr).toBe("");
  expect(result.status).toBe(0);
  expect(instantiate(fs.readFileSync(path.join(dir, out))).sum_of_squares(10)).toBe(385n);
  expect(fs.existsSync(path.join(dir, "src", "main.js"))).toBe(false);
});

test.each(COMMANDS.filter((c) => c.includes("--watch")))("%s", async (command) => {
  const dir = project();
  const { bin, args, out } = parse(command);
  const child = spawn(process.execPath, [bin, ...args, ...(bin === BINS.tspc ? ["--preserveWatchOutput"] : [])], { cwd: dir });
  let output = "";
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  // tsc says "Found 0 errors. Watching for file changes."; the CLI "…. Watching src for changes."
  const builds = async (n: number) => {
    for (let i = 0; i < 600 && (output.match(/Watching (?:for file changes|src for changes)/g) ?? []).length < n; i++) await new Promise((r) => setTimeout(r, 100));
    expect((output.match(/Watching (?:for file changes|src for changes)/g) ?? []).length).toBeGreaterThanOrEqual(n);
  };
  try {
    await builds(1);
    expect(instantiate(fs.readFileSync(path.join(dir, out))).sum_of_squares(10)).toBe(385n);
    fs.writeFileSync(path.join(dir, "src", "main.ts"), EXAMPLE.replace("sum += r;", "sum += 2 * r;"));
    await builds(2);
    expect(instantiate(fs.readFileSync(path.join(dir, out))).sum_of_squares(10)).toBe(770n);
  } finally {
    child.kill();
  }
});
