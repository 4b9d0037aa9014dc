// Uses of the dialect the compiler cannot rewrite are refused at the user's line with the
// dialect's own code, never an AssemblyScript error about generated code, a crash or a hang.
import { build, instantiate, locations } from "../foundation/helpers";

const HEADER = `import { go, Chan, select, recv, otherwise } from "ts-wasmexport";
// @wasmexport run
export function run(): void {
  const a = new Chan<i32>(1);
`; // the statement under test is on line 5

function errors(statement: string): string[] {
  const result = build(`${HEADER}  ${statement}\n}\n`);
  expect(result.binary).toBeNull();
  return locations(result);
}

test.each([
  ["select chosen by a ternary", "(true ? select : select)(recv(a));", ["main.ts(5,11): error TS99140", "main.ts(5,20): error TS99140"]],
  ["select taken from an array", "[select][0](recv(a));", ["main.ts(5,4): error TS99140"]],
  ["select in parentheses", "(select)(recv(a));", ["main.ts(5,4): error TS99140"]],
  // The case is refused too: s(…) is not known to be select.
  ["select stored in a variable", "const s = select; s(otherwise());", ["main.ts(5,13): error TS99140", "main.ts(5,23): error TS99145"]],
  ["go stored in a variable", "const g = go; g(() => {});", ["main.ts(5,13): error TS99140"]],
  ["a channel method stored", "const f = a.send; f(1);", ["main.ts(5,13): error TS99140"]],
  ["a channel method passed to go()", "go(a.close);", ["main.ts(5,6): error TS99140"]],
  ["a send as an array element", "const t = [a.send(1)];", ["main.ts(5,14): error TS99142"]],
  ["go() as a switch's discriminant", "switch (go(() => { a.send(1); })) { default: }", ["main.ts(5,11): error TS99143"]],
  ["go() as an operand", "const b = true; b || go(() => { a.send(1); });", ["main.ts(5,24): error TS99143"]],
  // Found by the fuzzer: a send (no value) as a switch's discriminant or under a unary minus
  // reached asc as '$sw0 = ;' and '-()'.
  ["a send as a switch's discriminant", "switch (a.send(1)) { default: }", ["main.ts(5,11): error TS99108"]],
  ["a send under a unary minus", "const t = -(a.send(1));", ["main.ts(5,14): error TS99108"]],
  // Found by the fuzzer: select cases outside a select reached asc as unknown names.
  ["select cases in a comma expression", "(recv(a, (v: i32) => {}), recv(a, (v: i32) => {}));", ["main.ts(5,4): error TS99145", "main.ts(5,29): error TS99145"]],
  ["a select case on its own", "otherwise();", ["main.ts(5,3): error TS99145"]],
  ["a property of go (asc: 'Cannot find name go', at the statement)", "while (go.length > 0) a.recv();", ["main.ts(5,10): error TS99140"]],
])("%s", (_name, statement, expected) => {
  expect(errors(statement)).toEqual(expected);
});

test("defer() in a closure that go() does not run: one error, at the closure, saying why", () => {
  const result = build(`import { defer } from "ts-wasmexport";\n// @wasmexport run\nexport function run(): void {\n  ((): void => { defer(() => {}); })();\n}\n`);
  expect(result.binary).toBeNull();
  // It was also TS99109, "top-level code has no return", at the defer().
  expect(locations(result)).toEqual(["main.ts(4,4): error TS99102"]);
  expect(result.errorText).toContain("This closure calls defer()");
});

test("the message says how to call it", () => {
  const result = build(`${HEADER}  const s = select;\n}\n`);
  expect(result.errorText).toContain("'select' can only be called directly, as in 'select(…)'");
});

// Found by the fuzzer: a token edit that renamed a declaration to `i32`.
test.each([
  ["an exported function named i32 (the export wrapper's i32 meant it)", `import { Chan } from "ts-wasmexport";\nexport function i32(x: i32): i32 { return x; }\n// @wasmexport outer\nexport function outer(): i32 { const c = new Chan<i32>(1); c.send(1); return c.recv(); }\n`, "main.ts(2,17): error TS99144"],
  ["a class named i32 (tsc: a global type missing, with no position)", `class i32 {\n  f(): () => i32 {\n  }\n}\n// @wasmexport run\nexport function run(): void {}\n`, "main.ts(1,7): error TS99144"],
])("a declaration named as an AssemblyScript type: %s", (_name, source, expected) => {
  const result = build(source);
  expect(result.binary).toBeNull();
  expect(locations(result)).toContain(expected);
  expect(result.diagnostics.every((d) => d.file !== undefined)).toBe(true);
});

