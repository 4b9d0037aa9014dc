// Node's WebAssembly, the host every machine has: an empty import object, _initialize, the exports.
import { WASI } from "node:wasi";
import { buildProgram, CallResult, Call, expectPanics, expectRealtime, expectSignals, PANIC_CALLS, REALTIME_CALLS, signalsCalls } from "../hosts";

type Exports = Record<string, any> & { memory: WebAssembly.Memory };

/** The drivers' protocol, in process: i64 results come back as BigInt and are turned into numbers. */
function drive(binary: Uint8Array<ArrayBuffer>, calls: Call[]): { imports: WebAssembly.ModuleImportDescriptor[]; results: CallResult[] } {
  const module = new WebAssembly.Module(binary);
  const e = new WebAssembly.Instance(module, {}).exports as Exports;
  e._initialize();
  const results = calls.map((c): CallResult => {
    try {
      const value = e[c.call](...(c.args ?? []));
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

  test("real time under node:wasi: sleeps, a select timeout and a ticker wait in poll_oneoff, in deadline order", () => {
    const module = new WebAssembly.Module(buildProgram("realtime", "node").binary);
    const wasi = new WASI({ version: "preview1" });
    const instance = new WebAssembly.Instance(module, wasi.getImportObject() as WebAssembly.Imports);
    wasi.initialize(instance);
    const e = instance.exports as Exports;
    const results = REALTIME_CALLS.map((c): CallResult => ({ call: c.call, value: Number(e[c.call]()) }));
    expectRealtime({ imports: WebAssembly.Module.imports(module).map((i) => `${i.module}.${i.name}`), results });
  });
});
