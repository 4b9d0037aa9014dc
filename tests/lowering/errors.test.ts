// What the lowering cannot do is a compile error at the dialect position, never an
// AssemblyScript error in generated code.
import { build, instantiate, locations } from "../foundation/helpers";

const HEADER = `import { go, Chan, Once } from "ts-wasmexport";\n`; // line 1

function errors(body: string): string[] {
  const result = build(HEADER + body);
  expect(result.binary).toBeNull();
  return locations(result);
}

test("a blocking function used as a value where it cannot be one", () => {
  // Given to AssemblyScript's library, which calls it as a plain function.
  expect(errors(`
function worker(ch: Chan<i32>): void { ch.send(1); }
// @wasmexport run
export function run(): void {
  const ch = new Chan<i32>(1);
  [ch].forEach(worker);
}
`)).toEqual(["main.ts(7,16): error TS99101"]);
  // Generic: a function value carries no type arguments.
  expect(errors(`
function worker<T>(ch: Chan<T>, v: T): void { ch.send(v); }
// @wasmexport run
export function run(): void {
  const ch = new Chan<i32>(1);
  const f: (c: Chan<i32>, v: i32) => void = worker;
  worker<i32>(ch, 1);
}
`)).toEqual(["main.ts(7,45): error TS99101"]);
});

test("blocking at top level", () => {
  expect(errors(`
const ch = new Chan<i32>(1);
ch.send(1);
`)).toEqual(["main.ts(4,1): error TS99103"]);
});

test("a goroutine capturing a parameter that is reassigned, in a closure made where the code is a frame's", () => {
  expect(errors(`
// @wasmexport run
export function run(): i32 {
  const ch = new Chan<i32>(1);
  const f = (n: i32): i32 => { go(() => { n = 1; }); return n; };
  ch.send(f(2));
  return ch.recv();
}
`)).toEqual(["main.ts(6,14): error TS99104"]);
});

test("a closure that blocks passed to something other than go, select or defer", () => {
  expect(errors(`
// @wasmexport run
export function run(): void {
  const ch = new Chan<i32>(4);
  [1, 2].forEach((x: i32) => { ch.send(x); });
}
`)).toEqual(["main.ts(6,18): error TS99102"]);
  // Once.do calls its function as a plain one too.
  expect(errors(`
const once = new Once();
// @wasmexport run
export function run(): void {
  const ch = new Chan<i32>(4);
  once.do(() => { ch.send(1); });
}
`)).toEqual(["main.ts(7,11): error TS99102"]);
});

test("recvOk() that is not destructured where it is called", () => {
  expect(errors(`
// @wasmexport run
export function run(): i32 {
  const ch = new Chan<i32>(1);
  ch.send(1);
  const pair = ch.recvOk();
  return 0;
}
`)).toEqual(["main.ts(7,16): error TS99107"]);
});

test("a blocking method with type parameters of its own, called by dispatch", () => {
  // Generic blocking functions, methods of generic classes and methods with type parameters of
  // their own are lowered (generic frame classes); an overridden one is not: AssemblyScript has
  // no generic virtual method.
  expect(errors(`
class Relay {
  pass<T>(c: Chan<T>): T { return c.recv(); }
}
class Loud extends Relay {
  pass<T>(c: Chan<T>): T { const v = c.recv(); return v; }
}
// @wasmexport run
export function run(): i32 {
  const c = new Chan<i32>(1);
  c.send(1);
  return new Loud().pass<i32>(c);
}
`).sort()).toEqual(["main.ts(4,3): error TS99106", "main.ts(7,3): error TS99106"]);
});

test("a blocking method with type parameters of its own, called directly; static blocking methods", () => {
  const result = build(HEADER + `
class Relay<K> {
  constructor(public key: K) {}
  pass<T>(c: Chan<T>): T { return c.recv(); }
  tagged<T>(c: Chan<T>, extra: T): string { const v = c.recv(); return \`\${this.key}:\${v}:\${extra}\`; }
}
class Pool {
  static readonly ch: Chan<i32> = new Chan<i32>(4);
  static take(): i32 { return Pool.ch.recv() * 2; }
  static twice<T>(c: Chan<T>): T { c.recv(); return c.recv(); }
}
// @wasmexport run
export function run(n: i32): i32 {
  const c = new Chan<i32>(4);
  c.send(n);
  c.send(n + 1);
  const r = new Relay<string>("k");
  Pool.ch.send(n);
  c.send(8);
  c.send(9);
  return r.pass<i32>(c) * 10000 + r.tagged(c, 7).length * 1000 + Pool.take() * 10 + Pool.twice<i32>(c);
}
`);
  expect(result.errorText).toBe("");
  expect((instantiate(result.binary!).run as (n: number) => number)(3)).toBe(35069);
});

