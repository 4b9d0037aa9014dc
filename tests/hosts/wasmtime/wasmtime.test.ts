// wasmtime (the Python package, a native host): tests/hosts/wasmtime/driver.py loads each module
// with no imports, calls _initialize, runs the call list and reads panic messages from memory.
import { buildProgram, describeHost, expectPanics, expectDebounce, expectRealtime, DEBOUNCE_CALLS, expectSignalsOutput, PANIC_CALLS, REALTIME_CALLS, runDriver, signalsCalls, wasmtimeHost, WASMTIME_VERSION } from "../hosts";

describeHost(`wasmtime ${WASMTIME_VERSION} (Python)`, wasmtimeHost(), ({ python, driver }) => {
  const run = (name: "signals" | "panics" | "realtime" | "debounce", calls = name === "signals" ? signalsCalls() : PANIC_CALLS) =>
    runDriver(python, [driver], buildProgram(name, "wasmtime").file, calls);

  test("the signal handler: start, process_a 1..100, stop == 100, total == 5050", () => {
    expectSignalsOutput(run("signals"));
  });

  test("a panic traps, its message is read from memory, later calls trap as 'module panicked earlier'", () => {
    expectPanics(run("panics").results, /unreachable/);
  });

  test("examples/debounce, a zero-import module whose clock the host moves with wasmexport_advance", () => {
    expectDebounce(run("debounce", DEBOUNCE_CALLS));
  });

  test("real time under WASI: sleeps, a select timeout and a ticker wait in poll_oneoff, in deadline order; a due timer fires while goroutines keep the run queue busy", () => {
    const output = run("realtime", REALTIME_CALLS);
    expectRealtime(output);
  });
});
