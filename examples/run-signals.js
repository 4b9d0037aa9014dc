// npm run example: builds examples/signals with tspc and calls it the way a host does.
"use strict";
const { execFileSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const root = path.resolve(__dirname, "..");
const project = path.join(__dirname, "signals");
const wasmFile = path.join(project, "build", "module.wasm");

console.log("Building examples/signals with tspc (the TypeScript compiler with the ts-wasmexport plugin)…");
const started = Date.now();
execFileSync(process.execPath, [path.join(root, "node_modules", "ts-patch", "bin", "tspc.js"), "-p", project], { stdio: "inherit" });
const bytes = fs.readFileSync(wasmFile);
console.log(`  wrote ${path.relative(root, wasmFile)}: ${bytes.length} bytes in ${Date.now() - started} ms\n`);

const wasmModule = new WebAssembly.Module(bytes);
const show = (list) => list.map((e) => e.name).join(", ") || "(none)";
console.log(`The module imports: ${show(WebAssembly.Module.imports(wasmModule))}`);
console.log(`The module exports: ${show(WebAssembly.Module.exports(wasmModule))}\n`);

// An empty import object: the module needs nothing from its host.
const api = new WebAssembly.Instance(wasmModule, {}).exports;

api._initialize();
console.log("_initialize()      top-level code ran; no goroutine yet");

api.start();
console.log("start()            spawned the handler goroutine; it is parked on the empty channel");

for (let i = 1; i <= 1000; i++) {
  api.process_a(i);
  if (i === 1 || i === 2 || i === 1000) {
    console.log(`process_a(${i})`.padEnd(19) + ` the handler has now seen ${api.handled()} event(s), sum ${api.sum()}`);
  } else if (i === 3) {
    console.log("…");
  }
}

const t0 = process.hrtime.bigint();
const calls = 200000;
for (let i = 0; i < calls; i++) api.process_a(1);
const perCall = Number(process.hrtime.bigint() - t0) / calls;
console.log(`process_a × ${calls}  ${perCall.toFixed(0)} ns per call, each one a channel send, a goroutine switch and a return to the host`);

const handled = api.stop();
console.log(`stop()             closed the channel; the handler ranged to the end: ${handled} events handled, sum ${api.sum()}`);
if (handled !== 1000 + calls) {
  console.error(`expected ${1000 + calls} events`);
  process.exit(1);
}
