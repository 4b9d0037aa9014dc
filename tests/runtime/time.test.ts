// Time: sleep, timers, tickers, select timeouts and contexts (docs/dialect.md, "Time"), and how
// a host drives the clock (docs/abi.md, "Time"). Without WASI the clock is virtual, so every
// test here is deterministic and none of them waits: a program that sleeps an hour returns at
// once, having observed the hour.
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { compile } from "../../transformer/compile";
import { buildOk, instantiate as instantiateBinary } from "../foundation/helpers";

const HERE = path.join(__dirname, "time");
const SECOND = 1_000_000_000n;

type Exports = Record<string, any> & { memory: WebAssembly.Memory };

function build(name: string, options: Record<string, unknown> = {}): Uint8Array {
  const result = compile({ entry: path.join(HERE, `${name}.ts`), ...options });
  if (!result.binary) throw new Error(result.errorText);
  return result.binary;
}

let virtual: Uint8Array | undefined;
/** A fresh instance of virtual.ts; `onHostCall` is what its host import does. */
function instance(onHostCall: (e: Exports) => void = () => {}): Exports {
  virtual ??= build("virtual");
  let e: Exports;
  e = new WebAssembly.Instance(new WebAssembly.Module(virtual), { env: { host_call: () => onHostCall(e) } }).exports as Exports;
  e._initialize();
  return e;
}

function panicMessage(e: Exports): string {
  return Buffer.from(new Uint8Array(e.memory.buffer, e.wasmexport_panic_ptr(), e.wasmexport_panic_len())).toString("utf8");
}

function expectPanic(e: Exports, call: () => unknown): string {
  expect(call).toThrow(WebAssembly.RuntimeError);
  return panicMessage(e);
}

test("timing programs print what Go prints: select timeouts, sleepers, a slow ticker, Timer.stop/reset, contexts, len and cap of timer channels (every runtime)", () => {
  // Go in real time: durations are multiples of 40 ms, printed in those units, rounded down.
  // On a loaded machine a Go run can stall past a 40 ms step (its ticker then drops ticks):
  // when the outputs differ, Go runs again, up to three times, and the first run that matches
  // stands (the virtual clock's output is fixed, so a run that stalled is the odd one out).
  const bin = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "wx-time-")), "compare");
  execFileSync("go", ["build", "-o", bin, "."], { cwd: path.join(HERE, "compare") });
  const runGo = () => execFileSync(bin, { encoding: "utf8" }).trim().split("\n");
  let go = runGo();
  expect(go.length).toBe(43);
  for (const runtime of ["incremental", "minimal", "stub"]) {
    const out: string[] = [];
    const binary = build("compare", { runtime });
    const e = new WebAssembly.Instance(new WebAssembly.Module(binary), { env: { line: (code: number, v: bigint) => out.push(`${code} ${v}`) } }).exports as Exports;
    e._initialize();
    for (const scenario of ["select_timeout", "sleepers", "ticker", "timers", "contexts", "lengths"]) e[scenario]();
    for (let again = 0; again < 2 && JSON.stringify(out) !== JSON.stringify(go); again++) go = runGo();
    expect({ runtime, out }).toEqual({ runtime, out: go });
  }
});

test("docs/dialect.md's Time example answers as the page says", () => {
  const page = fs.readFileSync(path.join(__dirname, "..", "..", "docs", "dialect.md"), "utf8");
  const source = /## Time\n\n```ts\n([\s\S]*?)```/.exec(page)![1];
  const e = instantiateBinary(buildOk({ "src/main.ts": source }));
  const ms = 1_000_000n;
  expect(e.ask(50n * ms)).toBe(42);
  expect(e.ask(SECOND)).toBe(-1);
  expect(e.ticks(55n * ms)).toBe(5);
  // ask(Second)'s reply goroutine is still asleep: the host moves the clock past it.
  expect(e.wasmexport_next_timer()).toBeGreaterThan(0n);
});

