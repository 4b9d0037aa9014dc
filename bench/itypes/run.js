// Interface types from JavaScript, side by side (rows of bench/results.md; alone:
// `node bench/itypes/run.js`, or `--quick` for a short check that everything runs):
//
//   ours        bench/itypes/greet.ts compiled by ts-wasmexport, called through its `bindings`
//   asc         bench/itypes/greet.as.ts compiled by plain AssemblyScript with `--bindings esm`
//   go          bench/itypes/go: Go's //go:wasmexport taking a string (it cannot return one),
//               and checksum taking (pointer, length), in node:wasi, the string or bytes written
//               into memory its `alloc` export gives
//   copy floor  copying the same bytes into linear memory, and nothing else
"use strict";
const fs = require("fs");
const path = require("path");
const { execFileSync, spawnSync } = require("child_process");
const { pathToFileURL } = require("url");
const { measure } = require("../measure");

const REPO = path.resolve(__dirname, "..", "..");
const OUT = path.join(REPO, ".cache", "itypes-bench");

/** 1024 distinct strings of `size` ASCII bytes, so that no call sees the string of the one before. */
function strings(size) {
  return Array.from({ length: 1024 }, (_, i) => (i.toString(36) + "-").padEnd(size, "abcdefghijklmnopqrstuvwxyz"));
}

/** A loop of its own per call site (see bench/run.js, callLoop). */
function loop(tag) {
  return new Function("f", "xs", "k", `// ${tag}\nlet r; for (let i = 0; i < k; i++) r = f(xs[i & 1023]); return r;`);
}

async function buildOurs() {
  const { compile } = require(path.join(REPO, "dist", "transformer", "compile.js"));
  const outFile = path.join(OUT, "ours.wasm");
  const bindings = path.join(OUT, "ours.mjs");
  const r = compile({ entry: path.join(__dirname, "greet.ts"), outFile, bindings });
  if (!r.binary) throw new Error(r.errorText);
  const { instantiate } = await import(pathToFileURL(bindings).href);
  return { api: await instantiate(fs.readFileSync(outFile)), binary: r.binary };
}

async function buildAsc() {
  const asc = (await import("assemblyscript/asc")).default;
  const outFile = path.join(OUT, "asc.wasm");
  const { error, stderr } = await asc.main([path.join(__dirname, "greet.as.ts"), "--outFile", outFile, "--bindings", "esm", "-O3", "--runtime", "incremental"]);
  if (error) throw new Error(`asc: ${error.message}\n${stderr}`);
  return import(pathToFileURL(path.join(OUT, "asc.js")).href);
}

function buildGo() {
  if (spawnSync("go", ["version"]).status !== 0) return { note: "go: no Go toolchain here" };
  const file = path.join(OUT, "go-strings.wasm");
  try {
    execFileSync("go", ["build", "-buildmode=c-shared", "-o", file, "."], { cwd: path.join(__dirname, "go"), env: { ...process.env, GOOS: "wasip1", GOARCH: "wasm" }, stdio: "pipe" });
  } catch (err) {
    return { note: `go: the build failed: ${String(err.stderr || err).split("\n")[0]}` };
  }
  const { WASI } = require("node:wasi");
  const wasi = new WASI({ version: "preview1", returnOnExit: true });
  const instance = new WebAssembly.Instance(new WebAssembly.Module(fs.readFileSync(file)), wasi.getImportObject());
  wasi.initialize(instance);
  const e = instance.exports;
  const encoder = new TextEncoder();
  // What a host does for Go: allocate in Go's memory, write the UTF-8, pass (pointer, length).
  const greetLen = (s) => {
    const p = e.alloc(s.length * 3) >>> 0;
    const { written } = encoder.encodeInto(s, new Uint8Array(e.memory.buffer, p, s.length * 3));
    return e.greet_len(p, written);
  };
  const checksum = (data) => {
    const p = e.alloc(data.length) >>> 0;
    new Uint8Array(e.memory.buffer, p, data.length).set(data);
    return e.checksum(p, data.length);
  };
  return { greetLen, checksum };
}

/** 10 million greet calls with distinct strings, by the raw canonical ABI: memory after 1 M and after all. */
function flatMemory(binary, calls) {
  const { exports: e } = new WebAssembly.Instance(new WebAssembly.Module(binary), {});
  const encoder = new TextEncoder();
  let warm = 0;
  for (let i = 0; i < calls; i++) {
    const s = "name-" + i;
    const p = e.cabi_realloc(0, 0, 1, s.length);
    encoder.encodeInto(s, new Uint8Array(e.memory.buffer, p, s.length));
    e.cabi_post_greet(e.greet(p, s.length));
    if (i === calls / 10) warm = e.memory.buffer.byteLength;
  }
  return { warm, end: e.memory.buffer.byteLength };
}

