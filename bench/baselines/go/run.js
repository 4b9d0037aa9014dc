// The Go baseline: bench/programs/workloads.ts's programs in Go (work.go), exported with
// //go:wasmexport (wasm.go) and built with GOOS=wasip1 GOARCH=wasm -buildmode=c-shared, run in
// Node's WASI and in wasmtime (Python, when .cache/venv has it); and the same code natively.
// Usage: node bench/baselines/go/run.js (prints a table); bench/run.js calls run().
"use strict";
const fs = require("fs");
const path = require("path");
const { execFileSync, spawnSync } = require("child_process");

const REPO = path.resolve(__dirname, "..", "..", "..");
const OUT = path.join(REPO, ".cache", "go-bench");

const { measure } = require("../../measure");

/** Go's runs are slow: five runs after one warm-up. */
const measureGo = (f, units, runs = 5) => measure(f, units, runs, 1);

const WORKLOADS = [
  ["unbuffered ping-pong", "ns/hop"],
  ["buffered channel (cap 128)", "ns/value"],
  ["spawn + finish a trivial goroutine", "ns"],
  ["spawn + finish, 100 goroutines per export call", "ns"],
  ["select, 2 cases", "ns/select"],
  ["select, 8 cases", "ns/select"],
  ["prime sieve to the 2 000th prime", "ms"],
  ["export call, non-blocking", "ns/call"],
  ["export call that parks and is woken", "ns/call"],
  ["memory per parked goroutine (1M parked)", "bytes"],
  ["module size", "bytes"],
];

function haveGo() {
  return spawnSync("go", ["version"], { encoding: "utf8" }).status === 0;
}

function build() {
  fs.mkdirSync(OUT, { recursive: true });
  const env = { ...process.env, GOFLAGS: "-mod=mod" };
  const wasmEnv = { ...env, GOOS: "wasip1", GOARCH: "wasm" };
  execFileSync("go", ["build", "-buildmode=c-shared", "-o", path.join(OUT, "bench.wasm"), "."], { cwd: __dirname, env: wasmEnv, stdio: "pipe" });
  execFileSync("go", ["build", "-buildmode=c-shared", "-o", path.join(OUT, "signals.wasm"), "."], { cwd: path.join(__dirname, "signals"), env: wasmEnv, stdio: "pipe" });
  execFileSync("go", ["build", "-o", path.join(OUT, "native"), "."], { cwd: __dirname, env, stdio: "pipe" });
}

function nodeWasi() {
  const { WASI } = require("node:wasi");
  const wasi = new WASI({ version: "preview1", returnOnExit: true });
  const mod = new WebAssembly.Module(fs.readFileSync(path.join(OUT, "bench.wasm")));
  const instance = new WebAssembly.Instance(mod, wasi.getImportObject());
  wasi.initialize(instance);
  return instance.exports;
}

// Sized so that the whole run (build, node:wasi, wasmtime, native) stays near 80 s on 2 cores.
const N = 200_000;
const CALLS = 2_000_000;
const PARKED = 1_000_000;
const SIEVE = 2000;

const NODE = "go-wasip1 (node:wasi)";

/** Memory per parked goroutine in node:wasi: a fresh instance's linear memory growth over a million goroutines parked for good (about 2.7 GB). */
function parkedInNode() {
  const p = nodeWasi();
  const before = p.memory.buffer.byteLength;
  p.park(PARKED);
  const bytes = (p.memory.buffer.byteLength - before) / PARKED;
  return { workload: "memory per parked goroutine (1M parked)", unit: "bytes", system: NODE, median: bytes, min: bytes, max: bytes, note: "linear memory growth / 1 000 000" };
}

/** Every workload in node:wasi, on its own (bench/run.js measures them beside ours instead). */
function inNode() {
  const system = NODE;
  const e = nodeWasi();
  const rows = [];
  const row = (workload, unit, s) => rows.push({ workload, unit, system, ...s });
  row("unbuffered ping-pong", "ns/hop", measureGo(() => e.pingpong(N), 2 * N));
  row("buffered channel (cap 128)", "ns/value", measureGo(() => e.buffered(N), N));
  row("spawn + finish a trivial goroutine", "ns", measureGo(() => e.spawn(N), N));
  row("spawn + finish, 100 goroutines per export call", "ns", measureGo(() => { for (let i = 0; i < N / 100; i++) e.spawn(100); }, N));
  row("select, 2 cases", "ns/select", measureGo(() => e.select2(N / 2), N / 2));
  row("select, 8 cases", "ns/select", measureGo(() => e.select8(N / 2), N / 2));
  // About 3 s a run in wasm: three runs, no warm-up (the first run is within the spread).
  row("prime sieve to the 2 000th prime", "ms", measure(() => e.sieve(SIEVE), 1e6, 3, 0));
  row("export call, non-blocking", "ns/call", measureGo(() => { for (let i = 0; i < CALLS; i++) e.noop(i); }, CALLS));
  row("export call that parks and is woken", "ns/call", measureGo(() => { for (let i = 0; i < CALLS / 20; i++) e.roundtrip(i); }, CALLS / 20));
  rows.push(parkedInNode());
  return rows;
}

