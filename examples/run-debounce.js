// node examples/run-debounce.js: builds examples/debounce with tspc and drives it from Node in
// real time with ts-wasmexport/host's driveTimers(): bursts of events, each flushed once the
// events pause for 200 ms (long beside the 5 ms between events, so that a busy machine's late
// timers do not split a burst).
"use strict";
const { execFileSync } = require("child_process");
const fs = require("fs");
const path = require("path");
const { driveTimers } = require("ts-wasmexport/host");

const root = path.resolve(__dirname, "..");
const project = path.join(__dirname, "debounce");
execFileSync(process.execPath, [path.join(root, "node_modules", "ts-patch", "bin", "tspc.js"), "-p", project], { stdio: "inherit" });
const bytes = fs.readFileSync(path.join(project, "build", "module.wasm"));
const wasmModule = new WebAssembly.Module(bytes);
console.log(`imports: ${WebAssembly.Module.imports(wasmModule).length}, ${bytes.length} bytes`);

const instance = new WebAssembly.Instance(wasmModule, {});
instance.exports._initialize();
const clock = driveTimers(instance);
const api = clock.exports;

const QUIET_MS = 200;
const bursts = [5, 3, 8];
const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

(async () => {
  api.start(BigInt(QUIET_MS * 1e6));
  for (const [i, size] of bursts.entries()) {
    for (let k = 1; k <= size; k++) {
      api.event(k);
      await wait(5); // events 5 ms apart: well inside the quiet period
    }
    console.log(`burst ${i + 1}: sent ${size} events; flushed so far: ${api.bursts()}`);
    await wait(QUIET_MS * 3); // a pause: the handler's timer fires
    console.log(`          after a pause: ${api.bursts()} flushed, the last with ${api.last_count()} events (sum ${api.last_sum()})`);
  }
  clock.stop();
  if (api.bursts() !== bursts.length) {
    console.error(`expected ${bursts.length} bursts`);
    process.exit(1);
  }
})();
