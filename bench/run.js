// npm run bench: every workload on our compiled dialect programs beside the baselines, in one
// run, as medians with min and max, and ratios. Writes bench/results.md and results.json.
//
//   ours         bench/programs/workloads.ts compiled by ts-wasmexport (default options, and
//                with the minimal runtime), called from Node
//   runtime      the same work on hand-written frames (bench/runtime): the runtime alone
//   floor        bench/programs/floor.ts: plain AssemblyScript, no goroutines (where possible)
//   js-async     the same programs with async/await channels in Node (what users write today)
//   go-*         the same programs in Go with //go:wasmexport (bench/baselines/go), if Go is here
"use strict";
const fs = require("fs");
const path = require("path");
const { execFileSync } = require("child_process");
const js = require("./runtime/async-baseline");
const { measure, measureAsync, stats } = require("./measure");
const { parkedBytes } = require("./runtime/run");

const REPO = path.resolve(__dirname, "..");
const { compile } = require(path.join(REPO, "dist", "transformer", "compile.js"));

function build(entry, options = {}) {
  const r = compile({ entry: path.join(REPO, entry), ...options });
  if (!r.binary) throw new Error(r.errorText);
  return r.binary;
}

function instance(binary) {
  const e = new WebAssembly.Instance(new WebAssembly.Module(binary), {}).exports;
  e._initialize();
  return e;
}

const N = 500_000;
const CALLS = 2_000_000;

/** The workloads on one of our modules (dialect or floor); missing exports give null. */
function wasmWorkloads(binary) {
  const e = instance(binary);
  const has = (name) => typeof e[name] === "function";
  const rows = {};
  if (has("pingpong")) rows.pingpong = measure(() => e.pingpong(N), 2 * N);
  if (has("buffered")) rows.buffered = measure(() => e.buffered(N), N);
  if (has("spawn")) rows.spawn = measure(() => e.spawn(N), N);
  if (has("spawn")) rows.spawn100 = measure(() => { for (let i = 0; i < N / 100; i++) e.spawn(100); }, N);
  if (has("select2")) rows.select2 = measure(() => e.select2(N / 2), N / 2);
  if (has("select8")) rows.select8 = measure(() => e.select8(N / 2), N / 2);
  if (has("sieve")) rows.sieve = measure(() => e.sieve(2000), 1e6, 3);
  if (has("noop")) rows.noop = measure(() => { for (let i = 0; i < CALLS; i++) e.noop(i); }, CALLS);
  if (has("roundtrip")) rows.roundtrip = measure(() => { for (let i = 0; i < CALLS / 10; i++) e.roundtrip(i); }, CALLS / 10);
  if (has("park")) {
    const bytes = parkedBytes(instance(binary));
    rows.park = { median: bytes, min: bytes, max: bytes };
  }
  return rows;
}

async function jsWorkloads() {
  return {
    pingpong: await measureAsync(() => js.pingpong(N / 2), N),
    buffered: await measureAsync(() => js.buffered(N, 128), N),
    spawn: await measureAsync(() => js.spawnMany(N), N),
    spawn100: await measureAsync(async () => { for (let i = 0; i < N / 100; i++) await js.spawnMany(100); }, N),
    select2: await measureAsync(() => js.selectK(2, N / 10), N / 10),
    select8: await measureAsync(() => js.selectK(8, N / 10), N / 10),
    sieve: await measureAsync(() => js.sieve(2000), 1e6, 3),
    roundtrip: await measureAsync(async () => { for (let i = 0; i < CALLS / 20; i++) await js.roundtrip(i); }, CALLS / 20),
    park: (() => {
      // A process of its own, with the collector exposed, so the heap is measured after a collection.
      const out = execFileSync(process.execPath, ["--expose-gc", "-e", `console.log(require(${JSON.stringify(path.join(__dirname, "runtime", "async-baseline.js"))}).parkedBytes(200000))`], { encoding: "utf8" });
      const b = Number(out.trim());
      return { median: b, min: b, max: b };
    })(),
  };
}

