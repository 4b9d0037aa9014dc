// What the host suites share: building the dialect programs once per suite, the call lists
// that drive them, running an out-of-process driver, and the set-up of each host (a venv with
// wasmtime, the wazero driver built with Go), reported as a reason to skip when it cannot be had.
import { spawnSync, SpawnSyncReturns } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { compile } from "../../transformer/compile";

export const REPO = path.resolve(__dirname, "..", "..");
export const CACHE = path.join(REPO, ".cache");
const BUILT = path.join(CACHE, "hosts");

/** The wasmtime Python package the suite installs into `.cache/venv`. */
export const WASMTIME_VERSION = "50.0.1";

/** The dialect programs the suites drive, by name. */
export const PROGRAMS = {
  signals: path.join(REPO, "tests", "conformance", "programs", "signals.ts"),
  panics: path.join(__dirname, "programs", "panics.ts"),
  strings: path.join(__dirname, "programs", "strings.ts"),
  plugin: path.join(REPO, "examples", "extism-plugin", "src", "main.ts"),
  realtime: path.join(__dirname, "programs", "realtime.ts"),
  debounce: path.join(REPO, "examples", "debounce", "src", "main.ts"),
} as const;

/** Build options of the programs that need any. */
const OPTIONS: Partial<Record<keyof typeof PROGRAMS, Record<string, unknown>>> = {
  realtime: { wasi: true },
};

export interface Built {
  binary: Uint8Array<ArrayBuffer>;
  /** The module written to `.cache/hosts/<suite>-<name>.wasm`, for drivers in other processes. */
  file: string;
}

const built = new Map<string, Built>();

/**
 * Compiles a program with the real pipeline, once per suite (jest loads this file anew for each
 * test file); the file name is per suite so that suites running side by side never share one.
 */
export function buildProgram(name: keyof typeof PROGRAMS, suite: string): Built {
  const key = `${suite}-${name}`;
  const done = built.get(key);
  if (done) return done;
  const result = compile({ entry: PROGRAMS[name], ...OPTIONS[name] });
  if (!result.binary) throw new Error(`${name} did not compile:\n${result.errorText}`);
  fs.mkdirSync(BUILT, { recursive: true });
  const file = path.join(BUILT, `${suite}-${name}.wasm`);
  fs.writeFileSync(file, result.binary);
  built.set(key, { binary: new Uint8Array(result.binary), file });
  return built.get(key)!;
}

// ---------------------------------------------------------------------------------------------
// Call lists and what the drivers answer

export interface Call {
  call: string;
  /** Numbers, or strings: written with cabi_realloc and passed as (pointer, length). */
  args?: (number | string)[];
  /** "string": the result is the return area of a string, read and then freed with cabi_post_NAME. */
  result?: "string";
}

export type CallResult =
  | { call: string; value: number | string | null }
  | { call: string; trap: string; panic: string | null };

export interface DriverOutput {
  imports: string[];
  exports: string[];
  results: CallResult[];
  error?: string;
}

/** start, process_a 1..100, stop, total; then a second round on the same instance. */
export function signalsCalls(): Call[] {
  const calls: Call[] = [{ call: "start" }];
  for (let i = 1; i <= 100; i++) calls.push({ call: "process_a", args: [i] });
  calls.push({ call: "stop" }, { call: "total" });
  calls.push({ call: "start" }, { call: "process_a", args: [7] }, { call: "stop" }, { call: "total" });
  return calls;
}

/** The real-time program's calls (programs/realtime.ts), and what every host answers. */
export const REALTIME_CALLS: Call[] = [{ call: "order" }, { call: "timeout" }, { call: "ticks" }, { call: "busy_yield" }, { call: "busy_pingpong" }];

export function expectRealtime(output: { imports: string[]; results: CallResult[] }): void {
  // Only WASI: the clock, poll_oneoff to wait (and fd_write, for a panic's message).
  expect(output.imports).toEqual(expect.arrayContaining(["wasi_snapshot_preview1.clock_time_get", "wasi_snapshot_preview1.poll_oneoff"]));
  expect(output.imports.every((i) => i.startsWith("wasi_snapshot_preview1."))).toBe(true);
  expect(output.results).toEqual([
    { call: "order", value: 231 },
    { call: "timeout", value: 1 },
    { call: "ticks", value: 3 },
    { call: "busy_yield", value: 1 },
    { call: "busy_pingpong", value: 1 },
  ]);
}

const MS = 1_000_000;

/**
 * examples/debounce driven by hand, as a host without a timer helper drives time: a burst of
 * five events 10 ms apart, the quiet period (50 ms) passing in two advances, one more event
 * flushed when the clock reaches its deadline exactly, then a negative advance (a panic).
 */
