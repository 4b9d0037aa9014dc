#!/usr/bin/env node
// npm run difftest -- --minutes N [--seed S] [--batch B] [--programs K] [--no-go] [--out DIR]
//
// Generates random channel programs in batches (one module per batch) until the time is up,
// compares each run with the reference model and, when Go is installed, runs the programs as
// Go too (see run.js). A mismatch is written to DIR (default .cache/difftest) with the
// program, its dialect and Go text, and what differed; the exit code is 1 if any was found.
// --programs stops after K programs (rounded up to whole batches), if the time is not up first.
// A batch's fixed costs (asc and `go build` of one module) are a second or two whatever its
// size, so big batches are cheaper per program: unoptimised, 100 cost about 0.13 s each on a
// two-core machine, 40 about 0.3 s. --batch is the size of the unoptimised batches; the
// optimised ones hold 30 at most.
"use strict";
const fs = require("fs");
const path = require("path");
const { otherFlag } = require("../flags");
const { runBatch, compareWithModel, runGo, goAvailable } = require("./run");
const { dialectSource, goSource } = require("./program");

const REPO = path.resolve(__dirname, "..", "..");

function parseArgs(argv) {
  const args = { minutes: 1, seed: Date.now() % 1_000_000, batch: 100, programs: Infinity, go: true, out: path.join(REPO, ".cache", "difftest") };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = () => argv[++i];
    if (flag === "--minutes") args.minutes = Number(value());
    else if (flag === "--seed") args.seed = Number(value());
    else if (flag === "--batch") args.batch = Number(value());
    else if (flag === "--programs") args.programs = Number(value());
    else if (flag === "--no-go") args.go = false;
    else if (flag === "--out") args.out = path.resolve(value());
    else otherFlag(flag, "--minutes N, --seed S, --batch B, --programs K, --no-go, --out DIR");
  }
  return args;
}

/** Programs per optimised module at most (see main). */
const OPTIMISED_BATCH = 30;

function main() {
  const args = parseArgs(process.argv.slice(2));
  const { compile } = require(path.join(REPO, "dist", "transformer", "compile.js"));
  // A batch is a big module, built beside other work: a slow build is no finding here.
  require(path.join(REPO, "dist", "transformer", "asc", "bridge.js")).setAscTimeLimit(10 * 60_000);
  const useGo = args.go && goAvailable();
  const started = Date.now();
  const deadline = started + args.minutes * 60_000;
  const outcomes = new Map();
  let programs = 0;
  let mismatches = 0;
  let goRuns = 0;
  console.log(`difftest: seed ${args.seed}, ${args.batch} programs per module, ${args.minutes} min, Go ${useGo ? "on" : "off"}`);
  // At least one batch, whatever the time.
  for (let batch = 0; batch === 0 || (Date.now() < deadline && programs < args.programs); batch++) {
    // The runtime as shipped (optimised) and as asc leaves it, in turns. The optimiser's time
    // grows faster than the module (the scheduler loop inlines every goroutine's state
    // machine): 40 programs took 13 s, 100 more than two minutes, so optimised batches are
    // kept to OPTIMISED_BATCH.
    const options = { optimize: batch % 2 === 0 ? 0 : 3 };
    const size = options.optimize ? Math.min(args.batch, OPTIMISED_BATCH) : args.batch;
    const seeds = Array.from({ length: size }, (_, k) => args.seed * 100_000 + programs + k + 1);
    const { programs: generated, results } = runBatch(compile, seeds, { options });
    const goFound = useGo ? runGo(generated) : [];
    goRuns += goFound.length;
    results.forEach((result, n) => {
      programs++;
      const kind = result.outcome.startsWith("all goroutines") ? "deadlock" : result.outcome;
      outcomes.set(kind, (outcomes.get(kind) ?? 0) + 1);
      const found = [compareWithModel(result, n), goFound[n]].filter(Boolean);
      if (found.length === 0) return;
      mismatches++;
      const file = path.join(args.out, `seed-${seeds[n]}`);
      fs.mkdirSync(file, { recursive: true });
      fs.writeFileSync(path.join(file, "program.json"), JSON.stringify({ ...result.program, options }, null, 1));
      fs.writeFileSync(path.join(file, "main.ts"), dialectSource([result.program]));
      fs.writeFileSync(path.join(file, "main.go"), goSource([result.program]));
      fs.writeFileSync(path.join(file, "mismatch.txt"), found.join("\n") + "\n");
      console.log(`mismatch in program seed ${seeds[n]} (${file}):\n  ${found.join("\n  ")}`);
    });
    console.log(`  ${programs} programs, ${mismatches} mismatches, ${((Date.now() - started) / 1000).toFixed(0)} s`);
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  console.log(`difftest: ${programs} programs in ${seconds} s (seed ${args.seed}), ${mismatches} mismatches; ${goRuns} runs as Go`);
  console.log(`  outcomes: ${[...outcomes].map(([k, v]) => `${k} ${v}`).join(", ")}`);
  process.exitCode = mismatches > 0 ? 1 : 0;
}

main();
