// The fuzzer's loop: mutate a program of the corpus, compile it, classify what happened, and
// shrink each failure to a small repro.
//
// A failure is any of: an exception out of compile(), TypeScript's "Debug Failure", a stage
// of the compiler that threw (TS99052), an asc crash (TS99053), a build past the time limit
// (TS99054, or the supervisor's own limit in cli.js), a module that fails WebAssembly
// validation, a diagnostic without a position, or an AssemblyScript diagnostic about code the
// user did not write (in generated code, a generated name, or an AssemblyScript parse error on
// text that TypeScript parsed). Anything else — a module, or errors at the user's line — is
// the compiler doing its job.
"use strict";
const crypto = require("crypto");
const fs = require("fs");
const os = require("os");
const path = require("path");
const ts = require("typescript");
const { rng } = require("../difftest/program");
const { mutate } = require("./mutate");

const REPO = path.resolve(__dirname, "..", "..");

/** The programs mutated: the conformance programs, the examples, the host and reliability programs. */
function corpus() {
  const folders = [
    ["tests", "conformance", "programs"],
    ["tests", "hosts", "programs"],
    ["tests", "reliability", "programs"],
  ].map((f) => path.join(REPO, ...f));
  const files = folders.flatMap((d) => (fs.existsSync(d) ? fs.readdirSync(d).filter((f) => f.endsWith(".ts")).map((f) => path.join(d, f)) : []));
  const examples = path.join(REPO, "examples");
  for (const name of fs.readdirSync(examples)) {
    const main = path.join(examples, name, "src", "main.ts");
    if (fs.existsSync(main)) files.push(main);
  }
  // One file each: a program that imports another file of its folder is left out.
  return files
    .map((file) => ({ name: path.relative(REPO, file), text: fs.readFileSync(file, "utf8") }))
    .filter((p) => !/from "\.\.?\//.test(p.text));
}

const GENERATED = /in generated code|in the export wrapper|__wx|\$of\d|Cannot find name '(go|select|recv|send|otherwise|defer|gosched)'/;

/** What compiling `text` did: { kind, detail, diagnostics }; kind "ok" or "error" is no failure. */
function classify(compile, text, dir, options = {}) {
  const entry = path.join(dir, "main.ts");
  fs.writeFileSync(entry, text);
  let result;
  try {
    result = compile({ entry, optimize: 0, ...options });
  } catch (err) {
    return { kind: "exception", detail: String((err && err.stack) || err).split("\n").slice(0, 3).join(" ") };
  }
  const shown = result.diagnostics.map((d) => ({ code: d.code, file: d.file, start: d.start, message: ts.flattenDiagnosticMessageText(d.messageText, "\n") }));
  const first = (test) => shown.find(test);
  const text1 = (d) => `TS${d.code}: ${d.message.split("\n")[0]}`;
  let d;
  if ((d = first((x) => /Debug Failure/.test(x.message)))) return { kind: "debug-failure", detail: text1(d) };
  if ((d = first((x) => x.code === 99052))) return { kind: "internal-error", detail: text1(d) };
  if ((d = first((x) => x.code === 99053))) return { kind: "asc-crash", detail: text1(d) };
  if ((d = first((x) => x.code === 99054))) return { kind: "timeout", detail: text1(d) };
  if ((d = first((x) => !x.file))) return { kind: "no-position", detail: text1(d) };
  if ((d = first((x) => x.code === 99050 && ((GENERATED.test(x.message) && !userTypeName(x)) || (/^AS1\d\d\d:/.test(x.message) && !reachedAscAsWritten(x, result)))))) {
    return { kind: "generated-code", detail: text1(d) };
  }
  if (result.binary && !WebAssembly.validate(result.binary)) return { kind: "invalid-wasm", detail: "WebAssembly.validate failed" };
  return { kind: result.binary ? "ok" : "error", detail: shown.length ? text1(shown[0]) : "" };
}

/**
 * Whether an AssemblyScript "Cannot find name 'go'" (or another dialect function's) points at
 * the user's own use of the name as a type (`ptr: defer` under `// @ts-ignore`, which silences
 * tsc's own error): asc is right, about the user's text.
 */
function userTypeName(d) {
  if (!d.file || d.start == null) return false;
  let found = null;
  const visit = (n) => {
    if (d.start >= n.getStart(d.file) && d.start < n.getEnd()) {
      if (ts.isIdentifier(n) && n.getStart(d.file) === d.start) found = n;
      else ts.forEachChild(n, visit);
    }
  };
  visit(d.file);
  return Boolean(found && (ts.isTypeReferenceNode(found.parent) || ts.isQualifiedName(found.parent)) && d.message.includes(`'${found.text}'`));
}

/**
 * Whether the line an AssemblyScript parse error points at reached asc as the user wrote it
 * (then the error is about the user's text, which AssemblyScript does not accept: an arrow
 * function without a result type, say), rather than about what the lowering made of it.
 */
function reachedAscAsWritten(d, result) {
  if (!d.file) return false;
  const at = d.file.getLineAndCharacterOfPosition(d.start ?? 0).line;
  const line = d.file.text.split("\n")[at].trim();
  // AssemblyScript wants a result type on every arrow function: "Type expected" at a line
  // with an arrow that has none is about the user's text, even where the lowering moved it.
  if (/^AS1110:/.test(d.message) && /\([^()]*\)\s*=>/.test(line) && !/\)\s*:\s*[\w<>[\]|]+\s*=>/.test(line)) return true;
  return line !== "" && Object.values(result.assemblyScript).some((text) => text.includes(line));
}

