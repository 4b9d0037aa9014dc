// ts-wasmexport/host: what a JavaScript host needs beyond WebAssembly itself.
//
// driveTimers(instance) gives a module with no imports real time in Node (or a browser). The
// module's clock is virtual (docs/abi.md, "Time"): it moves only when the host calls
// wasmexport_advance. The driver keeps it in step with the host's clock: before each export
// call made through `exports` it advances the module by the real time that has passed, and
// whenever a timer is pending it sets a setTimeout for wasmexport_next_timer() and advances
// then, so goroutines that sleep or wait on timers wake when they should.
"use strict";

const NS_PER_MS = 1e6;

function monotonicMs() {
  return globalThis.performance.now();
}

/**
 * @param {WebAssembly.Instance | Record<string, unknown>} instance a module that uses time
 * @param {{ unref?: boolean, onError?: (err: unknown) => void, onAdvance?: () => void }} [options]
 */
function driveTimers(instance, options = {}) {
  const raw = instance instanceof WebAssembly.Instance ? instance.exports : instance;
  if (typeof raw.wasmexport_next_timer !== "function" || typeof raw.wasmexport_advance !== "function") {
    throw new TypeError("driveTimers: the module exports no wasmexport_next_timer/wasmexport_advance (its program uses no time)");
  }
  let last = monotonicMs();
  let pending = null;
  let stopped = false;
  let depth = 0;

  /** Advances the module by the real time since the last advance. */
  function sync() {
    const now = monotonicMs();
    const elapsed = BigInt(Math.max(0, Math.floor((now - last) * NS_PER_MS)));
    last = now;
    if (elapsed > 0n) raw.wasmexport_advance(elapsed);
  }

  /** Sets the one pending setTimeout for the module's earliest timer, if it has one. */
  function schedule() {
    if (pending !== null) clearTimeout(pending);
    pending = null;
    if (stopped) return;
    const next = raw.wasmexport_next_timer();
    if (next < 0n) return;
    pending = setTimeout(fire, Math.ceil(Number(next) / NS_PER_MS));
    if (options.unref && typeof pending.unref === "function") pending.unref();
  }

  function fire() {
    pending = null;
    try {
      sync();
      if (options.onAdvance) options.onAdvance();
      schedule();
    } catch (err) {
      stop();
      if (options.onError) options.onError(err);
      else throw err;
    }
  }

  function stop() {
    stopped = true;
    if (pending !== null) clearTimeout(pending);
    pending = null;
  }

  // Each export, wrapped: the clock catches up first, and the timers it leaves are scheduled
  // after (a nested call, from inside a host import, leaves that to the outermost one).
  const exports = {};
  for (const [name, value] of Object.entries(raw)) {
    if (typeof value !== "function" || name === "wasmexport_advance" || name === "wasmexport_next_timer" || name === "_initialize") {
      exports[name] = value;
      continue;
    }
    exports[name] = (...args) => {
      if (depth === 0 && !stopped) sync();
      depth++;
      try {
        return value(...args);
      } finally {
        depth--;
        if (depth === 0) schedule();
      }
    };
  }
  schedule();
  return { exports, sync, stop };
}

module.exports = { driveTimers };
