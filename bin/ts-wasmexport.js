#!/usr/bin/env node
// The ts-wasmexport command line; the compiler itself is transformer/cli.ts, compiled to dist/.
"use strict";
const path = require("path");
let cli;
try {
  cli = require(path.join(__dirname, "..", "dist", "transformer", "cli.js"));
} catch (err) {
  if (err && err.code !== "MODULE_NOT_FOUND") throw err;
  process.stderr.write("ts-wasmexport: the compiler is not built; run `npm run build` in this repository.\n");
  process.exit(2);
}
// This process runs no WebAssembly but Binaryen's, which builds faster on V8's baseline
// compiler alone (transformer/asc/bridge.ts, baselineWasmOnly).
require(path.join(__dirname, "..", "dist", "transformer", "asc", "bridge.js")).baselineWasmOnly();
const result = cli.main(process.argv.slice(2));
// `build --watch` answers its watcher, which keeps the process running.
if (typeof result === "number") process.exitCode = result;
