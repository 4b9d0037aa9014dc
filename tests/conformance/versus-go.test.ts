// Programs written twice, in the dialect and in Go, run and compared line by line: what they
// print, and the panic that ends them (Go's `panic: …` line). Each pair is versus-go/NAME.ts
// and versus-go/NAME.go; the dialect side exports `main` and prints with console.log.
import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { compile } from "../../transformer/compile";

const DIR = path.join(__dirname, "versus-go");

function hasGo(): boolean {
  try {
    execFileSync("go", ["version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

/** The first line of a Go program's stderr that reports how it ended, if it did not end well. */
function endingLine(stderr: string): string[] {
  const line = stderr.split("\n").find((l) => l.startsWith("panic: ") || l.startsWith("fatal error: "));
  return line ? [line.replace(/ \[recovered\]$/, "")] : [];
}

/** What the Go program prints, then how it ended. */
function runGo(name: string): string[] {
  const run = spawnSync("go", ["run", path.join(DIR, `${name}.go`)], { encoding: "utf8", env: { ...process.env, GOFLAGS: "-mod=mod", GO111MODULE: "auto" } });
  if (run.error) throw run.error;
  const ending = endingLine(run.stderr);
  if (run.status !== 0 && ending.length === 0) throw new Error(`go run ${name}.go failed:\n${run.stderr}`);
  return [...lines(run.stdout), ...ending];
}

/**
 * What the dialect program prints (WASI's stdout) when a host calls `main`, then its panic as
 * Go words it. A runtime error's position in the dialect file (` at main.ts:12:5`) is left
 * out: Go prints it in the goroutine trace, not in the panic line.
 */
function runDialect(name: string): string[] {
  const result = compile({ entry: path.join(DIR, `${name}.ts`), wasi: true });
  if (!result.binary) throw new Error(result.errorText);
  const { WASI } = require("node:wasi");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "wx-vs-go-"));
  const out = fs.openSync(path.join(dir, "out"), "w");
  const err = fs.openSync(path.join(dir, "err"), "w");
  const wasi = new WASI({ version: "preview1", stdout: out, stderr: err });
  const instance = new WebAssembly.Instance(new WebAssembly.Module(result.binary), wasi.getImportObject());
  wasi.initialize(instance);
  let trapped = false;
  try {
    (instance.exports.main as () => void)();
  } catch (e) {
    if (!(e instanceof WebAssembly.RuntimeError)) throw e;
    trapped = true;
  }
  fs.closeSync(out);
  fs.closeSync(err);
  const stderr = fs.readFileSync(path.join(dir, "err"), "utf8");
  const ending = trapped ? endingLine(stderr).map((l) => l.replace(/ at [^ ]+:\d+:\d+$/, "")) : [];
  if (trapped && ending.length === 0) throw new Error(`${name}: trapped without a panic message:\n${stderr}`);
  return [...lines(fs.readFileSync(path.join(dir, "out"), "utf8")), ...ending];
}

function lines(text: string): string[] {
  return text.split("\n").filter((l, i, all) => l !== "" || i < all.length - 1);
}

const PROGRAMS: [string, string][] = [
  ["loopvar", "a for-let counter captured by go() and assigned in the body is per iteration"],
  ["members", "a blocking call followed by a member access and a call"],
  ["deferpanic", "deferred calls run while a panic unwinds"],
  ["relay", "a go() closure in a generic function that does not block"],
  ["super", "super.m() where m blocks"],
  ["indexerror", "an index out of range in a goroutine panics with Go's words"],
  ["indexnegative", "a negative index, written in a goroutine, panics with Go's words (no length)"],
  ["positions", "blocking calls in every expression position, left to right, operands only when reached"],
  ["compound", "x -= a - <-ch on a field, an element and a shared variable is x - (a - <-ch)"],
];

const go = hasGo();
if (!go) {
  test.skip("the dialect against Go: skipped, 'go' is not on the PATH (install Go 1.22 or later to run these)", () => {});
}

describe.each(PROGRAMS)("%s against Go", (name, what) => {
  (go ? test : test.skip)(what, () => {
    expect(runDialect(name)).toEqual(runGo(name));
  });
});