test("go() of an instantiated generic function that does not block", () => {
  expect(errors(`
let total: i32 = 0;
function add<T>(v: T): void { total += <i32>v; }
// @wasmexport run
export function run(): i32 {
  go(add<i32>, 1);
  return total;
}
`)).toEqual(["main.ts(7,6): error TS99112"]);
});

test("'?.' around a blocking operation; in plain code, a '?.' whose number cannot be null", () => {
  // In blocking code they are lowered (c ??= b below is fine); around a park they are not.
  expect(errors(`
class Box { ch: Chan<i32> = new Chan<i32>(1); n: i32 = 0; }
function pick(a: Box | null, b: Box): Box {
  const n = a?.n;
  return a ?? b;
}
function work(a: Box | null, b: Box): void {
  b.ch.send(1);
  const v = a?.ch.recv();
  let c: Box | null = a;
  c ??= b;
}
`).sort()).toEqual([
    "main.ts(10,14): error TS99119",
    "main.ts(5,14): error TS99119",
  ]);
  expect(errors(`
class Box { n: i32 = 0; next: Box | null = null; }
function make(): Box | null { return null; }
function fill(b: Box, m: (Box | null)[]): void {
  m[0] ??= b;
}
function pick<T>(f: () => T | null, b: T): T {
  return f() ?? b;
}
`)).toEqual(["main.ts(6,8): error TS99120", "main.ts(9,10): error TS99120"]);
});

test("a local whose type AssemblyScript's declarations give only as 'number' asks for an annotation", () => {
  expect(errors(`import { gosched } from "ts-wasmexport";
// @wasmexport run
export function run(): i32 {
  const b = I32.parseInt("21");
  const c: i32 = I32.parseInt("1");
  gosched();
  return b + c;
}
`)).toEqual(["main.ts(5,9): error TS99105"]);
});

test("a default parameter value that blocks, in a blocking function and in a plain one", () => {
  expect(errors(`import { gosched } from "ts-wasmexport";
function f(ch: Chan<i32>, v: i32 = ch.recv()): i32 { gosched(); return v; }
function bget(ch: Chan<i32>): i32 { gosched(); return ch.recv(); }
function g(ch: Chan<i32>, v: i32 = bget(ch)): i32 { return v; }
// @wasmexport run
export function run(): i32 { const c = new Chan<i32>(2); c.send(1); c.send(2); return f(c) + g(c); }
`)).toEqual(["main.ts(3,36): error TS99108", "main.ts(5,36): error TS99108"]);
});

test("closures as values: what is not lowered yet is an error at the closure", () => {
  // A captured parameter that is assigned, of an arrow function with an expression body (a
  // function with a block body shares it through a Box: tests/differential/programs/
  // captured_param_plain.ts); 'this' of a class without a name.
  expect(errors(`
const counter = (n: i32): (() => i32) => (): i32 => ++n;
const Anon = class { x: i32 = 1; get(): () => i32 { return (): i32 => this.x; } };
// @wasmexport run
export function run(k: i32): i32 {
  return counter(1)() + new Anon().get()();
}
`).sort()).toEqual(["main.ts(3,18): error TS99104", "main.ts(4,60): error TS99115"]);
});

test("closures in generic code capture values of the type parameters (a generic environment)", () => {
  const result = build(HEADER + `
function memo<K, V>(f: (k: K) => V): (k: K) => V {
  const cache = new Map<K, V>();
  return (k: K): V => {
    if (cache.has(k)) return cache.get(k);
    const v = f(k);
    cache.set(k, v);
    return v;
  };
}
class Bag<T> {
  items: T[] = [];
  constructor(public extra: T) {}
  withExtra(): T[] { return this.items.map<T>((x: T): T => this.extra); }
}
let calls = 0;
function sq(x: i32): i32 { calls++; return x * x; }
// @wasmexport run
export function run(n: i32): i32 {
  const m = memo<i32, i32>(sq);
  const b = new Bag<i32>(n);
  b.items.push(1);
  return (m(n) + m(n) + m(n + 1)) * 100 + calls * 10 + b.withExtra()[0];
}
`);
  expect(result.errorText).toBe("");
  expect((instantiate(result.binary!).run as (n: number) => number)(3)).toBe(3423);
});