async function run({ quick = false } = {}) {
  fs.mkdirSync(OUT, { recursive: true });
  const calls = quick ? 20_000 : 1_000_000;
  const runs = quick ? 3 : 11;
  const ours = await buildOurs();
  const asc = await buildAsc();
  const go = buildGo();
  const rows = [];
  const fmt = (s) => (s ? (s.median >= 100 ? s.median.toFixed(0) : s.median.toFixed(s.median >= 10 ? 1 : 2)) : "–");
  for (const size of [16, 1024]) {
    const xs = strings(size);
    for (const s of xs.slice(0, 3)) {
      if (ours.api.greet(s) !== asc.greet(s)) throw new Error("greet differs between ours and asc");
    }
    const k = size === 16 ? calls : calls / 8;
    const o = measure(() => loop(`ours greet ${size}`)(ours.api.greet, xs, k), k, runs);
    const a = measure(() => loop(`asc greet ${size}`)(asc.greet, xs, k), k, runs);
    rows.push([`greet(name: string): string, ${size} B`, "ns/call", fmt(o), fmt(a), "–", (o.median / a.median).toFixed(2) + "×"]);
    const ol = measure(() => loop(`ours greet_len ${size}`)(ours.api.greet_len, xs, k), k, runs);
    const al = measure(() => loop(`asc greetLen ${size}`)(asc.greetLen, xs, k), k, runs);
    const gl = go.greetLen ? measure(() => loop(`go greet_len ${size}`)(go.greetLen, xs, k), k, runs) : null;
    rows.push([`greet_len(name: string): i32, ${size} B (the parameter direction)`, "ns/call", fmt(ol), fmt(al), fmt(gl), (ol.median / al.median).toFixed(2) + "×"]);
  }
  const data = new Uint8Array(1 << 20).map((_, i) => (i * 2654435761) >>> 24);
  const k = quick ? 5 : 50;
  const oc = measure(() => { for (let i = 0; i < k; i++) ours.api.checksum(data); }, k, runs);
  const ac = measure(() => { for (let i = 0; i < k; i++) asc.checksum(data); }, k, runs);
  const gc = go.checksum ? measure(() => { for (let i = 0; i < k; i++) go.checksum(data); }, k, runs) : null;
  if (go.checksum && go.checksum(data) >>> 0 !== ours.api.checksum(data) >>> 0) throw new Error("checksum differs between ours and Go");
  // The floor: the one copy into linear memory that any binding has to make.
  const memory = new WebAssembly.Memory({ initial: 17 });
  const floor = measure(() => { for (let i = 0; i < k; i++) new Uint8Array(memory.buffer).set(data, 4096); }, k, runs);
  const gbps = (s) => ((1 << 20) / s.median).toFixed(2);
  rows.push(["checksum(data: Uint8Array), 1 MiB", "GB/s", gbps(oc), gbps(ac), gc ? gbps(gc) : "–", `copy floor ${gbps(floor)} GB/s`]);
  const flat = flatMemory(ours.binary, quick ? 100_000 : 10_000_000);
  rows.push([`greet with ${quick ? "100 000" : "10 000 000"} distinct strings, raw canonical ABI`, "bytes of memory", `${flat.warm} after a tenth, ${flat.end} at the end`, "–", "–", flat.end === flat.warm ? "flat" : "grew"]);
  const head = ["workload", "unit", "ours (bindings)", "plain AS (--bindings esm)", "Go //go:wasmexport (node:wasi)", "ours ÷ AS"];
  const lines = [
    "Interface types from JavaScript (bench/itypes/run.js): ours through the generated bindings, plain AssemblyScript through its own `--bindings esm`, Go's //go:wasmexport taking a string (it cannot return one) or a pointer and a length, with the host writing into memory its `alloc` export gives.",
    "",
    `| ${head.join(" | ")} |`,
    `|${head.map(() => "---").join("|")}|`,
    ...rows.map((r) => `| ${r.join(" | ")} |`),
    ...(go.note ? ["", `Note: ${go.note}`] : []),
  ];
  return { rows, lines };
}

module.exports = { run };

if (require.main === module) {
  run({ quick: process.argv.includes("--quick") }).then(({ lines }) => console.log(lines.join("\n")), (err) => {
    console.error(err);
    process.exit(1);
  });
}
