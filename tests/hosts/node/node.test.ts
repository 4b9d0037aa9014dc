// Node's WebAssembly, the host every machine has: an empty import object, _initialize, the exports.
import * as fs from "fs";
import { WASI } from "node:wasi";
import * as path from "path";
import { driveTimers } from "ts-wasmexport/host";
import { buildProgram, REPO, CallResult, Call, DEBOUNCE_CALLS, expectDebounce, expectPanics, expectRealtime, expectSignals, PANIC_CALLS, REALTIME_CALLS, signalsCalls } from "../hosts";

type Exports = Record<string, any> & { memory: WebAssembly.Memory };

/** The drivers' protocol, in process: i64 results come back as BigInt and are turned into numbers. */
function drive(binary: Uint8Array<ArrayBuffer>, calls: Call[], bigintParams = new Set<string>()): { imports: WebAssembly.ModuleImportDescriptor[]; results: CallResult[] } {
  const module = new WebAssembly.Module(binary);
  const e = new WebAssembly.Instance(module, {}).exports as Exports;
  e._initialize();
  const results = calls.map((c): CallResult => {
    try {
      // An i64 parameter takes a BigInt: the call lists spell every argument as a number.
      const params = c.args ?? [];
      const value = e[c.call](...(bigintParams.has(c.call) ? params.map(BigInt) : params));
      return { call: c.call, value: value === undefined ? null : Number(value) };
    } catch (err) {
      if (!(err instanceof WebAssembly.RuntimeError)) throw err;
      const message = Buffer.from(new Uint8Array(e.memory.buffer, e.wasmexport_panic_ptr(), e.wasmexport_panic_len())).toString("utf8");
      return { call: c.call, trap: err.message, panic: message };
    }
  });
  return { imports: WebAssembly.Module.imports(module), results };
}

describe("Node's WebAssembly", () => {
  test("the signal handler: start, process_a 1..100, stop == 100, total == 5050", () => {
    const { binary } = buildProgram("signals", "node");
    const { imports, results } = drive(binary, signalsCalls());
    expect(imports).toEqual([]);
    expectSignals(results);
  });

  test("total is an i64: a BigInt in JavaScript", () => {
    const e = new WebAssembly.Instance(new WebAssembly.Module(buildProgram("signals", "node").binary), {}).exports as Exports;
    e._initialize();
    e.start();
    e.process_a(5);
    expect(e.stop()).toBe(1);
    expect(e.total()).toBe(5n);
  });

  test("a panic traps, its message is read from memory, later calls trap as 'module panicked earlier'", () => {
    const { imports, results } = drive(buildProgram("panics", "node").binary, PANIC_CALLS);
    expect(imports).toEqual([]);
    expectPanics(results, /unreachable/);
  });

  test("examples/debounce, a zero-import module whose clock the host moves with wasmexport_advance", () => {
    expectDebounce(drive(buildProgram("debounce", "node").binary, DEBOUNCE_CALLS, new Set(["start", "wasmexport_advance"])));
  });

  test("driveTimers() gives the zero-import module real time from setTimeout: the burst is flushed once the events pause", async () => {
    const instance = new WebAssembly.Instance(new WebAssembly.Module(buildProgram("debounce", "node").binary), {});
    (instance.exports as Exports)._initialize();
    let flushed: () => void;
    const done = new Promise<void>((resolve) => (flushed = resolve));
    const clock = driveTimers(instance, { onAdvance: () => clock.exports.bursts() > 0 && flushed() });
    const api = clock.exports as Exports;
    api.start(20_000_000n);
    for (let i = 1; i <= 3; i++) api.event(i);
    expect(api.bursts()).toBe(0);
    await done;
    clock.stop();
    expect([api.bursts(), api.last_count(), api.last_sum()]).toEqual([1, 3, 6n]);
  });

  test("docs/abi.md's driveTimers() snippet runs as written", () => {
    const page = fs.readFileSync(path.join(REPO, "docs", "abi.md"), "utf8");
    const snippet = /## Time[\s\S]*?```js\n([\s\S]*?)```/.exec(page)![1];
    const instance = new WebAssembly.Instance(new WebAssembly.Module(buildProgram("debounce", "node").binary), {});
    (instance.exports as Exports)._initialize();
    new Function("require", "instance", snippet)(require, instance);
    // start(50 ms) ran: the handler is parked on its events and its stopped timer.
    expect((instance.exports as Exports).bursts()).toBe(0);
    expect((instance.exports as Exports).wasmexport_next_timer()).toBe(-1n);
  });

  test("driveTimers() refuses a module whose program uses no time", () => {
    const instance = new WebAssembly.Instance(new WebAssembly.Module(buildProgram("signals", "node").binary), {});
    expect(() => driveTimers(instance)).toThrow(/exports no wasmexport_next_timer/);
  });

  test("real time under node:wasi: sleeps, a select timeout and a ticker wait in poll_oneoff, in deadline order; a due timer fires while goroutines keep the run queue busy", () => {
    const module = new WebAssembly.Module(buildProgram("realtime", "node").binary);
    const wasi = new WASI({ version: "preview1" });
    const instance = new WebAssembly.Instance(module, wasi.getImportObject() as WebAssembly.Imports);
    wasi.initialize(instance);
    const e = instance.exports as Exports;
    const results = REALTIME_CALLS.map((c): CallResult => ({ call: c.call, value: Number(e[c.call]()) }));
    expectRealtime({ imports: WebAssembly.Module.imports(module).map((i) => `${i.module}.${i.name}`), results });
  });
});
