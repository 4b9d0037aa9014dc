// The differential tester of the runtime (tools/difftest), a fixed-seed bounded run: random
// channel programs against the reference model of Go's channel semantics, the model's
// deliberate faults caught, and the same programs as real Go when Go is installed.
import { compile } from "../../transformer/compile";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { runBatch, compareWithModel, runGo, goAvailable } = require("../../tools/difftest/run");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { generate, dialectSource } = require("../../tools/difftest/program");

const SEEDS = Array.from({ length: 30 }, (_, k) => 7_000_000 + k);
let batch: { programs: any[]; results: any[] };

beforeAll(() => {
  batch = runBatch(compile, SEEDS, { options: { optimize: 0 } });
});

test("every program runs as the model says, with the properties of a legal run", () => {
  const mismatches = batch.results.map((r: any, n: number) => compareWithModel(r, n)).filter(Boolean);
  expect(mismatches).toEqual([]);
  // The run reaches the outcomes that matter: normal ends, deadlocks and panics.
  const outcomes = new Set(batch.results.map((r: any) => (r.outcome.startsWith("all goroutines") ? "deadlock" : r.outcome)));
  expect([...outcomes].sort()).toEqual(expect.arrayContaining(["deadlock", "ok", "send on closed channel"]));
});

test.each([
  ["wait queues served last in first out", { lifo: true }],
  ["a receive from a closed channel reported ok", { closedOk: true }],
  ["a lost wake-up", { lostWakeup: true }],
])("the comparison catches a model with %s", (_name, faults) => {
  const caught = batch.results.filter((r: any, n: number) => compareWithModel(r, n, faults) !== null);
  expect(caught.length).toBeGreaterThan(0);
});

test("the generator is reproducible from its seed and leans towards the rare paths", () => {
  expect(dialectSource([generate(42)])).toBe(dialectSource([generate(42)]));
  const ops = SEEDS.flatMap((s) => generate(s).scripts.flat());
  const kinds = new Set(ops.map((op: any) => op.k));
  expect([...kinds].sort()).toEqual(["close", "go", "recv", "recvOk", "select", "send"]);
  expect(ops.some((op: any) => op.k === "select" && op.cases.some((c: any) => c.c < 0))).toBe(true);
  expect(SEEDS.some((s) => generate(s).channels.some((c: any) => c.cap >= 2))).toBe(true);
});

(goAvailable() ? test : test.skip)("the same programs as real Go have the same properties and panic with the same words", () => {
  expect(runGo(batch.programs).filter(Boolean)).toEqual([]);
});
