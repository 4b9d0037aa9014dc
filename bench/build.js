// Build speed: where a build's time goes, and the build rows of the results.
//
//   node bench/build.js          prints both (about a minute)
//
// Rows, each a cold process unless it says otherwise, side by side run by run: plain asc on the
// lowered output of examples/signals (the floor: what asc alone costs), the CLI building
// examples/signals, tspc building the project examples/signals, and a `tspc --watch` rebuild
// after a one-line edit (from the write to tsc's "Found 0 errors", which includes the 250 ms
// tsc waits after a change before it rebuilds), and the same with the CLI's own watcher on the
// project (`ts-wasmexport build -p . --watch`, a starter's `npm run watch`). The
// cold rows and the CLI watcher's rebuilds are also timed in CPU time (bench/cpu.js, /proc),
// which varies less than the time on the clock on a machine shared with other work.
"use strict";
const { execFileSync, spawn } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");
const { stats } = require("./measure");

const REPO = path.resolve(__dirname, "..");
const DIST = path.join(REPO, "dist", "transformer");
const SIGNALS = path.join(REPO, "examples", "signals");
const TSPC = path.join(REPO, "node_modules", "ts-patch", "bin", "tspc.js");
const ASC = path.join(REPO, "node_modules", "assemblyscript", "bin", "asc.js");

/** A copy of examples/signals in a temp folder, where `ts-wasmexport` is this repository. */
function signalsProject() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "wx-bench-build-"));
  fs.cpSync(SIGNALS, dir, { recursive: true, filter: (f) => !f.includes(`${path.sep}build`) });
  fs.mkdirSync(path.join(dir, "node_modules"));
  fs.symlinkSync(REPO, path.join(dir, "node_modules", "ts-wasmexport"), "dir");
  return dir;
}

/** The lowered AssemblyScript of examples/signals with the runtime beside it, and asc's flags: what plain asc compiles. */
function loweredTree() {
  const { compile } = require(path.join(DIST, "compile.js"));
  const { ascArgs, RUNTIME_FOLDERS } = require(path.join(DIST, "abi", "module.js"));
  const { readOptions } = require(path.join(DIST, "options.js"));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "wx-bench-asc-"));
  const result = compile({ entry: path.join(SIGNALS, "src", "main.ts"), emitAssemblyScript: dir });
  if (!result.binary) throw new Error(result.errorText);
  for (const folder of RUNTIME_FOLDERS) fs.cpSync(path.join(REPO, folder), path.join(dir, "ts-wasmexport", folder), { recursive: true });
  // The flags of a default build, at asc's -O3, what a user of plain asc builds with (a default
  // build runs asc at its level 2 and the bridge's inlining pass: abi/module.ts).
  const args = ascArgs(readOptions({}).options);
  args[args.indexOf("--optimizeLevel") + 1] = "3";
  return { dir, args };
}

/** A cold Node process running `args` in `cwd`: { ms, cpuMs } (its CPU time and its children's, from bench/cpu.js). */
function timed(args, cwd) {
  const file = path.join(os.tmpdir(), `wx-bench-cpu-${process.pid}`);
  fs.rmSync(file, { force: true });
  const started = process.hrtime.bigint();
  execFileSync(process.execPath, ["-r", path.join(__dirname, "cpu.js"), ...args], { cwd, stdio: "pipe", env: { ...process.env, WX_BENCH_CPU: file } });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const cpuMs = fs.readFileSync(file, "utf8").trim().split("\n").reduce((sum, line) => sum + Number(line), 0);
  fs.rmSync(file, { force: true });
  return { ms, cpuMs };
}

/**
 * A watcher (Node running `args` in `dir`) and `edits` one-line edits of src/main.ts: for each,
 * the time from the write to the watcher's report (`report`, a global pattern), and from its
 * first output that says `rebuilding` (when given) to the report. `ok` must match the output.
 */
