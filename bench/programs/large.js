// A larger dialect program: the workloads' ping-pong beside `relays` more blocking functions,
// each with an export that drives it. Its scheduler loop, with every state machine inlined,
// would be larger than V8 compiles well (docs/architecture.md, "RUN_LOOP_BUDGET"): the
// benchmark measures its ping-pong, and tests/foundation/runloop.test.ts what the bridge makes of it.
"use strict";

function largeProgram(relays) {
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
  for (let i = 0; i < relays; i++) {
    parts.push(
      `// r${i}(n) sends 0 … n-1 through relay${i}, which adds ${i}: the sum of what comes back`,
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

module.exports = { largeProgram };
