#!/usr/bin/env node
// npm run fuzz -- --minutes N [--seed S] [--out DIR] [--limit SECONDS] [--inputs K] [--jobs J]
//
// Mutates the conformance, host and example programs and compiles each mutant (run.js), until
// the time is up. The fuzzing runs in a worker thread that this thread watches: an input that
// keeps the compiler busy past the limit (default 60 s) anywhere — a loop in a stage of the
// compiler as much as in asc — is a failure of its own ("timeout"), and the work goes on in a
// new worker from the next input. Each failure is shrunk and written to DIR (default
// .cache/fuzz/<kind>-<hash>/: main.ts, the repro, and report.txt); the exit code is 1 if any.
// --inputs stops after K inputs, if the time is not up first. --jobs runs J workers (default
// 1), each with its own asc worker, taking the inputs in turns: on an idle machine two cores
// fuzz about twice as fast. A mutant is deduplicated within its worker only.
"use strict";
const fs = require("fs");
const path = require("path");
const { otherFlag } = require("../flags");
const { Worker, isMainThread, parentPort, workerData } = require("worker_threads");

const REPO = path.resolve(__dirname, "..", "..");

function parseArgs(argv) {
  const args = { minutes: 1, seed: Date.now() % 1_000_000, out: path.join(REPO, ".cache", "fuzz"), limit: 60, inputs: Infinity, jobs: 1 };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = () => argv[++i];
    if (flag === "--minutes") args.minutes = Number(value());
    else if (flag === "--seed") args.seed = Number(value());
    else if (flag === "--out") args.out = path.resolve(value());
    else if (flag === "--limit") args.limit = Number(value());
    else if (flag === "--inputs") args.inputs = Number(value());
    else if (flag === "--jobs") args.jobs = Math.max(1, Number(value()));
    else otherFlag(flag, "--minutes N, --seed S, --out DIR, --limit SECONDS, --inputs K, --jobs J");
  }
  return args;
}

if (isMainThread) supervise(parseArgs(process.argv.slice(2)));
else work(workerData);

/** The worker: fuzz from `start` until the deadline, telling the supervisor about every input. */
function work({ seed, start, stride, count, deadline, limit }) {
  const { compile } = require(path.join(REPO, "dist", "transformer", "compile.js"));
  const { setAscTimeLimit } = require(path.join(REPO, "dist", "transformer", "asc", "bridge.js"));
  const { fuzz } = require("./run");
  setAscTimeLimit(limit * 1000);
  const result = fuzz(compile, {
    seed,
    start,
    stride,
    count,
    deadline,
    onInput: (index, text) => parentPort.postMessage({ type: "input", index, text }),
    // Each compile, of an input or while shrinking one: the supervisor's sign of life.
    onProgress: (kind) => parentPort.postMessage({ type: "progress", kind }),
    onFailure: (failure) => parentPort.postMessage({ type: "failure", failure }),
  });
  parentPort.postMessage({ type: "done", inputs: result.inputs });
}

function supervise(args) {
  const { writeRepro } = require("./run");
  const started = Date.now();
  const deadline = started + args.minutes * 60_000;
  const kinds = new Map();
  let inputs = 0;
  let failures = 0;
  // Inputs handed to the compiler so far, across workers: a line every 2 000 of them shows the rate.
  let begun = 0;
  console.log(`fuzz: seed ${args.seed}, ${args.minutes} min, ${args.limit} s per input at most, failures to ${path.relative(process.cwd(), args.out) || "."}`);
  const report = (failure) => {
    failures++;
    const folder = writeRepro(args.out, failure);
    console.log(`  ${failure.kind}: ${failure.detail} (${path.relative(process.cwd(), folder)})`);
  };
  // Worker j takes inputs j, j + J, j + 2J, … below args.inputs; a worker replaced after a
  // stuck input goes on from its next one.
  const J = args.jobs;
  let running = 0;
  const run = (start) => {
    running++;
    let last = { index: start, text: "", at: Date.now() };
    const count = Math.ceil((args.inputs - start) / J);
    const worker = new Worker(__filename, { workerData: { seed: args.seed, start, stride: J, count, deadline, limit: args.limit } });
    const next = () => {
      running--;
      if (Date.now() < deadline && last.index + J < args.inputs) run(last.index + J);
      else if (running === 0) finish();
    };
    const watchdog = setInterval(() => {
      if (Date.now() - last.at < args.limit * 1000 + 10_000) return;
      // The worker is stuck on one input: that input is the failure; go on after it.
      clearInterval(watchdog);
      void worker.terminate();
      inputs += (last.index - start) / J + 1;
      kinds.set("timeout", (kinds.get("timeout") ?? 0) + 1);
      report({ kind: "timeout", detail: `no answer from the compiler within ${args.limit} s`, seed: args.seed, index: last.index, source: "?", mutations: [], text: last.text, repro: last.text });
      next();
    }, 1000);
    worker.on("message", (m) => {
      if (m.type === "input") {
        last = { index: m.index, text: m.text, at: Date.now() };
        if (++begun % 2000 === 0) {
          const seconds = (Date.now() - started) / 1000;
          console.log(`  ${begun} inputs begun in ${seconds.toFixed(0)} s (${(begun / seconds).toFixed(1)} a second), ${failures} failures`);
        }
      }
      else if (m.type === "progress") {
        last.at = Date.now();
        if (m.kind) kinds.set(m.kind, (kinds.get(m.kind) ?? 0) + 1);
      }
      else if (m.type === "failure") report(m.failure);
      else if (m.type === "done") {
        clearInterval(watchdog);
        inputs += m.inputs;
        running--;
        if (running === 0) finish();
      }
    });
    worker.on("error", (err) => {
      clearInterval(watchdog);
      report({ kind: "exception", detail: String(err && err.message), seed: args.seed, index: last.index, source: "?", mutations: [], text: last.text, repro: last.text });
      inputs += (last.index - start) / J + 1;
      next();
    });
  };
  const finish = () => {
    const seconds = ((Date.now() - started) / 1000).toFixed(0);
    console.log(`fuzz: ${inputs} inputs in ${seconds} s (seed ${args.seed}), ${failures} failures`);
    console.log(`  outcomes: ${[...kinds].map(([k, v]) => `${k} ${v}`).join(", ")}`);
    process.exitCode = failures > 0 ? 1 : 0;
  };
  fs.mkdirSync(args.out, { recursive: true });
  for (let j = 0; j < Math.min(J, args.inputs); j++) run(j);
}
