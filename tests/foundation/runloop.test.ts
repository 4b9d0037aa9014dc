// After asc the scheduler loop and the state machines are inlined into one function
// (docs/architecture.md), but no further than V8's full register allocator goes: a program
// with many blocking functions keeps its larger state machines as calls.
import { functionBodySizes } from "../../transformer/abi/module";
import { build, instantiate } from "./helpers";

const RELAYS = 24;

function program(): string {
  const parts = [
    `import { go, Chan } from "ts-wasmexport";`,
    `function echo(inbox: Chan<i32>, outbox: Chan<i32>): void { for (const v of inbox) outbox.send(v); }`,
    `// @wasmexport pingpong`,
    `export function pingpong(rounds: i32): i32 {`,
    `  const a = new Chan<i32>(); const b = new Chan<i32>();`,
    `  go(echo, a, b);`,
    `  let v: i32 = 0;`,
    `  for (let i = 0; i < rounds; i++) { a.send(i); v = b.recv(); }`,
    `  a.close();`,
    `  return v;`,
    `}`,
  ];
  for (let i = 0; i < RELAYS; i++) {
    parts.push(
      `function relay${i}(a: Chan<i32>, b: Chan<i32>, n: i32): void {`,
      `  let s: i64 = 0;`,
      `  for (let j = 0; j < n; j++) { const v = a.recv(); s += v; b.send(v + ${i}); if (s > 100000) break; }`,
      `}`,
      `// @wasmexport r${i}`,
      `export function r${i}(n: i32): i32 {`,
      `  const a = new Chan<i32>(); const b = new Chan<i32>();`,
      `  go(relay${i}, a, b, n);`,
      `  let t: i32 = 0;`,
      `  for (let j = 0; j < n; j++) { a.send(j); t += b.recv(); }`,
      `  return t;`,
      `}`,
    );
  }
  return parts.join("\n") + "\n";
}

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
