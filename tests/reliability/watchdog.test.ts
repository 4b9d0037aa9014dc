// The asc bridge never hangs: a crash of asc and a build past the time limit each end the
// build with a coded diagnostic, and the next build gets a fresh, working compiler.
import { runAsc, setAscTimeLimit } from "../../transformer/asc/bridge";
import { build, instantiate, locations } from "../foundation/helpers";

const ARGS = ["-O1", "--exportStart", "_initialize", "--initialMemory", "1", "--runtime", "stub"];

function asc(source: string) {
  return runAsc({ files: { "main.ts": source }, entry: "main.ts", args: ARGS, exports: { run: "run" }, keep: ["memory"], lazyInit: [], wantText: false });
}

test("an asc crash is an answer that says what happened, and the next build works", () => {
  // A call through a ternary of two builtins (AssemblyScript's select<T>) fails one of asc's
  // own assertions, whose handler ends the process (here, the worker) after printing a report.
  const crashed = asc("export function run(): void { (true ? select : select)(1); }\n");
  expect(crashed.failure).toBe("crashed");
  expect(crashed.binary).toBeNull();
  expect(crashed.error).toMatch(/^during compile: AssertionError: assertion failed \(in \w+\)$/);
  const fine = asc("export function run(): i32 { return 42; }\n");
  expect(fine.failure).toBeUndefined();
  expect(instantiate(fine.binary!).run()).toBe(42);
});

test("a build past the time limit is stopped with a diagnostic that names the file", () => {
  const program = `// @wasmexport answer\nexport function answer(): i32 { return 41 + 1; }\n`;
  const previous = setAscTimeLimit(1);
  let stopped;
  try {
    stopped = build({ "slow.ts": program });
  } finally {
    setAscTimeLimit(previous);
  }
  expect(stopped.binary).toBeNull();
  expect(locations(stopped)).toEqual(["error TS99054"]);
  expect(stopped.errorText).toMatch(/The AssemblyScript compiler did not finish compiling \S*slow\.ts: no answer within 0\.001 s\. The build was stopped\./);
  const again = build({ "slow.ts": program });
  expect(again.errorText).toBe("");
  expect(instantiate(again.binary!).answer()).toBe(42);
});