// Found by the fuzzer (seed 21): a type argument misspelt as a dialect function's name. tsc's
// error stands alone; asc's about the same name where the channel is used, and about the
// frame built from that code, were consequences that named generated code.
test("a global channel of an unknown type: tsc's error only", () => {
  const result = build(`import { Chan } from "ts-wasmexport";\nlet events = new Chan<defer>(64);\n// @wasmexport event\nexport function event(value: i32): void {\n  events.send(value);\n}\n`);
  expect(result.binary).toBeNull();
  expect(locations(result)).toEqual(["main.ts(2,23): error TS2304"]);
});

// Found by the fuzzer (seed 21): a labeled loop in a constructor reached asc as written (its
// parse errors, one past the end of the file); in a plain closure or a static method it was
// refused as if it blocked. Where the lowering rewrites labels, they work.
const LOOP = "outer: for (let i = 0; i < 2; i++) { break outer; }";
test.each([
  ["a constructor", `class A { constructor() { ${LOOP} } }`, "main.ts(1,27): error TS99146"],
  ["a getter", `class A { get x(): i32 { ${LOOP} return 1; } }`, "main.ts(1,26): error TS99146"],
  ["a static method", `class A { static s(): void { ${LOOP} } }`, "main.ts(1,30): error TS99146"],
  ["a closure", `const q = (): void => { ${LOOP} };`, "main.ts(1,25): error TS99146"],
  ["top-level code", LOOP, "main.ts(1,1): error TS99146"],
])("a labeled statement in %s is refused at its label", (_name, declaration, expected) => {
  const result = build(`${declaration}\n// @wasmexport run\nexport function run(): void {}\n`);
  expect(result.binary).toBeNull();
  expect(locations(result)).toEqual([expected]);
});

test("labeled statements where the lowering rewrites them still build", () => {
  const result = build(`import { go, defer } from "ts-wasmexport";\nclass C<T> { m(): void { ${LOOP} } }\nfunction g<T>(x: T): void { ${LOOP} }\n// @wasmexport run\nexport function run(): void {\n  go((): void => { ${LOOP} });\n  defer((): void => { ${LOOP} });\n  new C<i32>().m();\n  g<i32>(1);\n}\n`);
  expect(result.errorText).toBe("");
  expect(result.binary).not.toBeNull();
});

// Found by the fuzzer (seed 21): a dialect function's name as a parameter's type; asc's
// "Cannot find name 'select'" stood at the go() line, in the goroutine's frame.
test("a dialect function used as a type in a goroutine's parameter: tsc's error only", () => {
  const result = build(`import { go, Chan, select } from "ts-wasmexport";\nfunction callHost(x: i32, out: select<i32>): void {}\n// @wasmexport outer\nexport function outer(x: i32): i32 {\n  const out = new Chan<i32>();\n  go(callHost, x, out);\n  return out.recv();\n}\n`);
  expect(result.binary).toBeNull();
  expect(locations(result)).toEqual(["main.ts(2,32): error TS2749"]);
});

// Found by the fuzzer (seed 21): code with tsc's errors that the lowering still rewrites (a
// '??' on a type's name — since seed 22 also the dialect's TS99152 there — a closure in a loop around an untyped call), where asc's parse errors
// stood past the end of the file, in what the lowering added.
test.each([
  ["'??' on a type's name in a function that blocks", `import { Chan } from "ts-wasmexport";\nfunction divide(a: i32, b: i32, out: Chan<i32>): void {\n  out.send(i32 ?? b);\n}\n// @wasmexport run\nexport function run(): void { divide(1, 2, new Chan<i32>(1)); }\n`, ["main.ts(3,12): error TS99152", "main.ts(3,12): error TS2345"]],
  ["a closure beside an untyped 'new this<i32>'", `function churn(n: i32): void {\n  for (let i = 0; i < n; i++) {\n    const tmp = new this<i32>(64);\n    ((): void => { tmp[0] = i; })();\n  }\n}\n// @wasmexport run\nexport function run(): void { churn(1); }\n`, ["main.ts(3,17): error TS2347", "main.ts(3,21): error TS2683"]],
])("tsc's errors only: %s", (_name, source, expected) => {
  const result = build(source);
  expect(result.binary).toBeNull();
  expect(locations(result)).toEqual(expected);
});

