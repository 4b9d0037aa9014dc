// How every benchmark here times a workload: per-unit time, median of several runs with
// min and max, after warming up (WARM_UP_MS below).
"use strict";
const { performance } = require("perf_hooks");

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const stats = (xs) => ({ median: median(xs), min: Math.min(...xs), max: Math.max(...xs) });

/**
 * How long a workload is run before it is timed, at least. V8 runs a wasm function in its
 * baseline compiler (Liftoff) until the optimised code, compiled in the background, is ready,
 * and a running call keeps the code it started with. A module whose scheduler loop has every
 * state machine inlined into it takes a few tens of milliseconds to optimise on this machine:
 * a fixed number of warm-up calls measured Liftoff in some runs and not in others.
 */
const WARM_UP_MS = 300;

/** Calls `f` `calls` times, and on until WARM_UP_MS have passed. */
function warmUp(f, calls = 1) {
  const t0 = performance.now();
  for (let i = 0; i < calls || performance.now() - t0 < WARM_UP_MS; i++) f();
}

/**
 * warmUp, then on until the last three calls took about the same time (within 5%), at most
 * ten times WARM_UP_MS: on a busy machine the optimised code can be ready late, and the first
 * workload of the runtime's own process then measured baseline code.
 */
function warmUpSteady(f, calls = 1) {
  warmUp(f, calls);
  const t0 = performance.now();
  const last = [];
  while (performance.now() - t0 < 10 * WARM_UP_MS) {
    const t = performance.now();
    f();
    last.push(performance.now() - t);
    if (last.length > 3) last.shift();
    if (last.length === 3 && Math.max(...last) <= 1.05 * Math.min(...last)) return;
  }
}

/** Per-unit times of `runs` runs of `f` (which does `units` units of work) after warming up: the raw samples. */
function samples(f, units, runs, warmups = 1) {
  if (warmups > 0) warmUpSteady(f, warmups);
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

module.exports = { median, stats, measure, measureAsync, samples, samplesAsync, warmUp };
