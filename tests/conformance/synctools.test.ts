// RWMutex, Once and Cond: the dialect program (programs/synctools.ts) and the same program in
// Go (go/synctools.go) print the same lines; misuse panics with Go's words.
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { Exports, load } from "./load";

const printed: bigint[] = [];
const e: Exports = load("synctools", {}, { env: { print: (v: bigint) => void printed.push(v) } });

function run(name: string): string[] {
  printed.length = 0;
  e[name]();
  return printed.map(String);
}

function panicMessage(exports: Exports): string {
  return Buffer.from(new Uint8Array(exports.memory.buffer, exports.wasmexport_panic_ptr(), exports.wasmexport_panic_len())).toString("utf8");
}

const haveGo = spawnSync("go", ["version"]).status === 0;
const goBinary = path.join(__dirname, "..", "..", ".cache", "go", "synctools");

function goLines(name: string): string[] {
  const r = spawnSync(goBinary, [name], { encoding: "utf8" });
  return r.stdout.split("\n").filter((l) => l !== "");
}

beforeAll(() => {
  if (!haveGo) return;
  fs.mkdirSync(path.dirname(goBinary), { recursive: true });
  const built = spawnSync("go", ["build", "-o", goBinary, path.join(__dirname, "go", "synctools.go")], { encoding: "utf8" });
  if (built.status !== 0) throw new Error(`go build failed: ${built.stderr}`);
});

const programs = ["rw_counter", "rw_writer_first", "once", "cond_queue", "cond_broadcast"];

(haveGo ? test.each(programs) : test.skip.each(programs))("%s prints what Go prints", (name) => {
  const expected = goLines(name);
  expect(expected.length).toBeGreaterThan(0);
  if (name === "cond_queue") {
    printed.length = 0;
    e.cond_queue(1000);
    expect(printed.map(String)).toEqual(expected);
  } else {
    expect(run(name)).toEqual(expected);
  }
});

if (!haveGo) test("Go comparison", () => console.warn("go is not on PATH: the Go side of synctools is skipped"));

test.each([
  ["runlock_unlocked", "sync: RUnlock of unlocked RWMutex"],
  ["unlock_unlocked_rw", "sync: Unlock of unlocked RWMutex"],
  ["wait_unlocked", "sync: unlock of unlocked mutex"],
])("%s panics with Go's words", (name, message) => {
  const fresh = load("synctools", {}, { env: { print: () => {} } });
  expect(() => fresh[name]()).toThrow(WebAssembly.RuntimeError);
  expect(panicMessage(fresh)).toBe(message);
  if (haveGo) expect(spawnSync(goBinary, [name], { encoding: "utf8" }).stderr).toContain(`fatal error: ${message}`);
});