// Found by the fuzzer (seed 21): an empty type argument list, a grammar error tsc's checker
// reports; asc, which also parsed the goroutine's frame made from that signature, said "Type
// expected" at the go() line.
test("an empty type argument list in a goroutine's parameter: tsc's errors only", () => {
  const result = build(`import { go, Chan } from "ts-wasmexport";\nfunction churn(out: Chan<>, n: i32): void {}\n// @wasmexport run\nexport function run(n: i32): void {\n  go(churn, new Chan<i32>(8), n);\n}\n`);
  expect(result.binary).toBeNull();
  expect(locations(result)).toEqual(["main.ts(2,21): error TS2314", "main.ts(2,25): error TS1099"]);
});

test("a generator function is refused at its '*'", () => {
  const result = build(`function* numbers(): i32 { return 1; }\n// @wasmexport run\nexport function run(): i32 { return 1; }\n`);
  expect(result.binary).toBeNull();
  expect(locations(result)[0]).toBe("main.ts(1,9): error TS99141");
  expect(result.diagnostics.every((d) => d.file !== undefined)).toBe(true);
});

// Found by the fuzzer (seed 21): tsc's answer to an async function under AssemblyScript's
// library is "Cannot find global type 'Promise'" with no position, or asc's "Expression
// expected" at the function.
test.each([
  ["an async function", `async function later() {\n  await 1;\n}\n`, ["main.ts(1,1): error TS99147", "main.ts(2,3): error TS99147"]],
  ["an async arrow", `const later = async () => {};\n`, ["main.ts(1,15): error TS99147"]],
  ["an async method", `class A {\n  async m(): void {}\n}\n`, ["main.ts(2,3): error TS99147"]],
])("%s is refused at 'async', with a position", (_name, source, expected) => {
  const result = build(`${source}// @wasmexport run\nexport function run(): i32 { return 1; }\n`);
  expect(result.binary).toBeNull();
  expect(locations(result).filter((l) => l.endsWith("TS99147"))).toEqual(expected);
  expect(result.diagnostics.every((d) => d.file !== undefined)).toBe(true);
});

// Found by the fuzzer (seed 23, input 99 507): TypeScript 5.9's checker throws "Debug Failure.
// No error for last overload signature" on a constant used as an argument before, and in, its
// own initializer; compile() let the exception out.
test("a crash of TypeScript's own checker is TS99056 at the call it failed on, not an exception", () => {
  const result = build(`import { Chan } from "ts-wasmexport";\nfunction twice(ch: Chan<i32>, v: i32): i32 {\n  return v;\n}\n// @wasmexport expressions\nexport function expressions(x: i32): i32 {\n  const a = 1 + twice(ch, x) * 10;\n  const ch = x > 0 && twice(ch, 1) == 2 ? 100 : 200;\n  return a;\n}\n`);
  expect(result.binary).toBeNull();
  expect(locations(result)).toEqual(["main.ts(7,17): error TS99056"]);
  expect(result.errorText).toContain("Debug Failure. No error for last overload signature");
});

// asc said "AS100: Not implemented: Exceptions", and that a function returning from inside the
// try does not return a value.
test("try/catch and try/finally are refused at 'try', and nothing else is said", () => {
  const result = build(`export function f(n: i32): i32 {\n  try {\n    return n;\n  } catch (e) {\n    return -1;\n  }\n}\nexport function g(): void {\n  try {} finally {}\n}\n// @wasmexport run\nexport function run(): i32 { return f(1); }\n`);
  expect(result.binary).toBeNull();
  expect(locations(result)).toEqual(["main.ts(2,3): error TS99148", "main.ts(9,3): error TS99148"]);
  expect(result.errorText).toContain("recover() in a deferred function");
});

