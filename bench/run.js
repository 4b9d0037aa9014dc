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
const { samples, samplesAsync, stats } = require("./measure");
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

// The in-process systems (ours, ours with the minimal runtime, the floor, JavaScript) are
// measured in ROUNDS rounds, one system after the other in each round, and every figure is
// the median of its samples from all rounds. This machine has slow spells that last seconds:
// spread over the whole run, they touch every system alike instead of one system's figures.
const ROUNDS = 4;
const RUNS = 3; // per round: 12 samples in all

/** One round of the workloads on one of our modules (dialect or floor): samples per workload. */
function wasmRound(e) {
  const has = (name) => typeof e[name] === "function";
  const rows = {};
  if (has("pingpong")) rows.pingpong = samples(() => e.pingpong(N), 2 * N, RUNS);
  if (has("buffered")) rows.buffered = samples(() => e.buffered(N), N, RUNS);
  if (has("spawn")) rows.spawn = samples(() => e.spawn(N), N, RUNS);
  if (has("spawn")) rows.spawn100 = samples(() => { for (let i = 0; i < N / 100; i++) e.spawn(100); }, N, RUNS);
  if (has("select2")) rows.select2 = samples(() => e.select2(N / 2), N / 2, RUNS);
  if (has("select8")) rows.select8 = samples(() => e.select8(N / 2), N / 2, RUNS);
  if (has("sieve")) rows.sieve = samples(() => e.sieve(2000), 1e6, 1);
  if (has("noop")) rows.noop = samples(() => { for (let i = 0; i < CALLS; i++) e.noop(i); }, CALLS, RUNS);
  if (has("roundtrip")) rows.roundtrip = samples(() => { for (let i = 0; i < CALLS / 10; i++) e.roundtrip(i); }, CALLS / 10, RUNS);
  return rows;
}

/** Bytes per parked goroutine, on a fresh instance of `binary`. */
function parked(binary) {
  const e = instance(binary);
  if (typeof e.park !== "function") return null;
  const bytes = parkedBytes(e);
  return { median: bytes, min: bytes, max: bytes };
}

async function jsRound() {
  return {
    pingpong: await samplesAsync(() => js.pingpong(N / 2), N, 2),
    buffered: await samplesAsync(() => js.buffered(N, 128), N, 2),
    spawn: await samplesAsync(() => js.spawnMany(N), N, 2),
    spawn100: await samplesAsync(async () => { for (let i = 0; i < N / 100; i++) await js.spawnMany(100); }, N, 2),
    select2: await samplesAsync(() => js.selectK(2, N / 10), N / 10, 2),
    select8: await samplesAsync(() => js.selectK(8, N / 10), N / 10, 2),
    sieve: await samplesAsync(() => js.sieve(2000), 1e6, 1, 0),
    roundtrip: await samplesAsync(async () => { for (let i = 0; i < CALLS / 20; i++) await js.roundtrip(i); }, CALLS / 20, 2),
  };
}

function jsParked() {
  // A process of its own, with the collector exposed, so the heap is measured after a collection.
  const out = execFileSync(process.execPath, ["--expose-gc", "-e", `console.log(require(${JSON.stringify(path.join(__dirname, "runtime", "async-baseline.js"))}).parkedBytes(200000))`], { encoding: "utf8" });
  const b = Number(out.trim());
  return { median: b, min: b, max: b };
}

/** Adds one round's samples to `all`. */
function pool(all, round) {
  for (const [key, xs] of Object.entries(round)) (all[key] ||= []).push(...xs);
}

/** Statistics of every workload's pooled samples. */
function summarise(all) {
  return Object.fromEntries(Object.entries(all).map(([key, xs]) => [key, stats(xs)]));
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
  const systems = { ours: instance(oursDefault), minimal: instance(oursMinimal), floor: instance(floor) };
  const all = { ours: {}, minimal: {}, floor: {}, js: {} };
  for (let round = 1; round <= ROUNDS; round++) {
    console.log(`round ${round} of ${ROUNDS}: ours (incremental runtime, the default), ours (minimal runtime), floor (plain AssemblyScript), JavaScript async/await…`);
    for (const [name, e] of Object.entries(systems)) pool(all[name], wasmRound(e));
    pool(all.js, await jsRound());
  }
  const ours = { ...summarise(all.ours), park: parked(oursDefault) };
  const minimal = { ...summarise(all.minimal), park: parked(oursMinimal) };
  const floorRows = summarise(all.floor);
  const jsRows = { ...summarise(all.js), park: jsParked() };
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
    "Medians, with min–max for ours; times are per unit. Ours, ours with the minimal runtime, the floor and JavaScript are measured",
    `in ${ROUNDS} rounds spread over the run (${ROUNDS * RUNS} runs each, 2 per round for JavaScript), so that a slow spell of the machine touches them alike;`,
    "the runtime alone and Go are measured after them (Go: 5 runs). \"ours\" is bench/programs/workloads.ts compiled with the",
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