export const DEBOUNCE_CALLS: Call[] = [
  { call: "start", args: [50 * MS] },
  ...[1, 2, 3, 4, 5].flatMap((v): Call[] => [{ call: "event", args: [v] }, { call: "wasmexport_advance", args: [10 * MS] }]),
  { call: "bursts" },
  { call: "wasmexport_next_timer" },
  { call: "wasmexport_advance", args: [39 * MS] },
  { call: "bursts" },
  { call: "wasmexport_advance", args: [1 * MS] },
  { call: "bursts" },
  { call: "last_count" },
  { call: "last_sum" },
  { call: "wasmexport_next_timer" },
  { call: "event", args: [7] },
  { call: "wasmexport_next_timer" },
  { call: "wasmexport_advance", args: [50 * MS] },
  { call: "bursts" },
  { call: "last_sum" },
  { call: "wasmexport_advance", args: [-1] },
];

export function expectDebounce(output: { imports: unknown[]; results: CallResult[] }): void {
  expect(output.imports).toEqual([]);
  const results = output.results;
  expect(results.slice(0, -1).filter((r) => "trap" in r)).toEqual([]);
  const values = results.filter((r) => r.call !== "event" && r.call !== "start" && !(r.call === "wasmexport_advance" && "value" in r)).map((r) => ("value" in r ? r.value : r.panic));
  expect(values).toEqual([0, 40 * MS, 0, 1, 5, 15, -1, 50 * MS, 2, 7, "wasmexport_advance: negative duration -1 (the clock only moves forward)"]);
}

/** A call that works, the panic, then two calls after it. */
export const PANIC_CALLS: Call[] = [{ call: "fine", args: [41] }, { call: "boom" }, { call: "fine", args: [1] }, { call: "boom" }];

/** What every host must answer for `signalsCalls()`. */
/** A driver's report on the signals module: no imports, exactly the module's exports (docs/abi.md), and the calls' results. */
export function expectSignalsOutput(output: DriverOutput): void {
  expect(output.imports).toEqual([]);
  expect(output.exports).toEqual(["_initialize", "memory", "process_a", "start", "stop", "total", "wasmexport_panic_len", "wasmexport_panic_ptr"]);
  expectSignals(output.results);
}

export function expectSignals(results: CallResult[]): void {
  expect(results).toHaveLength(107);
  expect(results.filter((r) => "trap" in r)).toEqual([]);
  const values = results.map((r) => ("value" in r ? r.value : undefined));
  expect(values.slice(0, 101)).toEqual(new Array(101).fill(null));
  expect(values.slice(101)).toEqual([100, 5050, null, null, 1, 7]);
}

/** What every host must answer for `PANIC_CALLS`; `trapText` is what that host says about an `unreachable` trap. */
export function expectPanics(results: CallResult[], trapText: RegExp): void {
  expect(results).toHaveLength(4);
  expect(results[0]).toEqual({ call: "fine", value: 42 });
  const [first, second, third] = results.slice(1) as Array<{ call: string; trap: string; panic: string | null }>;
  expect(first.trap).toMatch(trapText);
  expect(first.panic).toBe("boom");
  for (const later of [second, third]) {
    expect(later.trap).toMatch(trapText);
    expect(later.panic).toMatch(/^module panicked earlier: boom/);
  }
}