test("a method of the program's taken as a value, and a generic function given type arguments as a value, are refused at the value (asc said 'Property does not exist' and 'Expression expected' about generated code)", () => {
  const result = build(`import { Chan, go } from "ts-wasmexport";
class W { constructor(public out: Chan<i32>) {} run(n: i32): void { this.out.send(n); } }
function id<T>(x: T): T { return x; }
// @wasmexport m
export function m(): i32 {
  const w = new W(new Chan<i32>(1));
  const f: (n: i32) => void = w.run;
  const g = id<i32>;
  go(w.run, 7);
  return w.out.recv();
}
`);
  expect(locations(result)).toEqual(["main.ts(7,31): error TS99150", "main.ts(8,13): error TS99151"]);
  expect(result.errorText).toContain("'(n: i32) => w.run(n)'");
  expect(result.errorText).toContain("'(x: i32) => id<i32>(x)'");
});

// Found by the fuzzer (seed 22): a token edit that put a type's name, or AssemblyScript's own
// select<T> (the dialect's was not imported), where a value goes. tsc takes them as functions;
// asc's answers were "Type expected", "Expression expected" and "Type argument expected" at
// the generated code.
test.each([
  ["a type conversion as go()'s function", "go(i32, a, 1);", ["main.ts(5,6): error TS99152"]],
  ["a type conversion under a unary minus", "let m = -i64;", ["main.ts(5,12): error TS99152"]],
  ["a type conversion stored", "const f = bool;", ["main.ts(5,13): error TS99152"]],
  ["a generic built-in stored", "const f = changetype;", ["main.ts(5,13): error TS99152"]],
])("AssemblyScript's %s is refused at its name", (_name, statement, expected) => {
  expect(errors(statement)).toEqual(expected);
});

test("AssemblyScript's select<T> as a value, where the dialect's select is not imported", () => {
  const result = build(`// @wasmexport run\nexport function run(x: i32): i32 {\n  return -select;\n}\n`);
  expect(result.binary).toBeNull();
  expect(locations(result)).toContain("main.ts(3,11): error TS99152");
  expect(result.errorText).not.toContain("AS1");
});

test("type conversions and built-ins called, and their members, still build", () => {
  const result = build(`// @wasmexport run\nexport function run(x: f64): i32 {\n  const m = i32.MAX_VALUE;\n  return select<i32>(i32(x), m, x > 0) + <i32>changetype<usize>(0);\n}\n`);
  expect(result.errorText).toBe("");
  expect(instantiate(result.binary!).run(2.5)).toBe(2);
});

// Found by the fuzzer (seed 22): AssemblyScript's Array calls each element's own toString();
// for a class without one it failed inside its library, with no position of the program.
test("toString() and join() on an array of a class without toString() are refused at the method", () => {
  const source = `class Item { constructor(public v: i32) {} }\nclass Named { toString(): string { return "n"; } }\nconst items: Item[] = [new Item(1)];\nconst named: Named[] = [new Named()];\n// @wasmexport run\nexport function run(): i32 {\n  const s = items.toString() + items.join("-") + named.join(",");\n  return s.length;\n}\n`;
  const result = build(source);
  expect(result.binary).toBeNull();
  expect(locations(result)).toEqual(["main.ts(7,19): error TS99153", "main.ts(7,38): error TS99153"]);
  expect(result.errorText).toContain("give it a 'toString(): string' method");
});

// Found by the fuzzer (seed 22): tsc asks for the global type 'Promise' while it explains a bad
// overload, and reported that with no position beside the error at the call.
test("a bad reduce() overload: tsc's error at the call, no error without a position", () => {
  const result = build(`// @wasmexport run\nexport function run(): i32 {\n  const xs: i32[] = [1, 2];\n  return xs.map<i32>((x: i32) => x).reduce((p, v) => p == v, 0);\n}\n`);
  expect(result.binary).toBeNull();
  expect(result.diagnostics.length).toBeGreaterThan(0);
  expect(result.diagnostics.every((d) => d.file !== undefined)).toBe(true);
});