const WORKLOADS = [
  ["pingpong", "unbuffered ping-pong", "ns/hop"],
  ["buffered", "buffered channel (cap 128)", "ns/value"],
  ["spawn", "spawn + finish a trivial goroutine", "ns"],
  ["spawn100", "spawn + finish, 100 goroutines per export call", "ns"],
  ["select2", "select, 2 cases", "ns/select"],
  ["select8", "select, 8 cases", "ns/select"],
  ["sieve", "prime sieve to the 2 000th prime", "ms"],
  ["noop", "export call, non-blocking", "ns/call"],
  ["roundtrip", "export call that parks and is woken", "ns/call"],
  ["park", "memory per parked goroutine (1M parked)", "bytes"],
];

function buildTimes() {
  const entry = path.join(REPO, "examples", "signals", "src", "main.ts");
  const script = `const t0=Date.now();const {compile}=require(${JSON.stringify(path.join(REPO, "dist", "transformer", "compile.js"))});` +
    `const t1=Date.now();const r=compile({entry:${JSON.stringify(entry)}});const t2=Date.now();` +
    `const r2=compile({entry:${JSON.stringify(entry)},seed:2});const t3=Date.now();` +
    `console.log(JSON.stringify({cold:t2-t0,warm:t3-t2,size:r.binary.length}));process.exit(0);`;
  const colds = [];
  const warms = [];
  let size = 0;
  for (let i = 0; i < 3; i++) {
    const out = JSON.parse(execFileSync(process.execPath, ["-e", script], { encoding: "utf8" }).trim().split("\n").pop());
    colds.push(out.cold);
    warms.push(out.warm);
    size = out.size;
  }
  return { cold: stats(colds), warm: stats(warms), size };
}

async function optional(file) {
  const full = path.join(__dirname, file);
  if (!fs.existsSync(full)) return { rows: [], note: `${file} not present` };
  try {
    return { rows: await require(full).run(), note: "" };
  } catch (err) {
    return { rows: [], note: `${file} failed: ${err.message.split("\n")[0]}` };
  }
}

