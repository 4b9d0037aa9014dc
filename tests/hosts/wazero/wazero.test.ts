// wazero (Go): tests/hosts/wazero/main.go instantiates each module as a reactor
// (WithStartFunctions("_initialize")), runs the call list and reads panic messages from memory.
import { buildProgram, Call, describeHost, expectPanics, expectDebounce, expectRealtime, DEBOUNCE_CALLS, expectSignalsOutput, PANIC_CALLS, REALTIME_CALLS, runDriver, signalsCalls, wazeroHost } from "../hosts";

describeHost("wazero (Go)", wazeroHost(), ({ binary }) => {
  const run = (name: "signals" | "panics" | "strings" | "realtime" | "debounce", calls = name === "signals" ? signalsCalls() : PANIC_CALLS) =>
    runDriver(binary, [], buildProgram(name, "wazero").file, calls);

  test("the signal handler: start, process_a 1..100, stop == 100, total == 5050", () => {
    expectSignalsOutput(run("signals"));
  });

  test("a panic traps, its message is read from memory, later calls trap as 'module panicked earlier'", () => {
    expectPanics(run("panics").results, /wasm error: unreachable/);
  });

  test("string parameters written with cabi_realloc, string results read from the return area, kept by goroutines", () => {
    const names = ["world", "", "Grüße, 世界 🎉"];
    const output = run("strings", [
      ...names.map((n): Call => ({ call: "greet", args: [n], result: "string" })),
      ...names.map((n): Call => ({ call: "runes", args: [n] })),
      { call: "seen_names", result: "string" },
    ]);
    expect(output.imports).toEqual([]);
    expect(output.exports).toEqual(["_initialize", "cabi_post_greet", "cabi_post_seen_names", "cabi_realloc", "greet", "memory", "runes", "seen_names", "wasmexport_panic_len", "wasmexport_panic_ptr"]);
    expect(output.results.map((r) => ("value" in r ? r.value : r))).toEqual([
      ...names.map((n) => `Hello, ${n}!`),
      ...names.map((n) => [...n].length),
      names.map((n) => n + ";").join(""),
    ]);
  });

  test("examples/debounce, a zero-import module whose clock the host moves with wasmexport_advance", () => {
    expectDebounce(run("debounce", DEBOUNCE_CALLS));
  });

  test("real time under WASI: sleeps, a select timeout and a ticker wait in poll_oneoff, in deadline order; a due timer fires while goroutines keep the run queue busy", () => {
    expectRealtime(run("realtime", REALTIME_CALLS));
  });
});
