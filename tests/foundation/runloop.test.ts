// After asc the scheduler loop and the state machines are inlined into one function
// (docs/architecture.md), but no further than V8's full register allocator goes: a program
// with many blocking functions keeps its larger state machines as calls.
import { functionBodySizes } from "../../transformer/abi/module";
import { build, instantiate } from "./helpers";

const { largeProgram } = require("../../bench/programs/large") as { largeProgram: (relays: number) => string };

const RELAYS = 24;
const program = (): string => largeProgram(RELAYS);

test("a program with many blocking functions keeps every function within the scheduler loop's budget, and works", () => {
  const result = build({ "src/main.ts": program() });
  expect(result.errorText).toBe("");
  // Inlined whole, this program's loop is about 80 KB.
  expect(Math.max(...functionBodySizes(result.binary!))).toBeLessThanOrEqual(40_000);
  const e = instantiate(result.binary!);
  expect(e.pingpong(1000)).toBe(999);
  for (let i = 0; i < RELAYS; i++) expect(e[`r${i}`](10)).toBe(45 + 10 * i);
});

test("a small program's state machines are inlined into the scheduler loop", () => {
  const source = program().split("function relay0")[0];
  const result = build({ "src/main.ts": source });
  expect(result.errorText).toBe("");
  const sizes = functionBodySizes(result.binary!).sort((a, b) => b - a);
  // The loop holds both state machines: it is far larger than anything else in the module.
  expect(sizes[0]).toBeGreaterThan(2 * sizes[1]);
  expect(instantiate(result.binary!).pingpong(1000)).toBe(999);
});
