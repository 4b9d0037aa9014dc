// Every example builds with the real tspc, as its README says, and answers as documented.
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";

import { describeHost, wasmtimeHost } from "./hosts/hosts";

const REPO = path.resolve(__dirname, "..");
const TSPC = path.join(REPO, "node_modules", "ts-patch", "bin", "tspc.js");

function buildExample(name: string): Record<string, any> {
  const project = path.join(REPO, "examples", name);
  fs.rmSync(path.join(project, "build"), { recursive: true, force: true });
  execFileSync(process.execPath, [TSPC, "-p", project], { stdio: "pipe" });
  const bytes = fs.readFileSync(path.join(project, "build", "module.wasm"));
  const wasmModule = new WebAssembly.Module(bytes);
  expect(WebAssembly.Module.imports(wasmModule)).toEqual([]);
  return new WebAssembly.Instance(wasmModule, {}).exports;
}

test("examples/signals", () => {
  const e = buildExample("signals");
  e._initialize();
  e.start();
  for (let i = 1; i <= 50; i++) e.process_a(i);
  expect(e.handled()).toBe(50);
  expect(e.stop()).toBe(50);
  expect(e.sum()).toBe(1275n);
});

test("examples/sieve", () => {
  expect(buildExample("sieve").nth_prime(2000)).toBe(17389);
});

test("examples/workers", () => {
  expect(buildExample("workers").sum_of_squares(100, 4)).toBe(338350n);
});

test("examples/debounce: one flush per burst, once the events pause for the quiet period (virtual time)", () => {
  const e = buildExample("debounce");
  e._initialize();
  const ms = 1_000_000n;
  e.start(50n * ms);
  for (let i = 1; i <= 4; i++) {
    e.event(i);
    e.wasmexport_advance(10n * ms);
  }
  expect(e.bursts()).toBe(0);
  expect(e.waiting()).toBe(4);
  expect(e.wasmexport_next_timer()).toBe(40n * ms);
  e.wasmexport_advance(40n * ms);
  expect([e.bursts(), e.last_count(), e.last_sum(), e.waiting()]).toEqual([1, 4, 10n, 0]);
  expect(e.wasmexport_next_timer()).toBe(-1n);
});

test("node examples/run-debounce.js: driveTimers() flushes each burst in real time", () => {
  const out = execFileSync(process.execPath, [path.join(REPO, "examples", "run-debounce.js")], { encoding: "utf8" });
  expect(out).toMatch(/^imports: 0,/m);
  expect(out).toMatch(/3 flushed, the last with 8 events \(sum 36\)/);
});

test("npm run example", () => {
  const out = execFileSync(process.execPath, [path.join(REPO, "examples", "run-signals.js")], { encoding: "utf8" });
  expect(out).toMatch(/The module imports: \(none\)/);
  expect(out).toMatch(/201000 events handled/);
});

describeHost("examples/greeter-component in wasmtime's component API", wasmtimeHost(), ({ python }) => {
  test("builds as a component of its WIT world; greet and greet-all answer, log is called", () => {
    const project = path.join(REPO, "examples", "greeter-component");
    fs.rmSync(path.join(project, "build"), { recursive: true, force: true });
    execFileSync(process.execPath, [TSPC, "-p", project], { stdio: "pipe" });
    const file = path.join(project, "build", "greeter.wasm");
    const out = JSON.parse(execFileSync(python, [path.join(REPO, "tests", "hosts", "wasmtime", "greeter.py"), file], { encoding: "utf8" }));
    const all = ["Hello, Countess Ada!", "Bonjour, Jean!", "こんにちは, Yuki!", "Hello, Nobody!"];
    expect(out).toEqual({ greet: "Guten Tag, Dr. Grace!", "greet-all": all, logged: ["Guten Tag, Dr. Grace!", ...all] });
  });
});