test("sleep observes the duration in virtual time; the clock starts at 0", () => {
  const e = instance();
  expect(e.now()).toBe(0n);
  expect(e.slept(2n * SECOND)).toBe(2n * SECOND);
  expect(e.now()).toBe(2n * SECOND);
  expect(e.slept(3600n * SECOND)).toBe(3600n * SECOND);
});

test("zero and negative durations fire at once (Go's rule): sleep does not even yield", () => {
  const e = instance();
  expect(e.sleep_zero(0n)).toBe(0);
  expect(e.sleep_zero(-5n)).toBe(0);
  expect(e.sleep_zero(1n)).toBe(1);
  expect(e.after_zero(0n)).toBe(0);
  expect(e.after_zero(-SECOND)).toBe(0);
  expect(e.after_zero(1n)).toBe(1);
  expect(e.now()).toBe(1n);
});

test("deadlock detection stays exact: a pending timer is not a deadlock, and once timers can wake no one it is", () => {
  const e = instance();
  expect(e.late_send()).toBe(5);
  expect(e.now()).toBe(SECOND);
  expect(expectPanic(e, () => e.late_deadlock())).toBe("all goroutines are asleep - deadlock! (export late_deadlock)");
});

test("goroutines waiting on timers when a call returns stay parked; the host moves the clock", () => {
  const e = instance();
  expect(e.wasmexport_next_timer()).toBe(-1n);
  e.sleepers(5, SECOND);
  expect(e.woken()).toBe(0);
  expect(e.now()).toBe(0n);
  expect(e.wasmexport_next_timer()).toBe(SECOND);
  e.wasmexport_advance(SECOND / 2n);
  expect(e.woken()).toBe(0);
  expect(e.wasmexport_next_timer()).toBe(SECOND / 2n);
  e.wasmexport_advance(3n * SECOND);
  expect(e.woken()).toBe(3);
  expect(e.now()).toBe(3n * SECOND + SECOND / 2n);
  expect(e.wasmexport_next_timer()).toBe(SECOND / 2n);
  e.wasmexport_advance(10n * SECOND);
  expect(e.woken()).toBe(5);
  expect(e.wasmexport_next_timer()).toBe(-1n);
  // A call that returns while its goroutine sleeps does not move the clock either.
  const t = e.now();
  expect(e.return_early()).toBe(t);
  expect(e.now()).toBe(t);
  expect(e.wasmexport_next_timer()).toBe(1_000_000n);
});

test("advance fires a ticker once per interval, deadline by deadline; a stopped ticker fires no more", () => {
  const e = instance();
  e.start_ticking(SECOND);
  e.wasmexport_advance(10n * SECOND + 1n);
  expect(e.ticks()).toBe(10);
  e.wasmexport_advance(SECOND);
  expect(e.ticks()).toBe(11);
  expect(e.stop_ticking()).toBe(11);
  expect(e.wasmexport_next_timer()).toBe(-1n);
  e.wasmexport_advance(5n * SECOND);
  expect(e.ticks()).toBe(11);
});

test("wasmexport_advance with a negative duration is a panic that says why", () => {
  const e = instance();
  expect(expectPanic(e, () => e.wasmexport_advance(-1n))).toBe("wasmexport_advance: negative duration -1 (the clock only moves forward)");
  expect(expectPanic(e, () => e.now())).toMatch(/^module panicked earlier: wasmexport_advance: negative duration/);
});

test("wasmexport_advance from inside a host import runs a nested call; the goroutine in the import is untouched", () => {
  const e = instance((x) => x.wasmexport_advance(SECOND));
  expect(e.advance_inside()).toBe(11);
  expect(e.now()).toBe(SECOND);
});

test("tickers with a non-positive interval panic with Go's messages", () => {
  const a = instance();
  expect(expectPanic(a, () => a.zero_ticker())).toBe("non-positive interval for NewTicker");
  const b = instance();
  expect(expectPanic(b, () => b.reset_ticker())).toBe("non-positive interval for Ticker.Reset");
});

