// The README's commands for the tools: each runs from the command line (on the built package,
// dist/, as the CLI tests do), takes its flags and reports what it did.
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

const REPO = path.resolve(__dirname, "..", "..");

function run(script: string, args: string[]) {
  return spawnSync(process.execPath, [path.join(REPO, script), ...args], { cwd: REPO, encoding: "utf8", timeout: 240_000 });
}

test("npm run difftest -- --minutes N --seed S: one batch at least, a summary, exit 0", () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "difftest-cli-"));
  const result = run("tools/difftest/cli.js", ["--minutes", "0", "--seed", "7", "--batch", "4", "--no-go", "--out", out]);
  expect(result.stderr).toBe("");
  expect(result.stdout).toMatch(/^difftest: 4 programs in \d+ s \(seed 7\), 0 mismatches; 0 runs as Go$/m);
  expect(result.status).toBe(0);
});

test("npm run difftest -- --programs K: stops after K programs, in whole batches", () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "difftest-cli-"));
  const result = run("tools/difftest/cli.js", ["--minutes", "5", "--seed", "8", "--batch", "3", "--programs", "5", "--no-go", "--out", out]);
  expect(result.stderr).toBe("");
  expect(result.stdout).toMatch(/^difftest: 6 programs in \d+ s \(seed 8\), 0 mismatches; 0 runs as Go$/m);
  expect(result.status).toBe(0);
});

test("npm run fuzz -- --minutes N --seed S: inputs classified, a summary, the exit code says whether anything failed", () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "fuzz-cli-"));
  const result = run("tools/fuzz/cli.js", ["--minutes", "1", "--seed", "4", "--inputs", "6", "--out", out]);
  const summary = /^fuzz: (\d+) inputs in \d+ s \(seed 4\), (\d+) failures$/m.exec(result.stdout);
  expect(summary).not.toBeNull();
  expect(Number(summary![1])).toBe(6);
  const failures = Number(summary![2]);
  expect(result.status).toBe(failures > 0 ? 1 : 0);
  // Each failure leaves a repro folder.
  expect(fs.readdirSync(out).length > 0).toBe(failures > 0);
});

test("npm run fuzz -- --jobs J: J workers share the inputs, each counted once", () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "fuzz-cli-"));
  const result = run("tools/fuzz/cli.js", ["--minutes", "1", "--seed", "4", "--inputs", "5", "--jobs", "2", "--out", out]);
  const summary = /^fuzz: (\d+) inputs in \d+ s \(seed 4\), (\d+) failures$/m.exec(result.stdout);
  expect(summary).not.toBeNull();
  expect(Number(summary![1])).toBe(5);
  // One summary, when the last worker is done.
  expect(result.stdout.match(/^fuzz: \d+ inputs/gm)).toHaveLength(1);
  const outcomes = /^ {2}outcomes: (.*)$/m.exec(result.stdout)![1].split(", ").map((o) => Number(o.split(" ").pop()));
  expect(outcomes.reduce((a, b) => a + b, 0)).toBe(5);
});