function inWasmtime() {
  const python = path.join(REPO, ".cache", "venv", "bin", "python");
  const system = "go-wasip1 (wasmtime)";
  if (!fs.existsSync(python) || spawnSync(python, ["-c", "import wasmtime"]).status !== 0) {
    return [{ workload: "unbuffered ping-pong", unit: "ns/hop", system, median: null, min: null, max: null, note: "skipped: the Python package wasmtime is not importable from .cache/venv/bin/python" }];
  }
  const script = `
import json, sys, time, wasmtime
engine = wasmtime.Engine()
store = wasmtime.Store(engine)
linker = wasmtime.Linker(engine)
linker.define_wasi()
store.set_wasi(wasmtime.WasiConfig())
module = wasmtime.Module.from_file(engine, sys.argv[1])
inst = linker.instantiate(store, module)
ex = inst.exports(store)
ex["_initialize"](store)
def measure(f, units, runs=5, warmups=1):
    for _ in range(warmups): f()
    xs = []
    for _ in range(runs):
        t0 = time.perf_counter(); f(); xs.append((time.perf_counter() - t0) * 1e9 / units)
    xs.sort()
    return {"median": xs[len(xs)//2], "min": xs[0], "max": xs[-1]}
N = ${N}
CALLS = 20000
def calls():
    f = ex["noop"]
    for i in range(CALLS): f(store, i)
rows = [
  ["unbuffered ping-pong", "ns/hop", measure(lambda: ex["pingpong"](store, N), 2 * N)],
  ["buffered channel (cap 128)", "ns/value", measure(lambda: ex["buffered"](store, N), N)],
  ["spawn + finish a trivial goroutine", "ns", measure(lambda: ex["spawn"](store, N), N)],
  ["spawn + finish, 100 goroutines per export call", "ns", dict(measure(lambda: [ex["spawn"](store, 100) for _ in range(N // 100)], N), note="called from Python: the Python loop and binding add to each call")],
  ["select, 2 cases", "ns/select", measure(lambda: ex["select2"](store, N // 2), N // 2)],
  ["select, 8 cases", "ns/select", measure(lambda: ex["select8"](store, N // 2), N // 2)],
  ["prime sieve to the 2 000th prime", "ms", measure(lambda: ex["sieve"](store, ${SIEVE}), 1e6, 3, 0)],
  ["export call, non-blocking", "ns/call", dict(measure(calls, CALLS), note="called from Python: the Python loop and binding dominate")],
]
print(json.dumps(rows))
`;
  const out = execFileSync(python, ["-c", script, path.join(OUT, "bench.wasm")], { encoding: "utf8" });
  return JSON.parse(out).map(([workload, unit, s]) => ({ workload, unit, system, ...s }));
}

function native() {
  const out = execFileSync(path.join(OUT, "native"), { encoding: "utf8", env: { ...process.env, GOMAXPROCS: "1" } });
  return JSON.parse(out).map((r) => ({ ...r, system: "go native (GOMAXPROCS=1)" }));
}

let built = false;

/**
 * Builds Go's modules when Go is here. Answers `nodeWasi`, which instantiates the workloads'
 * module in Node's WASI (for bench/run.js to measure beside ours), or null and why not.
 */
function prepare() {
  if (!haveGo()) return { nodeWasi: null, note: "Go is not installed (no go on PATH)" };
  try {
    build();
    built = true;
    return { nodeWasi, note: "" };
  } catch (err) {
    return { nodeWasi: null, note: `the Go build failed: ${String(err.message).split("\n")[0]}` };
  }
}

/** The Go rows. With `nodeWasiMeasured`, the timed node:wasi rows are left to the caller. */
async function run({ nodeWasiMeasured = false } = {}) {
  if (!haveGo()) {
    const note = "Go is not installed (no go on PATH): the Go columns are empty";
    return WORKLOADS.map(([workload, unit]) => ({ workload, unit, system: NODE, median: null, min: null, max: null, note }));
  }
  if (!built) build();
  const size = fs.statSync(path.join(OUT, "signals.wasm")).size;
  const all = fs.statSync(path.join(OUT, "bench.wasm")).size;
  const rows = [
    ...(nodeWasiMeasured ? [parkedInNode()] : inNode()),
    { workload: "module size", unit: "bytes", system: "go-wasip1 (node:wasi)", median: size, min: size, max: size, note: "examples/signals in Go (signals/main.go)" },
    { workload: "module size, all workloads (bench.wasm)", unit: "bytes", system: "go-wasip1 (node:wasi)", median: all, min: all, max: all },
    ...inWasmtime(),
    ...native(),
  ];
  return rows;
}

module.exports = { run, prepare, instantiateNodeWasi: nodeWasi, WORKLOADS, NODE };

if (require.main === module) {
  run().then((rows) => {
    for (const r of rows) console.log(`${r.system.padEnd(28)} ${r.workload.padEnd(42)} ${r.median == null ? "–" : r.median.toFixed(2)} ${r.unit}${r.note ? `  (${r.note})` : ""}`);
  }, (err) => {
    console.error(err);
    process.exit(1);
  });
}
