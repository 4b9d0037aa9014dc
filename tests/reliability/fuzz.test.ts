// The fuzzer (tools/fuzz), a fixed-seed bounded run: mutants of the project's own programs must
// compile or fail with clean, positioned diagnostics — never a compiler exception, a crash of
// asc, a hang, an invalid module, or an error about code the user did not write.
import { compile } from "../../transformer/compile";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { fuzz, classify, corpus } = require("../../tools/fuzz/run");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { mutate, POSITIONS } = require("../../tools/fuzz/mutate");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { rng } = require("../../tools/difftest/program");

const INPUTS = 200;

test(`${INPUTS} mutants of the corpus, seed 1: no failure`, () => {
  let compiles = 0;
  const counted = (request: Parameters<typeof compile>[0]) => {
    compiles++;
    return compile(request);
  };
  const { inputs, kinds, failures } = fuzz(counted, { seed: 1, count: INPUTS, shrinkFailures: false });
  expect(inputs).toBe(INPUTS);
  // A mutant made twice is compiled once.
  expect(kinds.get("duplicate")).toBeGreaterThan(0);
  expect(compiles + kinds.get("duplicate")).toBe(INPUTS);
  expect(failures.map((f: any) => `${f.kind}: ${f.detail} (${f.source}: ${f.mutations.join(", ")})\n${f.text}`)).toEqual([]);
  // The mutants reach both sides: modules that build, and programs the compiler refuses.
  expect(kinds.get("ok")).toBeGreaterThan(10);
  expect(kinds.get("error")).toBeGreaterThan(10);
});

test("the fuzzer's oracle catches what it is for", () => {
  const dir = require("fs").mkdtempSync(require("path").join(require("os").tmpdir(), "fuzz-oracle-"));
  // A clean dialect error at the user's line is no failure; a module that builds neither.
  expect(classify(compile, `import { select } from "ts-wasmexport";\nexport function f(): void { const s = select; }\n`, dir).kind).toBe("error");
  expect(classify(compile, `// @wasmexport f\nexport function f(): i32 { return 1; }\n`, dir).kind).toBe("ok");
  // A generator once gave tsc's "Cannot find global type" with no position, a failure: now
  // the dialect's own error stands at the '*'.
  expect(classify(compile, `function* g(): i32 {}\n`, dir).kind).toBe("error");
  // An array of void values failed inside AssemblyScript's library, with no position (found
  // by this fuzzer): now a dialect error at the element.
  const voidArray = classify(compile, `// @wasmexport f\nexport function f(): void { const t = [g()]; }\nfunction g(): void {}\n`, dir);
  expect(voidArray).toMatchObject({ kind: "error", detail: expect.stringMatching(/^TS99142: 'g\(\)' has no value/) });
});

test("mutations are reproducible from the seed and cover every kind", () => {
  const programs = corpus();
  expect(programs.length).toBeGreaterThan(20);
  const once = mutate(programs[0].text, rng(9));
  expect(mutate(programs[0].text, rng(9))).toEqual(once);
  expect(POSITIONS.length).toBeGreaterThanOrEqual(15);
});
