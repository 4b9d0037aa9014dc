// Soak: millions of export calls of four workloads (spawn, fan-out, relay, strings) under the
// incremental and minimal runtimes, with the module's memory sampled every million calls.
// Memory is flat when the page count is the same from the second sample to the last.
//
//   node bench/soak.js [--calls N]      (10 000 000 by default; npm run bench runs it too)
//
// The stub runtime never frees, so it has no soak row.
"use strict";
const path = require("path");

const REPO = path.resolve(__dirname, "..");

const WORKLOADS = [
  { name: "spawn", export: "spawn", arg: 4, what: "4 goroutines started and waited for" },
  { name: "fan-out", export: "fanout", arg: 4, what: "4 workers answering on one channel" },
  { name: "relay", export: "relay", arg: 4, what: "a chain of 4 goroutines relaying a value" },
  { name: "strings", export: "strings", arg: 2, what: "2 strings built in goroutines and sent back" },
];

const RUNTIMES = ["incremental", "minimal"];

/** Runs every workload under every runtime: rows { runtime, workload, pages: [...], flat, seconds }. */
function soak({ calls = 10_000_000, log = () => {} } = {}) {
  const { compile } = require(path.join(REPO, "dist", "transformer", "compile.js"));
  const sample = Math.max(1, Math.floor(calls / 10));
  const rows = [];
  for (const runtime of RUNTIMES) {
    const built = compile({ entry: path.join(__dirname, "programs", "soak.ts"), runtime });
    if (!built.binary) throw new Error(built.errorText);
    const module = new WebAssembly.Module(built.binary);
    for (const w of WORKLOADS) {
      const e = new WebAssembly.Instance(module, {}).exports;
      e._initialize();
      const f = e[w.export];
      const pages = [];
      const started = Date.now();
      for (let i = 1; i <= calls; i++) {
        f(w.arg);
        if (i % sample === 0) pages.push(e.memory.buffer.byteLength / 65536);
      }
      const seconds = (Date.now() - started) / 1000;
      const flat = pages.slice(1).every((p) => p === pages[1]);
      rows.push({ runtime, workload: w.name, what: w.what, pages, flat, seconds });
      log(`  ${runtime} ${w.name}: pages ${pages.join(" ")} (${flat ? "flat" : "NOT flat"}, ${seconds.toFixed(1)} s)`);
    }
  }
  return { calls, sample, rows };
}

/** The soak section of bench/results.md. */
function markdown({ calls, sample, rows }) {
  const millions = (n) => (n >= 1_000_000 ? `${n / 1_000_000} million` : n.toLocaleString("en"));
  return [
    `Soak: ${millions(calls)} export calls of each workload on one instance, linear memory (64 KiB pages) sampled every ${millions(sample)} calls;`,
    "flat means the same page count from the second sample to the last.",
    "",
    "| runtime | workload | per call | pages at each sample | flat | time |",
    "|---|---|---|---|---|---|",
    ...rows.map((r) => `| ${r.runtime} | ${r.workload} | ${r.what} | ${r.pages.join(" ")} | ${r.flat ? "yes" : "**no**"} | ${r.seconds.toFixed(0)} s |`),
    "",
  ].join("\n");
}

module.exports = { soak, markdown };

if (require.main === module) {
  const at = process.argv.indexOf("--calls");
  const calls = at > 0 ? Number(process.argv[at + 1]) : 10_000_000;
  const result = soak({ calls, log: console.log });
  console.log("\n" + markdown(result));
  process.exitCode = result.rows.every((r) => r.flat) ? 0 : 1;
}
