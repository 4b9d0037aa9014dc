// Makes `ts-wasmexport` resolve to this repository from its own examples and fixtures, as it
// does in a user's project: node_modules/ts-wasmexport -> the repository root.
"use strict";
const fs = require("fs");
const path = require("path");

const root = path.resolve(__dirname, "..");
const link = path.join(root, "node_modules", "ts-wasmexport");
try {
  if (fs.realpathSync(link) === root) process.exit(0);
  fs.rmSync(link, { recursive: true, force: true });
} catch {
  // not there yet
}
fs.mkdirSync(path.dirname(link), { recursive: true });
fs.symlinkSync(path.relative(path.dirname(link), root) || ".", link, "dir");