async function watchEdits(args, dir, edits, report, ok, rebuilding) {
  const child = spawn(process.execPath, args, { cwd: dir });
  let output = "";
  let detected = null;
  child.stdout.on("data", (d) => {
    output += d;
    if (rebuilding && detected === null && String(d).includes(rebuilding)) detected = process.hrtime.bigint();
  });
  child.stderr.on("data", (d) => (output += d));
  const reports = () => (output.match(report) || []).length;
  const until = async (n) => {
    for (let i = 0; i < 2400 && reports() < n; i++) await new Promise((r) => setTimeout(r, 5));
    if (reports() < n) throw new Error(`${path.basename(args[0])} did not report:\n${output}`);
  };
  const times = [];
  const rebuilds = [];
  const cpuTimes = [];
  // The watcher's CPU time (all its threads, asc's worker too), from /proc where there is one.
  const cpu = () => {
    try {
      const fields = fs.readFileSync(`/proc/${child.pid}/stat`, "utf8").split(") ")[1].split(" ");
      return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
    } catch {
      return NaN;
    }
  };
  try {
    await until(1);
    const main = path.join(dir, "src", "main.ts");
    for (let i = 1; i <= edits; i++) {
      await new Promise((r) => setTimeout(r, 300));
      const text = fs.readFileSync(main, "utf8");
      detected = null;
      const cpu0 = cpu();
      const started = process.hrtime.bigint();
      fs.writeFileSync(main, `${text}\n// edit ${i}\n`);
      await until(i + 1);
      const ended = process.hrtime.bigint();
      times.push(Number(ended - started) / 1e6);
      cpuTimes.push(cpu() - cpu0);
      if (detected !== null) rebuilds.push(Number(ended - detected) / 1e6);
    }
    if (!ok.test(output)) throw new Error(output);
  } finally {
    child.kill();
  }
  return { times, rebuilds, cpuTimes };
}

/** A `tspc --watch` of the project; tsc prints "File change detected" when its 250 ms wait is over and the rebuild starts. */
function watchRebuilds(dir, edits) {
  return watchEdits([TSPC, "-p", ".", "--watch", "--preserveWatchOutput"], dir, edits, /Found \d+ errors?\. Watching/g, /Found 0 errors\. Watching[^]*$/, "File change detected");
}

/** `ts-wasmexport build -p . --watch`: the project as its tsconfig's plugin entry says, with the CLI's watcher. */
function cliWatchRebuilds(dir, edits) {
  return watchEdits([path.join(REPO, "bin", "ts-wasmexport.js"), "build", "-p", ".", "--watch"], dir, edits, /Watching .* for changes/g, /^(?![^]*error)/);
}

/**
 * The build rows: each a { median, min, max } in ms, over `runs` cold processes, on the clock
 * and in CPU time; a row's `floor` is plain asc's in the same unit (the first row's otherwise).
 */
async function buildRows(runs = 3) {
  const { dir: lowered, args } = loweredTree();
  const project = signalsProject();
  const out = path.join(os.tmpdir(), `wx-bench-cli-${process.pid}.wasm`);
  const asc = [];
  const cli = [];
  const tspc = [];
  for (let i = 0; i < runs; i++) {
    asc.push(timed([ASC, "main.ts", "--outFile", "out.wasm", ...args], lowered));
    cli.push(timed([path.join(REPO, "bin", "ts-wasmexport.js"), "build", path.join(SIGNALS, "src", "main.ts"), "-o", out], REPO));
    fs.rmSync(path.join(project, "build"), { recursive: true, force: true });
    tspc.push(timed([TSPC, "-p", "."], project));
  }
  const watch = await watchRebuilds(project, runs);
  const cliWatch = await cliWatchRebuilds(project, runs);
  const wall = (xs) => stats(xs.map((x) => x.ms));
  const cpu = (xs) => stats(xs.map((x) => x.cpuMs));
  return [
    { workload: "plain asc on the lowered output of examples/signals, cold process (the floor)", unit: "ms", ours: wall(asc), target: null },
    { workload: "CLI build of examples/signals, cold process", unit: "ms", ours: wall(cli), target: 2000 },
    { workload: "CLI build of examples/signals, cold process, CPU time", unit: "CPU ms", ours: cpu(cli), floor: cpu(asc), target: null },
    { workload: "tspc -p examples/signals, cold process", unit: "ms", ours: wall(tspc), target: 2500 },
    { workload: "tspc -p examples/signals, cold process, CPU time", unit: "CPU ms", ours: cpu(tspc), floor: cpu(asc), target: null },
    { workload: "tspc --watch rebuild after a one-line edit (with tsc's 250 ms wait)", unit: "ms", ours: stats(watch.times), target: null },
    { workload: "tspc --watch rebuild after a one-line edit, from tsc's 'File change detected' (without the wait)", unit: "ms", ours: stats(watch.rebuilds), target: null },
    { workload: "ts-wasmexport build -p . --watch rebuild after a one-line edit (30 ms wait)", unit: "ms", ours: stats(cliWatch.times), target: 300 },
    { workload: "ts-wasmexport build --watch rebuild after a one-line edit, CPU time of the watcher", unit: "CPU ms", ours: stats(cliWatch.cpuTimes), target: null },
  ];
}