/** Runs a driver on a module with the call list on standard input and parses its JSON answer. */
export function runDriver(command: string, args: string[], module: string, calls: Call[]): DriverOutput {
  const run = spawnSync(command, [...args, module, "-"], { input: JSON.stringify(calls), encoding: "utf8", timeout: 60000 });
  if (run.error) throw run.error;
  const line = run.stdout.trim().split("\n").pop() ?? "";
  let output: DriverOutput;
  try {
    output = JSON.parse(line);
  } catch {
    throw new Error(`${command} printed no JSON (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
  }
  if (output.error) throw new Error(`${command}: ${output.error}\n${run.stderr}`);
  return output;
}

// ---------------------------------------------------------------------------------------------
// Hosts: available, or a reason why not

export type Availability<T> = { ok: true; value: T } | { ok: false; reason: string };

/**
 * `describe` when the host is there; otherwise `describe.skip` with the reason in its title and
 * a console note. With WASMEXPORT_REQUIRE_HOSTS=1 a missing host fails instead of skipping.
 */
export function describeHost<T>(name: string, host: Availability<T>, body: (value: T) => void): void {
  if (host.ok) {
    describe(name, () => body(host.value));
    return;
  }
  const title = `${name} (skipped: ${host.reason})`;
  if (process.env.WASMEXPORT_REQUIRE_HOSTS === "1") {
    describe(name, () => {
      test("the host is available (WASMEXPORT_REQUIRE_HOSTS=1)", () => {
        throw new Error(host.reason);
      });
    });
    return;
  }
  console.warn(`tests/hosts: ${title}`);
  // jest still runs the body of a skipped describe to collect its tests: give it an empty value.
  describe.skip(title, () => body({} as T));
}

function tail(run: SpawnSyncReturns<string>): string {
  const text = `${run.error ? run.error.message : ""}\n${run.stderr ?? ""}\n${run.stdout ?? ""}`.trim();
  return text.split("\n").slice(-3).join(" | ");
}

function sh(command: string, args: string[], options: { cwd?: string; timeout?: number; env?: NodeJS.ProcessEnv } = {}): SpawnSyncReturns<string> {
  return spawnSync(command, args, { encoding: "utf8", timeout: options.timeout ?? 60000, cwd: options.cwd, env: options.env ?? process.env });
}

/**
 * A Python with wasmtime ${WASMTIME_VERSION}: `.cache/venv`, created with `python3 -m venv` and
 * filled with pip the first time, reused while it has the pinned version, made anew when broken.
 */
export function wasmtimeHost(): Availability<{ python: string; driver: string }> {
  const driver = path.join(__dirname, "wasmtime", "driver.py");
  const venv = path.join(CACHE, "venv");
  const python = process.platform === "win32" ? path.join(venv, "Scripts", "python.exe") : path.join(venv, "bin", "python");
  const check = `import importlib.metadata as m, wasmtime; print(m.version("wasmtime"))`;
  const installed = () => fs.existsSync(python) && sh(python, ["-c", check]).stdout?.trim() === WASMTIME_VERSION;
  if (installed()) return { ok: true, value: { python, driver } };

  const base = ["python3", "python"].find((p) => sh(p, ["-c", "import sys; assert sys.version_info >= (3, 9)"]).status === 0);
  if (!base) return { ok: false, reason: "no python3 (3.9 or later) on PATH for the wasmtime venv" };
  if (fs.existsSync(venv) && sh(python, ["-c", "import pip"]).status !== 0) fs.rmSync(venv, { recursive: true, force: true });
  if (!fs.existsSync(python)) {
    fs.mkdirSync(CACHE, { recursive: true });
    const made = sh(base, ["-m", "venv", venv], { timeout: 120000 });
    if (made.status !== 0) return { ok: false, reason: `'${base} -m venv .cache/venv' failed: ${tail(made)}` };
  }
  const pip = sh(python, ["-m", "pip", "install", "--disable-pip-version-check", "--quiet", `wasmtime==${WASMTIME_VERSION}`], { timeout: 300000 });
  if (pip.status !== 0) return { ok: false, reason: `pip could not install wasmtime==${WASMTIME_VERSION} into .cache/venv: ${tail(pip)}` };
  if (!installed()) return { ok: false, reason: `wasmtime ${WASMTIME_VERSION} does not import in .cache/venv` };
  return { ok: true, value: { python, driver } };
}

/** The wazero driver, built with Go from tests/hosts/wazero into `.cache/hosts/` when missing or older than its sources. */
export function wazeroHost(): Availability<{ binary: string }> {
  const source = path.join(__dirname, "wazero");
  const binary = path.join(BUILT, process.platform === "win32" ? "wazero-driver.exe" : "wazero-driver");
  const inputs = ["main.go", "go.mod", "go.sum"].map((f) => fs.statSync(path.join(source, f)).mtimeMs);
  if (fs.existsSync(binary) && fs.statSync(binary).mtimeMs >= Math.max(...inputs)) return { ok: true, value: { binary } };

  const version = sh("go", ["version"]);
  if (version.status !== 0) return { ok: false, reason: "no Go toolchain ('go') on PATH to build the wazero driver" };
  fs.mkdirSync(BUILT, { recursive: true });
  const partial = `${binary}.${process.pid}.tmp`;
  const build = sh("go", ["build", "-buildvcs=false", "-mod=readonly", "-o", partial, "."], {
    cwd: source,
    timeout: 600000,
    env: { ...process.env, GOTOOLCHAIN: process.env.GOTOOLCHAIN ?? "local" },
  });
  if (build.status !== 0) {
    fs.rmSync(partial, { force: true });
    return { ok: false, reason: `'go build' of tests/hosts/wazero failed (${version.stdout.trim()}): ${tail(build)}` };
  }
  fs.renameSync(partial, binary);
  return { ok: true, value: { binary } };
}
