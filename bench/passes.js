// asc's optimisation level under the default `optimize` 3: asc's level 2 and the bridge's
// inlining pass (what abi/module.ts asks for) beside asc's level 3 and the same pass (what it
// asked for before), side by side in one run.
//
//   node bench/passes.js [ROUNDS]     (about two minutes with 5 rounds)
//
// Build: examples/signals and bench/programs/workloads.ts, each built ROUNDS times in turns in
// one warm process (the build cache cleared), the median, on the clock and in CPU time.
// Run: ping-pong, spawn, select (2 cases) and the sieve of the workloads' module, each
// measurement in a process of its own (modules in one process disturbed each other's
// figures), in turns, the median of ROUNDS.
"use strict";
const { execFileSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");
const { median, samples } = require("./measure");

const REPO = path.resolve(__dirname, "..");
const DIST = path.join(REPO, "dist", "transformer");
const PROGRAMS = { signals: path.join(REPO, "examples", "signals", "src", "main.ts"), workloads: path.join(REPO, "bench", "programs", "workloads.ts") };
const VARIANTS = ["asc -O2 + inlining (now)", "asc -O3 + inlining (before)"];
const N = 200_000;
const WORKLOADS = {
  "ping-pong (ns/hop)": (e) => [() => e.pingpong(N), 2 * N],
  "spawn (ns)": (e) => [() => e.spawn(N), N],
  "select, 2 cases (ns)": (e) => [() => e.select2(N / 2), N / 2],
  "sieve (ns/number)": (e) => [() => e.sieve(2000), 1e6],
};

/** Builds with asc's level as the variant says (by rewriting the flags abi/module.ts gives). */
function builds(rounds, dir) {
  const module = require(path.join(DIST, "abi", "module.js"));
  const { compile } = require(path.join(DIST, "compile.js"));
  const { clearBuildCache } = require(path.join(DIST, "build.js"));
  const ascArgs = module.ascArgs;
  let variant = 0;
  module.ascArgs = (options) => {
    const args = ascArgs(options);
    const at = args.indexOf("--optimizeLevel");
    if (variant === 1 && options.optimize === 3 && options.shrink === 0) args[at + 1] = "3";
    return args;
  };
  // CPU time too (this process's threads, asc's worker included): on a machine shared with
  // other work it varies less than the time on the clock.
  const build = (entry) => {
    clearBuildCache();
    const t0 = process.hrtime.bigint();
    const cpu0 = process.cpuUsage();
    const result = compile({ entry });
    const cpu = process.cpuUsage(cpu0);
    if (!result.binary) throw new Error(result.errorText);
    return { ms: Number(process.hrtime.bigint() - t0) / 1e6, cpuMs: (cpu.user + cpu.system) / 1000, binary: result.binary };
  };
  build(PROGRAMS.signals); // loads asc in the worker
  const rows = {};
  for (const [name, entry] of Object.entries(PROGRAMS)) {
    const times = VARIANTS.map(() => []);
    const cpuTimes = VARIANTS.map(() => []);
    for (let r = 0; r < rounds; r++) {
      VARIANTS.forEach((_, v) => {
        variant = v;
        const { ms, cpuMs, binary } = build(entry);
        times[v].push(ms);
        cpuTimes[v].push(cpuMs);
        if (r === 0) fs.writeFileSync(path.join(dir, `${name}-${v}.wasm`), binary);
      });
    }
    rows[`build ${name}, warm (ms)`] = times.map(median);
    rows[`build ${name}, warm (CPU ms)`] = cpuTimes.map(median);
    rows[`${name} module (bytes)`] = VARIANTS.map((_, v) => fs.statSync(path.join(dir, `${name}-${v}.wasm`)).size);
  }
  return rows;
}

/** One measurement in this process: `node passes.js --run FILE WORKLOAD`. */
function runOne(file, workload) {
  const exports = new WebAssembly.Instance(new WebAssembly.Module(fs.readFileSync(file)), {}).exports;
  const [f, units] = WORKLOADS[workload](exports);
  return median(samples(f, units, 5, 1));
}

function runs(rounds, dir) {
  const rows = {};
  for (const workload of Object.keys(WORKLOADS)) {
    const times = VARIANTS.map(() => []);
    for (let r = 0; r < rounds; r++) {
      VARIANTS.forEach((_, v) => {
        const out = execFileSync(process.execPath, [__filename, "--run", path.join(dir, `workloads-${v}.wasm`), workload], { encoding: "utf8" });
        times[v].push(Number(out.trim()));
      });
    }
    rows[workload] = times.map(median);
  }
  return rows;
}

if (process.argv[2] === "--run") {
  console.log(runOne(process.argv[3], process.argv[4]).toFixed(2));
} else if (require.main === module) {
  const rounds = Number(process.argv[2]) || 5;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "wx-bench-passes-"));
  const rows = { ...builds(rounds, dir), ...runs(rounds, dir) };
  console.log(`| | ${VARIANTS.join(" | ")} | ratio |`);
  console.log(`| --- | --- | --- | --- |`);
  for (const [name, [now, before]] of Object.entries(rows)) console.log(`| ${name} | ${now.toFixed(name.includes("bytes") ? 0 : 1)} | ${before.toFixed(name.includes("bytes") ? 0 : 1)} | ${(now / before).toFixed(2)} |`);
  process.exit(0);
}
