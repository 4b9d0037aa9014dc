// '??', '??=' and '?.' in code that does not block, where the compiler rewrites them for
// AssemblyScript. The test runs this file as TypeScript too (transpiled to JavaScript) and
// compares the results: the operators must mean what they mean in TypeScript.

class Item {
  n: i32 = 0;
  name: string = "";
  next: Item | null = null;
  constructor(n: i32, name: string) { this.n = n; this.name = name; }
  bump(): void { this.n++; }
  self(): Item | null { return this; }
}

let cached: Item | null = null;

function make(n: i32): Item | null {
  return n > 0 ? new Item(n, "i" + n.toString()) : null;
}

let calls = 0;
function counted(n: i32): Item | null {
  calls++;
  return make(n);
}

// @wasmexport coalesce
export function coalesce(n: i32): i32 {
  const a = make(n);
  const b = a ?? new Item(100, "dflt");
  const c = make(n)?.next ?? b;
  const d = counted(n) ?? counted(1);
  return b.n + c.n * 1000 + (d ? d.n : 0) * 100000 + calls * 10000000;
}

// @wasmexport chain
export function chain(n: i32): i32 {
  const a = make(n);
  const len = a?.name.length ?? -1;
  const nm = a?.name;
  a?.bump();
  a?.self()?.bump();
  const m = a?.n ?? -5;
  if (a) a.next = make(n + 1);
  const nn = a?.next?.n ?? -7;
  const nx = make(n)?.self()?.next;
  return len * 1000000 + (nm != null ? 1 : 0) * 100000 + m * 1000 + nn * 10 + (nx == null ? 1 : 0);
}

// @wasmexport assign
export function assign(n: i32): i32 {
  let a = make(n);
  a ??= new Item(7, "seven");
  cached ??= make(3);
  const r = (cached ??= new Item(9, "nine")).n;
  return a.n * 100 + r;
}

// @wasmexport generic
export function generic(n: i32): i32 {
  return pick<Item>(make(n), new Item(4, "four")).n;
}

function pick<T>(a: T | null, b: T): T {
  return a ?? b;
}

const arr: Item[] = [new Item(1, "one")];
// @wasmexport elements
export function elements(i: i32): i32 {
  const xs: Item[] | null = i > 0 ? arr : null;
  return xs?.[0].n ?? -1;
}

// The operators as the whole body of capturing arrow functions (found by the fuzzer: the body's
// braces and the rewrite of '??' closed at the same offset, in the wrong order).
// @wasmexport closures
export function closures(n: i32): i32 {
  const fs: (() => i32)[] = [];
  for (let i = 0; i < n; i++) {
    const item = make(i);
    fs.push(() => i ?? i);
    fs.push(() => item?.n ?? -1);
    fs.push(() => (make(i - 1) ?? new Item(50, "x")).n);
  }
  let spare: Item | null = null;
  const fill = (): Item => spare ??= new Item(n, "spare");
  let s = fill().n + fill().n;
  // spare is shared with fill (a Box): '??=' and '??' on it outside the closure too.
  let other: Item | null = null;
  const peek = (): i32 => (other ?? new Item(-2, "none")).n;
  s += peek() + (other ??= new Item(n + 1, "other")).n + peek() + (spare ?? new Item(0, "")).n;
  for (let k = 0; k < fs.length; k++) s = s * 3 + fs[k]();
  return s;
}
