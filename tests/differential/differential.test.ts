// The differential suite: idiomatic Go concurrency programs, each written in Go (programs/NAME.go)
// and in the dialect (programs/NAME.ts), run by Go and by our compiled module, their outputs
// compared line by line. See "The differential suite" in docs/lowering.md.
//
// Both sides print lines: Go with fmt.Println, the dialect with programs/fmt.ts's println, which
// hands UTF-8 bytes to a host import. A program that panics ends its output with one line
// `panic: MESSAGE`: Go's `panic: …` and `fatal error: …` (a deadlock, an unlock of an unlocked
// mutex) from its stderr, the dialect's message from wasmexport_panic_ptr/len (the export's name
// that the dialect adds to a deadlock's message is left out).
import { spawnSync } from "child_process";
import * as crypto from "crypto";
import * as fs from "fs";
import * as path from "path";
import { compile } from "../../transformer/compile";
import { expectedFailures, Expected } from "./expected";

const programsDir = path.join(__dirname, "programs");
// The suite compares what programs do, so it builds with asc's -O0 by default: the module of
// all programs then builds in seconds, where -O3 takes over a minute of CPU (the other suites
// build their programs with the default -O3). DIFFERENTIAL_OPTIMIZE=3 runs the suite on
// modules built as a user's are.
const optimize = Number(process.env.DIFFERENTIAL_OPTIMIZE ?? 0);
const cacheDir = path.join(__dirname, "..", "..", ".cache", "differential");

const programs = fs
  .readdirSync(programsDir)
  .filter((f) => f.endsWith(".go"))
  .map((f) => f.slice(0, -3))
  .sort();

/** The exports a program's test calls, in order: `// calls: a b(5) c` in its .ts, or its name. */
interface Call {
  name: string;
  args: number[];
}

function callsOf(source: string, name: string): Call[] {
  const header = /^\/\/ calls: (.+)$/m.exec(source);
  if (!header) return [{ name, args: [] }];
  return header[1].trim().split(/\s+/).map((word) => {
    const m = /^([\w$]+)(?:\((.*)\))?$/.exec(word);
    if (!m) throw new Error(`${name}.ts: bad call '${word}' in its calls: line`);
    return { name: m[1], args: m[2] ? m[2].split(",").map(Number) : [] };
  });
}

// ---- Go: every program built into one binary (each in a package of its own, `main` renamed
// `Main`, chosen by its name on the command line), cached under .cache/ by the sources' hash.

function goAvailable(): boolean {
  return spawnSync("go", ["version"], { encoding: "utf8" }).status === 0;
}