test("a timeout in a loop leaves no pending timer behind: a channel's timer is in the heap only while someone waits on it", () => {
  const e = instance();
  expect(e.timeouts(100_000)).toBe(100_000);
  expect(e.parked_timeouts(100_000)).toBe(100_000);
  expect(e.wasmexport_next_timer()).toBe(-1n);
  const bytes = e.memory_bytes();
  for (let i = 0; i < 10; i++) e.parked_timeouts(100_000);
  // Kept, a million timers with their channels would take over 100 MB.
  expect(e.memory_bytes()).toBeLessThan(bytes + 32 * 1024 * 1024);
  expect(e.now()).toBe(0n);
});

test("a timer nobody waits on keeps no one from a deadlock; a due one fires when a select looks at its channel", () => {
  const e = instance();
  expect(e.due_unwaited()).toBe(0);
  expect(expectPanic(e, () => e.unwaited_deadlock())).toBe("all goroutines are asleep - deadlock! (export unwaited_deadlock)");
});

test("a deadline past the end of the clock saturates instead of wrapping into the past", () => {
  const e = instance();
  e.slept(SECOND);
  e.far_timer();
  expect(e.wasmexport_next_timer()).toBe(2n ** 63n - 1n - SECOND);
  expect(e.stop_far_timer()).toBe(1);
  expect(e.wasmexport_next_timer()).toBe(-1n);
});

test("goroutines parked on the channels of stopped timers are collected: memory stays flat", () => {
  const e = instance();
  const rounds = 40;
  for (let i = 0; i < rounds; i++) e.forgotten(50_000);
  // Each round leaves 50 000 timers, channels and goroutines behind (about 250 bytes each):
  // kept, even the 48-byte timers alone would take 96 MB.
  expect(e.memory_bytes()).toBeLessThan(rounds * 50_000 * 48);
});

test("1 million pending timers cost at most 64 bytes each beyond their goroutines", () => {
  const n = 1_000_000;
  const growth = (timers: number) => {
    const e = instance();
    const before = e.heap_top();
    e.park_many(n, timers);
    return { e, bytes: e.heap_top() - before };
  };
  const sleeping = growth(1);
  const blocked = growth(0);
  const perTimer = (sleeping.bytes - blocked.bytes) / n;
  console.log(`pending timers: ${perTimer.toFixed(1)} bytes each (sleeping goroutines ${(sleeping.bytes / n).toFixed(1)} B, blocked ${(blocked.bytes / n).toFixed(1)} B)`);
  expect(sleeping.e.wasmexport_next_timer()).toBe(3600n * SECOND);
  expect(perTimer).toBeGreaterThan(0);
  expect(perTimer).toBeLessThanOrEqual(64);
});

test("a file that imports none of Chan, Timer or Context still keeps their values across a park (namespace imports too)", () => {
  const e = new WebAssembly.Instance(new WebAssembly.Module(build("unnamed")), {}).exports as Exports;
  e._initialize();
  expect(e.waits()).toBe(5n * SECOND + 1n);
});

test("contexts: a child cancelled on its own leaves its parent (no leak, no pending deadline); cancelling a root reaches every descendant", () => {
  const e = instance();
  expect(e.short_contexts(100_000)).toBe(100_000);
  const bytes = e.memory_bytes();
  for (let i = 0; i < 10; i++) e.short_contexts(100_000);
  // Kept, a million contexts with their channels and timers would take over 150 MB.
  expect(e.memory_bytes()).toBeLessThan(bytes + 32 * 1024 * 1024);
  expect(e.wasmexport_next_timer()).toBe(-1n);
  expect(e.cancel_tree(1000)).toBe(1000);
  expect(e.wasmexport_next_timer()).toBe(-1n);
});

test("only programs that use time export the clock", () => {
  const exportsOf = (b: Uint8Array) => WebAssembly.Module.exports(new WebAssembly.Module(b)).map((x) => x.name);
  expect(exportsOf(build("virtual"))).toEqual(expect.arrayContaining(["wasmexport_next_timer", "wasmexport_advance"]));
  const plain = compile({ entry: path.join(__dirname, "..", "conformance", "programs", "pingpong.ts") });
  expect(exportsOf(plain.binary!)).not.toContain("wasmexport_next_timer");
  expect(exportsOf(plain.binary!)).not.toContain("wasmexport_advance");
});
