// The differential tester: random channel programs (program.js) compiled as one dialect module
// per batch, each run on a fresh instance, against the reference model (model.js); and, when Go
// is on the machine, the same programs as real Go.
//
// For each program the module's log and outcome must equal the model's exactly (the model runs
// the schedule the runtime follows, with the runtime's choice wherever Go would choose at
// random), and the module's log must have the properties every legal run has (no value lost,
// invented or duplicated, per-sender order on each channel, closed-channel behaviour). Go runs
// under its own schedule: its log must have the same properties, and it must panic only with
// the words the model uses.
"use strict";
const { execFileSync, spawnSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");
const { generate, dialectSource, goSource } = require("./program");
const { simulate, checkProperties } = require("./model");

const GO_WORDS = ["send on closed channel", "close of closed channel", "all goroutines are asleep - deadlock!"];

/**
 * Compiles a batch of programs into one module with `compile` (compile() of the package) and
 * runs them. Answers { programs, results: [{ program, log, outcome }] } or throws with the
 * compiler's errors.
 */
function runBatch(compile, seeds, { workDir, options = {} } = {}) {
  const programs = seeds.map(generate);
  const dir = fs.mkdtempSync(path.join(workDir ?? os.tmpdir(), "difftest-"));
  const entry = path.join(dir, "main.ts");
  fs.writeFileSync(entry, dialectSource(programs));
  const built = compile({ entry, ...options });
  if (!built.binary) throw new Error(`a generated batch did not compile (${entry}):\n${built.errorText}`);
  fs.rmSync(dir, { recursive: true, force: true });
  const compiled = new WebAssembly.Module(built.binary);
  const results = programs.map((program, n) => {
    const log = [];
    const e = new WebAssembly.Instance(compiled, { difftest: { log: (g, i, a, b) => { log.push([g, i, a, b]); } } }).exports;
    let outcome = "ok";
    try {
      e[`p${n}`]();
    } catch (err) {
      if (!(err instanceof WebAssembly.RuntimeError)) throw err;
      outcome = Buffer.from(new Uint8Array(e.memory.buffer, e.wasmexport_panic_ptr(), e.wasmexport_panic_len())).toString("utf8");
    }
    return { program, log, outcome };
  });
  return { programs, results, source: dialectSource(programs) };
}

/** Compares one run with the model (with `faults`, to show a wrong model is caught). Answers a mismatch, or null. */
function compareWithModel({ program, log, outcome }, n, faults = {}) {
  const choices = new Map(log.filter(([g, i]) => program.scripts[g]?.[i]?.k === "select").map(([g, i, a]) => [`${g},${i}`, a]));
  // A select the module's log does not show: the run ended in it. Any of its ready cases may
  // have been taken; the model agrees if one of them gives the module's run.
  const branch = (taken) => {
    const tried = simulate(program, `p${n}`, taken, faults);
    if (!tried.unknown) return tried;
    let last = tried;
    for (const k of tried.unknown.options) {
      last = branch(new Map([...taken, [tried.unknown.key, k]]));
      if (last.outcome === outcome && JSON.stringify(last.log) === JSON.stringify(log)) return last;
    }
    return last;
  };
  const model = branch(choices);
  if (model.outcome !== outcome) return `outcome: module ${JSON.stringify(outcome)}, model ${JSON.stringify(model.outcome)}`;
  const a = JSON.stringify(log);
  const b = JSON.stringify(model.log);
  if (a !== b) return `log: module ${a}\n     model  ${b}`;
  const broken = checkProperties(program, log);
  return broken ? `property: ${broken}` : null;
}

/** Whether `go` can build programs here. */
function goAvailable() {
  return spawnSync("go", ["version"], { encoding: "utf8" }).status === 0;
}

/** Builds the batch as one Go program and runs each; answers a mismatch per program (or null). */
function runGo(programs, workDir) {
  const dir = fs.mkdtempSync(path.join(workDir ?? os.tmpdir(), "difftest-go-"));
  try {
    fs.writeFileSync(path.join(dir, "main.go"), goSource(programs));
    fs.writeFileSync(path.join(dir, "go.mod"), "module difftest\n\ngo 1.21\n");
    const binary = path.join(dir, "difftest");
    execFileSync("go", ["build", "-o", binary, "."], { cwd: dir, env: { ...process.env, GOTOOLCHAIN: "local", GOFLAGS: "-mod=mod" }, stdio: "pipe" });
    return programs.map((program, n) => {
      const run = spawnSync(binary, [String(n)], { encoding: "utf8", env: { ...process.env, GOMAXPROCS: "1" }, timeout: 20000 });
      const log = run.stdout.split("\n").filter((l) => /^-?\d+ -?\d+ -?\d+ -?\d+$/.test(l)).map((l) => l.split(" ").map(Number));
      const panic = /^(?:panic|fatal error): (.*?)(?: \[recovered\])?$/m.exec(run.stderr)?.[1];
      if (run.status !== 0 && !panic) return `go: exit ${run.status} without a panic: ${run.stderr.slice(0, 300)}`;
      if (panic && !GO_WORDS.some((w) => panic.startsWith(w))) return `go: panicked with other words: ${panic}`;
      const broken = checkProperties(program, log, { inOrder: false, cut: Boolean(panic) });
      return broken ? `go property: ${broken}` : null;
    });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

module.exports = { runBatch, compareWithModel, runGo, goAvailable };
