// Runtime benchmarks on hand-written frames (see programs.js), each beside its target and a
// JavaScript async/await baseline run in the same process. Usage: node bench/runtime/run.js
// Exports run() for bench/run.js; prints a table when run directly.
"use strict";
const path = require("path");
const { source, exportsList } = require("./programs");
const js = require("./async-baseline");
const { measure, measureAsync } = require("../measure");

const REPO = path.resolve(__dirname, "..", "..");
const dist = (p) => require(path.join(REPO, "dist", "transformer", p));

function build(runtime) {
  const { runAsc } = dist("asc/bridge.js");
  const { ascArgs, configFile, runtimeFiles, NO_INLINE } = dist("abi/module.js");
  const options = { seed: 1n, wasi: false, runtime, optimize: 3, shrink: 0, initialMemory: 1 };
  const entry = [
    `import { Frame, spawn, exportEnter, exportLeave, exportRun, initDone, Chan, sendDone, Select, chanRecv, chanSend, newFrame, stateOf, setState, received, leave } from "./ts-wasmexport/runtime/index";`,
    `export { wasmexport_panic_ptr, wasmexport_panic_len } from "./ts-wasmexport/runtime/index";`,
    source,
    `initDone();`,
  ].join("\n");
  const exports = Object.fromEntries(exportsList.map((e) => [e, e]));
  const result = runAsc({
    files: { ...runtimeFiles(REPO), "ts-wasmexport/config.ts": configFile(options), "main.ts": entry },
    entry: "main.ts",
    args: ascArgs(options),
    exports,
    keep: ["memory", "_initialize", "wasmexport_panic_ptr", "wasmexport_panic_len"],
    lazyInit: exportsList,
    // As a program's build: the rare paths (a panic's message writing, …) stay out of line.
    noInline: NO_INLINE,
    wantText: false,
  });
  if (!result.binary) throw new Error(`build failed: ${result.error} ${JSON.stringify(result.diagnostics)}`);
  return result.binary;
}

/**
 * Bytes per parked goroutine: `e.park(n)` parks n more. The allocator doubles linear memory
 * when it runs out, so growth over a whole run overstates the cost; park in steps instead
 * and read the heap when memory was full, just before each growth.
 */
function parkedBytes(e, total = 1_000_000, step = 10_000) {
  const base = e.memory.buffer.byteLength;
  let parked = 0;
  let before = base;
  let bytes = NaN;
  while (parked < total) {
    e.park(step);
    parked += step;
    const now = e.memory.buffer.byteLength;
    if (now > before && before > base) bytes = (before - base) / (parked - step);
    before = now;
  }
  return bytes;
}

function instance(binary) {
  const e = new WebAssembly.Instance(new WebAssembly.Module(binary), {}).exports;
  e._initialize();
  return e;
}

/**
 * Runs per figure. The machine has slow spells of a few seconds; with 7 runs, one spell
 * moved the ping-pong median by 10%.
 */
const RUNS = 21;

async function run({ runtime = "incremental" } = {}) {
  const e = instance(build(runtime));
  const rows = [];
  const row = (workload, unit, ours, target, baseline) => rows.push({ workload, unit, runtime, ours, target, baseline });

  const HOPS = 1_000_000;
  row("unbuffered ping-pong", "ns/hop", measure(() => e.pingpong(HOPS / 2), HOPS, RUNS, 1), "≤ 10",
    await measureAsync(() => js.pingpong(HOPS / 2), HOPS, 5));

  const N = 1_000_000;
  row("buffered channel (cap 128)", "ns/value", measure(() => e.buffered(N), N, RUNS, 1), "",
    await measureAsync(() => js.buffered(N, 128), N, 5));

  row("spawn + finish trivial goroutine", "ns", measure(() => e.spawnMany(N), N, RUNS, 1), "≤ 40",
    await measureAsync(() => js.spawnMany(N), N, 5));
  // The same, 100 goroutines per export call: ended goroutines' frames are reused.
  row("spawn + finish, 100 per call", "ns", measure(() => { for (let i = 0; i < N / 100; i++) e.spawnMany(100); }, N, RUNS, 1), "≤ 40",
    await measureAsync(async () => { for (let i = 0; i < N / 100; i++) await js.spawnMany(100); }, N, 5));

  for (const k of [2, 8]) {
    row(`select, ${k} cases`, "ns/select", measure(() => e.selectK(k, N / 2), N / 2, RUNS, 1), "",
      await measureAsync(() => js.selectK(k, N / 2), N / 2, 5));
  }

  const CALLS = 5_000_000;
  const fast = measure(() => { let x = 0; for (let i = 0; i < CALLS; i++) x = e.fastPath(x); }, CALLS, RUNS, 1);
  const plain = measure(() => { let x = 0; for (let i = 0; i < CALLS; i++) x = e.plain(x); }, CALLS, RUNS, 1);
  row("non-blocking export call", "ns/call", fast, "≤ 1.5× plain", plain);
  rows[rows.length - 1].baselineName = "plain AssemblyScript export";
  rows[rows.length - 1].ratio = fast.median / plain.median;

  // Memory per parked goroutine: a fresh instance, 1M parked.
  const bytes = parkedBytes(instance(build(runtime)));
  row("memory per parked goroutine (1M parked)", "bytes", { median: bytes, min: bytes, max: bytes }, "≤ 64",
    { median: NaN, min: NaN, max: NaN });

  for (const r of rows) if (!r.baselineName) r.baselineName = "JS async/await channel";
  return rows;
}

function format(rows) {
  const f = (s) => (Number.isFinite(s.median) ? s.median.toFixed(s.median < 10 ? 2 : 1) : "–");
  const lines = ["| workload | unit | ours (median, min–max) | target | baseline | baseline figure | ours / baseline |", "|---|---|---|---|---|---|---|"];
  for (const r of rows) {
    lines.push(`| ${r.workload} | ${r.unit} | ${f(r.ours)} (${r.ours.min.toFixed(1)}–${r.ours.max.toFixed(1)}) | ${r.target} | ${r.baselineName} | ${f(r.baseline)} | ${(r.ours.median / r.baseline.median).toFixed(3)} |`);
  }
  return lines.join("\n");
}

module.exports = { run, format, build, instance, parkedBytes };

if (require.main === module) {
  (async () => {
    if (process.argv[2] === "--json") {
      // For bench/run.js, which runs this in a process of its own.
      process.stdout.write(JSON.stringify(await run()));
      return;
    }
    const runtimes = process.argv.slice(2).length ? process.argv.slice(2) : ["incremental"];
    for (const runtime of runtimes) {
      console.log(`\nruntime: ${runtime}`);
      console.log(format(await run({ runtime })));
    }
  })().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