const FAILURE = (kind) => kind !== "ok" && kind !== "error";

/**
 * Removes chunks of lines, halves first, then quarters, down to single lines, then single
 * statements, while compiling still fails the same way (same kind, same first words of the
 * detail): a small repro. At most `budget` compiles.
 */
function shrink(compile, text, found, dir, budget = 150, onProgress = () => {}) {
  const words = (detail) => detail.split(":").slice(0, 2).join(":");
  const same = (t) => {
    budget--;
    onProgress();
    const c = classify(compile, t, dir);
    return c.kind === found.kind && words(c.detail) === words(found.detail);
  };
  let lines = text.split("\n");
  for (let size = Math.ceil(lines.length / 2); size >= 1 && budget > 0; size = size === 1 ? 0 : Math.ceil(size / 2)) {
    for (let at = lines.length - size; at >= 0 && budget > 0; at -= size) {
      const candidate = [...lines.slice(0, at), ...lines.slice(at + size)];
      if (same(candidate.join("\n"))) lines = candidate;
    }
  }
  let best = lines.join("\n");
  const file = ts.createSourceFile("main.ts", best, ts.ScriptTarget.Latest, true);
  const nodes = [];
  const visit = (n) => {
    if ((ts.isStatement(n) || ts.isClassElement(n)) && !ts.isBlock(n)) nodes.push(n);
    ts.forEachChild(n, visit);
  };
  visit(file);
  // From the end, so that the positions of the nodes not yet tried stay right.
  nodes.sort((a, b) => b.getStart(file) - a.getStart(file));
  let removedBefore = Infinity;
  for (const n of nodes) {
    if (budget <= 0) break;
    if (n.end > removedBefore) continue; // inside or around a removed one
    const candidate = best.slice(0, n.getStart(file)) + best.slice(n.end);
    if (same(candidate)) {
      best = candidate;
      removedBefore = n.getStart(file);
    }
  }
  return best.split("\n").filter((l, i, all) => l.trim() !== "" || (i > 0 && all[i - 1].trim() !== "")).join("\n");
}

/** Writes a failure's repro into `outDir`/<kind>-<hash>/. Answers the folder. */
function writeRepro(outDir, failure) {
  const hash = crypto.createHash("sha1").update(failure.kind + failure.detail + failure.repro).digest("hex").slice(0, 10);
  const folder = path.join(outDir, `${failure.kind}-${hash}`);
  fs.mkdirSync(folder, { recursive: true });
  fs.writeFileSync(path.join(folder, "main.ts"), failure.repro + "\n");
  fs.writeFileSync(path.join(folder, "report.txt"), [
    `kind: ${failure.kind}`,
    `detail: ${failure.detail}`,
    `from: ${failure.source} (input ${failure.index} of seed ${failure.seed}), mutations: ${failure.mutations.join(", ")}`,
    "",
    "mutated program:",
    failure.text,
  ].join("\n"));
  return folder;
}

/**
 * Fuzzes `count` inputs (or until `deadline`, a Date.now() value) from `seed`, in this thread:
 * inputs start, start + stride, start + 2 stride, … (several threads share the work by stride).
 * `onInput(index, text)` is called before each compile (the supervisor's watchdog). Answers
 * { inputs, kinds: Map, failures: [...] }, failures shrunk unless `shrinkFailures` is false;
 * a mutant equal to one made before is not compiled again, and counted as "duplicate".
 */
function fuzz(compile, { seed, count = Infinity, deadline = Infinity, start = 0, stride = 1, shrinkFailures = true, onInput = () => {}, onFailure = () => {}, onProgress = () => {} }) {
  const programs = corpus();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "fuzz-"));
  const kinds = new Map();
  const failures = [];
  const seen = new Set();
  const made = new Set();
  let done = 0;
  try {
    for (; done < count && Date.now() < deadline; done++) {
      const index = start + done * stride;
      const r = rng((seed * 1_000_003 + index) >>> 0);
      const source = r.pick(programs);
      const { text, mutations } = mutate(source.text, r);
      // A mutant made before (about 3 in 100 are) would only repeat its outcome.
      const digest = crypto.createHash("sha1").update(text).digest("hex");
      if (made.has(digest)) {
        kinds.set("duplicate", (kinds.get("duplicate") ?? 0) + 1);
        onProgress("duplicate");
        continue;
      }
      made.add(digest);
      onInput(index, text);
      const found = classify(compile, text, dir);
      kinds.set(found.kind, (kinds.get(found.kind) ?? 0) + 1);
      onProgress(found.kind);
      if (!FAILURE(found.kind)) continue;
      const key = `${found.kind}:${found.detail}`;
      const failure = { ...found, seed, index, source: source.name, mutations, text, repro: text };
      if (shrinkFailures && !seen.has(key)) failure.repro = shrink(compile, text, found, dir, 150, onProgress);
      seen.add(key);
      failures.push(failure);
      onFailure(failure);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return { inputs: done, kinds, failures };
}

module.exports = { corpus, classify, shrink, fuzz, writeRepro, FAILURE };