function buildGo(): string {
  const sources = programs.map((name) => [name, fs.readFileSync(path.join(programsDir, `${name}.go`), "utf8")] as const);
  const hash = crypto.createHash("sha256");
  for (const [name, text] of sources) hash.update(`${name}\0${text}\0`);
  const dir = path.join(cacheDir, `go-${hash.digest("hex").slice(0, 16)}`);
  const binary = path.join(dir, "differential");
  if (fs.existsSync(binary)) return binary;
  // Builds of earlier versions of the sources are left behind: remove them.
  if (fs.existsSync(cacheDir)) {
    for (const old of fs.readdirSync(cacheDir)) if (old.startsWith("go-")) fs.rmSync(path.join(cacheDir, old), { recursive: true, force: true });
  }
  fs.mkdirSync(dir, { recursive: true });
  // go 1.22 or later: each iteration of a loop has its own variable, as in the dialect.
  fs.writeFileSync(path.join(dir, "go.mod"), "module differential\n\ngo 1.22\n");
  const imports: string[] = [];
  const entries: string[] = [];
  for (const [name, text] of sources) {
    if (!/^package main$/m.test(text) || !/^func main\(\) \{$/m.test(text)) throw new Error(`${name}.go: expected 'package main' and 'func main() {'`);
    fs.mkdirSync(path.join(dir, "programs", name), { recursive: true });
    const renamed = text.replace(/^package main$/m, `package ${name}`).replace(/^func main\(\) \{$/m, "func Main() {");
    fs.writeFileSync(path.join(dir, "programs", name, "main.go"), renamed);
    imports.push(`\tp_${name} "differential/programs/${name}"`);
    entries.push(`\t"${name}": p_${name}.Main,`);
  }
  const main = [
    "package main",
    "",
    "import (",
    '\t"os"',
    ...imports,
    ")",
    "",
    "var programs = map[string]func(){",
    ...entries,
    "}",
    "",
    "func main() { programs[os.Args[1]]() }",
    "",
  ].join("\n");
  fs.writeFileSync(path.join(dir, "main.go"), main);
  const built = spawnSync("go", ["build", "-o", binary, "."], { cwd: dir, encoding: "utf8", env: { ...process.env, GOFLAGS: "-buildvcs=false", GOTOOLCHAIN: "local" } });
  if (built.status !== 0) throw new Error(`go build failed:\n${built.stderr}`);
  return binary;
}

// DIFFERENTIAL_GO_RUNS=N runs each Go program N times and fails when its output varies: a
// program whose output depends on goroutine interleaving or on select's random choice cannot
// be compared.
const goRuns = Number(process.env.DIFFERENTIAL_GO_RUNS ?? 1);

function runGoSteadily(binary: string, name: string): string[] {
  const first = runGo(binary, name);
  for (let run = 1; run < goRuns; run++) {
    const again = runGo(binary, name);
    if (JSON.stringify(again) !== JSON.stringify(first)) throw new Error(`${name}.go printed different lines on run ${run + 1}: ${firstDifference(first, again)}`);
  }
  return first;
}

function runGo(binary: string, name: string): string[] {
  const run = spawnSync(binary, [name], { encoding: "utf8", timeout: 20000 });
  const lines = linesOf(run.stdout);
  if (run.status !== 0) {
    const reason = /^(?:panic|fatal error): (.*)$/m.exec(run.stderr);
    if (!reason) throw new Error(`${name}.go exited with ${run.status ?? run.signal}:\n${run.stderr}`);
    lines.push(`panic: ${reason[1]}`);
  }
  return lines;
}

function linesOf(text: string): string[] {
  const lines = text.split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  return lines;
}

// ---- The dialect: the programs expected to agree are built together into one module (an entry
// that imports them all; each program's exports are named after it), each run on an instance of
// its own. Programs listed in expected.ts are built one by one, since one that fails to compile
// would stop the others.

interface Instance {
  exports: Record<string, any> & { memory: WebAssembly.Memory };
  output: () => string[];
}

function instantiate(module: WebAssembly.Module): Instance {
  let text = "";
  let exports!: Instance["exports"];
  const write = (ptr: number, len: number) => {
    text += Buffer.from(new Uint8Array(exports.memory.buffer, ptr, len)).toString("utf8");
  };
  exports = new WebAssembly.Instance(module, { env: { write } }).exports as Instance["exports"];
  return { exports, output: () => linesOf(text) };
}

function runDialect(module: WebAssembly.Module, calls: Call[]): string[] {
  const { exports, output } = instantiate(module);
  try {
    exports._initialize();
    for (const call of calls) {
      if (typeof exports[call.name] !== "function") throw new Error(`no export '${call.name}'`);
      exports[call.name](...call.args);
    }
  } catch (e) {
    if (!(e instanceof WebAssembly.RuntimeError)) throw e;
    const message = Buffer.from(new Uint8Array(exports.memory.buffer, exports.wasmexport_panic_ptr(), exports.wasmexport_panic_len())).toString("utf8");
    // The dialect names where a runtime error happened (` at FILE.ts:LINE:COL`); Go's message has no position.
    return [...output(), `panic: ${message.replace(/ \(export [^)]*\)$/, "").replace(/ at [^ ]*\.ts:\d+:\d+$/, "")}`];
  }
  return output();
}

function buildAll(names: string[]): { module: WebAssembly.Module | null; errorText: string } {
  fs.mkdirSync(cacheDir, { recursive: true });
  const entry = path.join(cacheDir, "all.ts");
  const relative = path.relative(cacheDir, programsDir).split(path.sep).join("/");
  fs.writeFileSync(entry, names.map((n) => `import "${relative}/${n}";\n`).join(""));
  const result = compile({ entry, optimize });
  return { module: result.binary && new WebAssembly.Module(result.binary), errorText: result.errorText };
}

/** Where two outputs first differ, as expected.ts records a mismatch. */
function firstDifference(go: string[], dialect: string[]): string | null {
  for (let i = 0; i < Math.max(go.length, dialect.length); i++) {
    if (go[i] !== dialect[i]) return `line ${i + 1}: Go ${JSON.stringify(go[i] ?? "<end>")}, dialect ${JSON.stringify(dialect[i] ?? "<end>")}`;
  }
  return null;
}

const haveGo = goAvailable();
let goBinary: string | null = null;
let combined: { module: WebAssembly.Module | null; errorText: string };
const agreeing = programs.filter((n) => !(n in expectedFailures));

beforeAll(() => {
  if (haveGo) goBinary = buildGo();
  else console.warn("differential: `go` is not installed, so the Go side is skipped: the dialect programs are only built and run");
  combined = buildAll(agreeing);
});

test("every program has both sides, and every expected failure names a program", () => {
  for (const name of programs) expect(fs.existsSync(path.join(programsDir, `${name}.ts`))).toBe(true);
  const dialectOnly = fs.readdirSync(programsDir).filter((f) => f.endsWith(".ts") && f !== "fmt.ts" && !programs.includes(f.slice(0, -3)));
  expect(dialectOnly).toEqual([]);
  for (const name of Object.keys(expectedFailures)) expect(programs).toContain(name);
  expect(agreeing.length).toBeGreaterThanOrEqual(60);
});

test("the example in docs/lowering.md is the suite's program 'hello'", () => {
  const doc = fs.readFileSync(path.join(__dirname, "..", "..", "docs", "lowering.md"), "utf8");
  const section = doc.slice(doc.indexOf("## The differential suite"));
  expect(/```go\n([\s\S]*?)```/.exec(section)![1]).toBe(fs.readFileSync(path.join(programsDir, "hello.go"), "utf8"));
  expect(/```ts\n([\s\S]*?)```/.exec(section)![1]).toBe(fs.readFileSync(path.join(programsDir, "hello.ts"), "utf8"));
  expect(agreeing).toContain("hello");
});

test("the programs that agree build into one module (export names unique across programs)", () => {
  expect(combined.errorText).toBe("");
});

describe("programs that agree with Go", () => {
  test.each(agreeing)("%s", (name) => {
    const entry = path.join(programsDir, `${name}.ts`);
    // When the module of all programs does not build, each program is built alone, so that
    // only those that do not build fail.
    let module = combined.module;
    if (!module) {
      const alone = compile({ entry, optimize });
      if (!alone.binary) throw new Error(alone.errorText);
      module = new WebAssembly.Module(alone.binary);
    }
    const dialect = runDialect(module, callsOf(fs.readFileSync(entry, "utf8"), name));
    if (goBinary) expect(dialect).toEqual(runGoSteadily(goBinary, name));
    else expect(dialect.length).toBeGreaterThan(0);
  });
});

describe("programs that do not agree yet (fix the compiler, then move them to the list above)", () => {
  const entries = Object.entries(expectedFailures) as [string, Expected][];
  if (entries.length === 0) return;
  test.each(entries)("%s", (name, expected) => {
    const entry = path.join(programsDir, `${name}.ts`);
    const result = compile({ entry, optimize });
    if ("diagnostic" in expected) {
      expect(result.binary).toBeNull();
      expect(result.errorText).toContain(expected.diagnostic);
      return;
    }
    if (!result.binary) throw new Error(`${name}: expected to build and disagree, but:\n${result.errorText}`);
    const dialect = runDialect(new WebAssembly.Module(result.binary), callsOf(fs.readFileSync(entry, "utf8"), name));
    if (!goBinary) return;
    expect(firstDifference(runGoSteadily(goBinary, name), dialect)).toBe(expected.mismatch);
  });
});
