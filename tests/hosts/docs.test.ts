// Every snippet of docs/hosts.md, run as written: the program is built by the page's own
// commands, and each host's snippet is saved under the name its first line gives and run.
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { describeHost, REPO, wasmtimeHost } from "./hosts";

const DOC = fs.readFileSync(path.join(REPO, "docs", "hosts.md"), "utf8");
const BIN = path.join(REPO, "bin", "ts-wasmexport.js");

/** The page's code blocks by the file name on their first line (`// run.mjs`, `# run.py`); shell blocks by position. */
const blocks = [...DOC.matchAll(/```(\w+)\n([\s\S]*?)```/g)].map(([, lang, text]) => ({ lang, text, name: /^(?:\/\/|#) ([\w./-]+)\n/.exec(text)?.[1] }));
const file = (name: string) => blocks.find((b) => b.name === name)!.text;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "wx-hosts-doc-"));
const run = (command: string, args: string[], cwd = dir) => spawnSync(command, args, { cwd, encoding: "utf8", timeout: 300_000, env: { ...process.env, GOTOOLCHAIN: process.env.GOTOOLCHAIN ?? "local", NODE_NO_WARNINGS: "1" } });

beforeAll(() => {
  fs.mkdirSync(path.join(dir, "src"));
  fs.writeFileSync(path.join(dir, "src", "main.ts"), file("src/main.ts"));
  // The page's build commands, with this repository's CLI for `npx ts-wasmexport`.
  const commands = blocks.find((b) => b.lang === "sh")!.text.split("\n").map((l) => l.replace(/#.*$/, "").trim()).filter(Boolean);
  expect(commands).toHaveLength(2);
  for (const command of commands) {
    const [, ...args] = command.replace(/^npx /, "").split(/\s+/);
    const built = run(process.execPath, [BIN, ...args]);
    if (built.status !== 0) throw new Error(`${command}: ${built.stderr}`);
  }
  const plugin = run(process.execPath, [BIN, "build", path.join(REPO, "examples", "extism-plugin", "src", "main.ts"), "-o", "build/plugin.wasm"]);
  if (plugin.status !== 0) throw new Error(plugin.stderr);
  // The JavaScript snippets import @extism/extism as a project that installed it would.
  fs.mkdirSync(path.join(dir, "node_modules"));
  fs.symlinkSync(path.join(REPO, "node_modules", "@extism"), path.join(dir, "node_modules", "@extism"), "dir");
  for (const b of blocks) if (b.name && b.name !== "src/main.ts" && b.name !== "main.go") fs.writeFileSync(path.join(dir, b.name), b.text);
}, 300_000);

describe("Node", () => {
  test("run.mjs", () => {
    const result = run(process.execPath, ["run.mjs"]);
    expect(result.stderr).toBe("");
    expect(result.stdout).toBe("5\npanic: boom\n");
  });

  test("run-wasi.mjs: the panic message on stderr", () => {
    const result = run(process.execPath, ["run-wasi.mjs"]);
    expect(result.stdout).toBe("5\ntrapped: unreachable\n");
    expect(result.stderr).toContain("boom");
  });
});

describe("Extism (@extism/extism)", () => {
  test("extism.mjs runs the example plug-in", () => {
    const result = run(process.execPath, ["extism.mjs"]);
    expect(result.stderr).toBe("");
    expect(result.stdout).toBe("3\n");
  });

  test("extism-panic.mjs reads the panic message after the failed call", () => {
    const result = run(process.execPath, ["extism-panic.mjs"]);
    expect(result.stderr).toBe("");
    expect(result.stdout).toMatch(/unreachable; panic: boom\n$/);
  });
});

describeHost("wasmtime (Python)", wasmtimeHost(), ({ python }) => {
  test("run.py", () => {
    const result = run(python, ["run.py"]);
    expect(result.stderr).toBe("");
    expect(result.stdout).toBe("5\npanic: boom\n");
  });

  test("run_wasi.py: Linker.define_wasi and WasiConfig, the panic message on stderr", () => {
    const result = run(python, ["run_wasi.py"]);
    expect(result.stdout).toBe("5\ntrapped\n");
    expect(result.stderr).toContain("boom");
  });
});

const go = run("go", ["version"]);
describeHost("wazero (Go)", go.status === 0 ? { ok: true, value: null } : { ok: false, reason: "no Go toolchain ('go') on PATH" }, () => {
  const program = fs.mkdtempSync(path.join(os.tmpdir(), "wx-hosts-doc-go-"));
  const binary = path.join(program, "host");

  beforeAll(() => {
    // The wazero version the page names, pinned as in tests/hosts/wazero.
    const goMod = fs.readFileSync(path.join(__dirname, "wazero", "go.mod"), "utf8").replace(/^module .*$/m, "module example.com/host");
    expect(goMod).toContain("github.com/tetratelabs/wazero v1.12.0");
    fs.writeFileSync(path.join(program, "go.mod"), goMod);
    fs.copyFileSync(path.join(__dirname, "wazero", "go.sum"), path.join(program, "go.sum"));
    fs.writeFileSync(path.join(program, "main.go"), file("main.go"));
    const built = run("go", ["build", "-buildvcs=false", "-mod=readonly", "-o", binary, "."], program);
    if (built.status !== 0) throw new Error(built.stderr);
  }, 600_000);

  test("main.go with a module without imports", () => {
    const result = run(binary, ["build/module.wasm"]);
    expect(result.stderr).toBe("");
    expect(result.stdout).toBe("5\npanic: boom\n");
  });

  test("main.go with a module built with wasi: the panic message on stderr too", () => {
    const result = run(binary, ["build/module-wasi.wasm"]);
    expect(result.stdout).toBe("5\npanic: boom\n");
    expect(result.stderr).toContain("boom");
  });
});