async function main() {
  const started = Date.now();
  console.log("building the workloads…");
  const oursDefault = build("bench/programs/workloads.ts");
  const oursMinimal = build("bench/programs/workloads.ts", { runtime: "minimal" });
  const floor = build("bench/programs/floor.ts");
  console.log("ours (incremental runtime, the default)…");
  const ours = wasmWorkloads(oursDefault);
  console.log("ours (minimal runtime)…");
  const minimal = wasmWorkloads(oursMinimal);
  console.log("floor (plain AssemblyScript)…");
  const floorRows = wasmWorkloads(floor);
  console.log("JavaScript async/await…");
  const jsRows = await jsWorkloads();
  console.log("runtime on hand-written frames…");
  const runtime = await optional("runtime/run.js");
  console.log("Go…");
  const go = await optional("baselines/go/run.js");
  console.log("build times…");
  const builds = buildTimes();

  const goBy = (system, key) => {
    const label = WORKLOADS.find((w) => w[0] === key)[1];
    const row = go.rows.find((r) => r.system === system && r.workload === label);
    return row && row.median != null ? row : null;
  };
  const goSystems = [...new Set(go.rows.map((r) => r.system))];
  const rtBy = (key) => {
    const map = { pingpong: "unbuffered ping-pong", buffered: "buffered channel (cap 128)", spawn: "spawn + finish trivial goroutine", spawn100: "spawn + finish, 100 per call", select2: "select, 2 cases", select8: "select, 8 cases", noop: "non-blocking export call", park: "memory per parked goroutine (1M parked)" };
    const row = runtime.rows.find((r) => r.workload === map[key]);
    return row ? row.ours : null;
  };

  const results = WORKLOADS.map(([key, workload, unit]) => {
    const row = { workload, unit, ours: ours[key] ?? null, oursMinimal: minimal[key] ?? null, runtime: rtBy(key), floor: floorRows[key] ?? null, jsAsync: jsRows[key] ?? null, go: {} };
    for (const s of goSystems) row.go[s] = goBy(s, key);
    return row;
  });
  const goSize = go.rows.find((r) => r.workload === "module size");
  results.push({ workload: "module size of examples/signals", unit: "bytes", ours: { median: builds.size, min: builds.size, max: builds.size }, go: goSize ? { [goSize.system]: goSize } : {} });
  results.push({ workload: "build time of examples/signals, cold process", unit: "ms", ours: builds.cold, go: {} });
  results.push({ workload: "build time of examples/signals, warm (second build in the process)", unit: "ms", ours: builds.warm, go: {} });

  const fmt = (s) => (s && s.median != null ? (s.median >= 100 ? s.median.toFixed(0) : s.median.toFixed(s.median >= 10 ? 1 : 2)) : "–");
  const range = (s) => (s && s.median != null && s.min !== s.max ? ` (${fmt({ median: s.min })}–${fmt({ median: s.max })})` : "");
  const ratio = (a, b) => (a && b && a.median && b.median ? (a.median / b.median).toFixed(2) + "×" : "–");
  const head = ["workload", "unit", "ours", "ours, minimal runtime", "runtime alone", "floor (plain AS)", "JS async/await", ...goSystems, "ours ÷ floor", "ours ÷ runtime alone", "JS ÷ ours", ...goSystems.map((s) => `${s} ÷ ours`)];
  const lines = [`| ${head.join(" | ")} |`, `|${head.map(() => "---").join("|")}|`];
  for (const r of results) {
    const cells = [r.workload, r.unit, fmt(r.ours) + range(r.ours), fmt(r.oursMinimal), fmt(r.runtime), fmt(r.floor), fmt(r.jsAsync),
      ...goSystems.map((s) => fmt(r.go[s])), ratio(r.ours, r.floor), ratio(r.ours, r.runtime), ratio(r.jsAsync, r.ours), ...goSystems.map((s) => ratio(r.go[s], r.ours))];
    lines.push(`| ${cells.join(" | ")} |`);
  }
  const notes = [runtime.note, go.note, ...go.rows.filter((r) => r.note).map((r) => `${r.system}: ${r.note}`)].filter(Boolean);
  // Why a cell is "–": the reason for each empty column of a row.
  const empty = [
    "floor (plain AS): select, an export call that parks and a parked goroutine need goroutines; plain AssemblyScript has none.",
    "runtime alone: the hand-written frames (bench/runtime) cover the runtime's primitives; the sieve and the export round trip exist only as dialect programs.",
    "JS async/await: a non-blocking export is a plain function call in JavaScript; there is no boundary to measure.",
    "go-wasip1 (wasmtime): driven from Python, whose per-call cost would hide an export round trip; a million parked goroutines take Go about 2.7 GB, measured once in node:wasi.",
    "module size and build times: properties of the build, measured for the default options; module size compared with the same program in Go.",
  ];
  const md = [
    "# Benchmark results",
    "",
    `One run of \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${require("os").cpus().length} cores (${require("os").cpus()[0].model}).`,
    "Medians of several runs, with min–max for ours; times are per unit. \"ours\" is bench/programs/workloads.ts compiled with the",
    "default options (incremental runtime); \"runtime alone\" is the same work on hand-written frames (bench/runtime);",
    "\"floor\" is bench/programs/floor.ts, the same work in plain AssemblyScript with no goroutines.",
    "",
    ...lines,
    "",
    ...(notes.length ? ["Notes:", ...[...new Set(notes)].map((n) => `- ${n}`), ""] : []),
    "Empty cells:",
    ...empty.map((n) => `- ${n}`),
    "",
    `Total time of the run: ${((Date.now() - started) / 1000).toFixed(0)} s.`,
    "",
  ].join("\n");
  fs.writeFileSync(path.join(__dirname, "results.md"), md);
  fs.writeFileSync(path.join(__dirname, "results.json"), JSON.stringify({ date: new Date().toISOString(), node: process.version, results, runtimeRows: runtime.rows, goRows: go.rows, notes }, null, 2));
  console.log("\n" + md);
}

main().then(() => process.exit(0), (err) => {
  console.error(err);
  process.exit(1);
});
