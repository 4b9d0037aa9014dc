// How every benchmark here times a workload: per-unit time, median of several runs with
// min and max, after warm-up runs.
"use strict";
const { performance } = require("perf_hooks");

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const stats = (xs) => ({ median: median(xs), min: Math.min(...xs), max: Math.max(...xs) });

/** Per-unit times of `runs` runs of `f` (which does `units` units of work) after `warmups`: the raw samples. */
function samples(f, units, runs, warmups = 1) {
  for (let i = 0; i < warmups; i++) f();
  const xs = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    f();
    xs.push(((performance.now() - t0) * 1e6) / units);
  }
  return xs;
}

/** The same for an async `f`. */
async function samplesAsync(f, units, runs, warmups = 1) {
  for (let i = 0; i < warmups; i++) await f();
  const xs = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await f();
    xs.push(((performance.now() - t0) * 1e6) / units);
  }
  return xs;
}

/** Nanoseconds per unit of `f` over `runs` runs after `warmups`: median, min and max. */
function measure(f, units, runs = 11, warmups = 2) {
  return stats(samples(f, units, runs, warmups));
}

/** The same for an async `f`, after one warm-up run. */
async function measureAsync(f, units, runs = 5) {
  return stats(await samplesAsync(f, units, runs, 1));
}

module.exports = { median, stats, measure, measureAsync, samples, samplesAsync };