test("a getter, a setter or a constructor that blocks", () => {
  expect(errors(`
class A {
  ch: Chan<i32> = new Chan<i32>(1);
  get v(): i32 { return this.ch.recv(); }
  set v(x: i32) { this.ch.send(x); }
  constructor() { this.ch.send(7); }
}
// @wasmexport g
export function g(): i32 { return new A().v; }
`)).toEqual(["main.ts(5,25): error TS99117", "main.ts(6,19): error TS99117", "main.ts(7,19): error TS99117"]);
});

test("a blocking operation in an expression the lowering does not handle names the expression", () => {
  const result = build(HEADER + `
// @wasmexport t
export function t(): i32 {
  const ch = new Chan<i32>(2);
  ch.send(0);
  const a: i32[] = [1, 2];
  a[ch.recv()]++;
  return a[0];
}
`);
  expect(locations(result)).toEqual(["main.ts(8,3): error TS99108"]);
  expect(result.errorText).toContain("cannot stand in an increment or decrement (++, --)");
});

test("a closure that captures nothing is passed to AssemblyScript as it is", () => {
  const result = build(HEADER + `
// @wasmexport run
export function run(): i32 {
  const xs: i32[] = [1, 2, 3];
  return xs.map<i32>((x: i32): i32 => x * 2)[2];
}
`);
  expect(result.errorText).toBe("");
});

test("an AssemblyScript error inside a lowered function points at the user's line", () => {
  const result = build(HEADER + `
// @wasmexport run
export function run(): i32 {
  const ch = new Chan<i32>(1);
  ch.send(1);
  const s: string = ch.recv();
  return 0;
}
`, { typeCheck: false });
  expect(result.binary).toBeNull();
  expect(locations(result)[0]).toMatch(/^main\.ts\(7,\d+\): error TS/);
});

test("an AssemblyScript error inside a statement printed whole in a lowered function points at its own line", () => {
  const result = build(HEADER + `
// @wasmexport run
export function run(x: i32): i32 {
  const ch = new Chan<i32>(1);
  ch.send(x);
  let s: i32 = ch.recv();
  if (x > 0) {
    s += 1;
    s = 2.5;
  }
  return s;
}
`, { typeCheck: false });
  expect(result.binary).toBeNull();
  expect(locations(result)).toEqual(["main.ts(10,5): error TS99050"]);
});

test("a blocking call in a position that has no lowering is refused at its own position", () => {
  // A send, which returns nothing, where a value is wanted.
  expect(errors(`
// @wasmexport run
export function run(v: i32): i32 {
  const ch = new Chan<i32>(1);
  const s = \`\${ch.send(v)}\`;
  return s.length;
}
`)).toEqual(["main.ts(6,16): error TS99108"]);
  // A class field's initialiser and a computed member name: evaluated as plain code.
  expect(errors(`
const ch = new Chan<i32>(1);
class C {
  f: i32 = ch.recv();
  [ch.recv()](): void {}
}
`)).toEqual(["main.ts(5,12): error TS99117", "main.ts(6,4): error TS99108"]);
});

test("a generic arrow function, which AssemblyScript does not compile, in blocking and in plain code", () => {
  expect(errors(`
// @wasmexport run
export function run(): i32 {
  const ch = new Chan<i32>(1);
  ch.send(5);
  const g = <T>(a: T): T => a;
  return g<i32>(ch.recv());
}
// @wasmexport plain
export function plain(): i32 {
  const h = function <T>(a: T): T { return a; };
  return h<i32>(1);
}
`)).toEqual(["main.ts(7,14): error TS99122", "main.ts(12,23): error TS99122"]);
});

test("super.m() of a method that does not block, inside a method that blocks, is refused at the call", () => {
  expect(errors(`
class Box {
  ch: Chan<i32> = new Chan<i32>(1);
  get(): i32 { return this.ch.recv(); }
  plain(): i32 { return 100; }
}
class Sub extends Box {
  twice(): i32 { return super.get() * 2 + super.plain(); }
}
// @wasmexport run
export function run(): i32 {
  const s = new Sub();
  s.ch.send(4);
  return s.twice();
}
`)).toEqual(["main.ts(9,43): error TS99108"]);
});

test("'this' in a go() closure that names no object", () => {
  // In a method, `this` is the object and the goroutine's frame keeps it (the differential
  // programs this_in_go*); in a static method it is the class, which no frame can keep.
  expect(errors(`
class Pool {
  static count: i32 = 0;
  static start(ch: Chan<i32>): void {
    go(() => { ch.send(this.count); });
  }
}
// @wasmexport run
export function run(): i32 {
  const ch = new Chan<i32>(1);
  Pool.start(ch);
  return ch.recv();
}
`)).toEqual(["main.ts(6,24): error TS99113"]);
});