/**
 * Where one cold build's time goes, in one process: loading the compiler, tsc (program and
 * type check), the directives and the lowering, starting asc's worker (loading asc), and asc's
 * own phases (from its --stats), then the bridge's inlining pass; and the same program built
 * again in the warm process at optimize 0, as a --watch rebuild is (warm0…).
 */
function stages() {
  const script = `
    const t = () => Number(process.hrtime.bigint()) / 1e6;
    const t0 = t();
    const path = require("path");
    const dist = ${JSON.stringify(DIST)};
    const { createDialectProgram, dialectFiles, typeErrors } = require(path.join(dist, "program.js"));
    const { frontEnd } = require(path.join(dist, "build.js"));
    const { readOptions } = require(path.join(dist, "options.js"));
    const bridge = require(path.join(dist, "asc", "bridge.js"));
    const t1 = t();
    const program = createDialectProgram(${JSON.stringify(path.join(SIGNALS, "src", "main.ts"))});
    const files = dialectFiles(program);
    typeErrors(program, files);
    const t2 = t();
    const { options } = readOptions({});
    frontEnd(program, files, options);
    const t3 = t();
    bridge.runAsc({ files: { "a.ts": "export function f(): i32 { return 1; }" }, entry: "a.ts", args: [], exports: {}, keep: [], lazyInit: [], wantText: false });
    const t4 = t();
    console.log(JSON.stringify({ load: t1 - t0, tsc: t2 - t1, lowering: t3 - t2, ascStart: t4 - t3 }));
    process.exit(0);`;
  // With V8's flag as the CLI sets it (bridge.ts, baselineWasmOnly).
  const first = JSON.parse(execFileSync(process.execPath, ["--liftoff-only", "-e", script], { encoding: "utf8" }).trim().split("\n").pop());
  // asc's phases, from a build of the same program with --stats, and the whole asc call.
  const statsScript = `
    const path = require("path");
    const dist = ${JSON.stringify(DIST)};
    const bridge = require(path.join(dist, "asc", "bridge.js"));
    const run = bridge.runAsc;
    let last;
    bridge.runAsc = (request) => { const t0 = Date.now(); const r = run({ ...request, args: [...request.args, "--stats"] }); last = { r, ms: Date.now() - t0 }; return r; };
    bridge.runAsc({ files: { "a.ts": "export function f(): i32 { return 1; }" }, entry: "a.ts", args: [], exports: {}, keep: [], lazyInit: [], wantText: false });
    const { compile } = require(path.join(dist, "compile.js"));
    const entry = ${JSON.stringify(path.join(SIGNALS, "src", "main.ts"))};
    const phase = (name) => Number((new RegExp("│ " + name + " +│ +([0-9.]+) ms").exec(last.r.stderr) || [])[1] || NaN);
    const phases = (prefix) => ({ [prefix + "ascCall"]: last.ms, [prefix + "parse"]: phase("parse"), [prefix + "initialize"]: phase("initialize"), [prefix + "compile"]: phase("compile"), [prefix + "optimize"]: phase("optimize"), [prefix + "emit"]: phase("emit"), [prefix + "validate"]: phase("validate") });
    compile({ entry });
    const cold = phases("");
    // A watch rebuild's asc call: the same program again in the warm worker, at optimize 0 (the
    // second such build: the first is still warming up asc's code).
    const { clearBuildCache } = require(path.join(dist, "build.js"));
    clearBuildCache();
    compile({ entry, optimize: 0 });
    clearBuildCache();
    const t0 = Date.now();
    compile({ entry, optimize: 0 });
    const warm = { warm0Build: Date.now() - t0, ...phases("warm0") };
    console.log(JSON.stringify({ ...cold, ...warm }));
    process.exit(0);`;
  const asc = JSON.parse(execFileSync(process.execPath, ["--liftoff-only", "-e", statsScript], { encoding: "utf8" }).trim().split("\n").pop());
  return { ...first, ...asc };
}

module.exports = { buildRows, stages, watchRebuilds, cliWatchRebuilds, signalsProject };

if (require.main === module) {
  (async () => {
    const s = stages();
    console.log("Where a cold CLI build of examples/signals goes (ms):");
    for (const [k, v] of Object.entries(s)) console.log(`  ${k.padEnd(11)} ${v.toFixed(0)}`);
    for (const row of await buildRows(3)) {
      const o = row.ours;
      const floor = row.floor ? `, plain asc ${row.floor.median.toFixed(0)}` : "";
      console.log(`${row.workload}: ${o.median.toFixed(0)} ${row.unit} (${o.min.toFixed(0)}–${o.max.toFixed(0)})${floor}${row.target ? `, target ≤ ${row.target} ms` : ""}`);
    }
    process.exit(0);
  })().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
