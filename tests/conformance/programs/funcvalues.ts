// Closures as values in code that does not block: stored, passed, returned, kept in fields and
// Maps, given to Array's own methods, capturing by reference. The test runs this file as
// TypeScript too (transpiled to JavaScript) and compares the results.
class Counter {
  n: i32 = 0;
  step: i32 = 1;
  incrementer(): () => i32 {
    return () => {
      this.n += this.step;
      return this.n;
    };
  }
}

function makeCounter(start: i32): () => i32 {
  let count = start;
  return () => {
    count++;
    return count;
  };
}

function apply(f: (x: i32) => i32, v: i32): i32 {
  return f(v);
}

class Handlers {
  table: Map<string, (x: i32) => i32> = new Map();
  onDone: ((x: i32) => void) | null = null;
}

let seen: i32 = 0;

// @wasmexport scale
export function scale(k: i32): i32 {
  const xs: i32[] = [1, 2, 3, 4];
  const ys = xs.map((x) => x * k);
  const evens = xs.filter((x) => x % 2 == 0 && x > k - 3);
  const total = xs.reduce((acc, x) => acc + x * k, 0);
  let visits = 0;
  xs.forEach((x) => { visits += x; });
  const anyBig = xs.some((x) => x > k);
  const idx = xs.findIndex((x) => x == k);
  return ys[3] * 1000000 + evens.length * 100000 + total * 100 + visits + (anyBig ? 10000 : 0) + idx * 20000;
}

// @wasmexport sorted
export function sorted(desc: bool): i32 {
  const xs: i32[] = [3, 1, 4, 1, 5, 9, 2, 6];
  const dir: i32 = desc ? -1 : 1;
  xs.sort((a, b) => (a - b) * dir);
  let r = 0;
  for (let i = 0; i < 4; i++) r = r * 10 + xs[i];
  return r;
}

// Functions that capture nothing, given to generic methods (AssemblyScript infers no type
// argument from them: the compiler writes it).
// @wasmexport plain
export function plain(): i32 {
  const xs: i32[] = [1, 2, 3];
  const doubled = xs.map((x) => x * 2);
  const names = xs.map((x) => "n" + x.toString());
  return doubled[2] * 100 + names[1].length * 10 + xs.reduce((a, x) => a + x, 0);
}

// @wasmexport counters
export function counters(): i32 {
  const a = makeCounter(10);
  const b = makeCounter(100);
  a();
  a();
  b();
  const c = new Counter();
  c.step = 5;
  const inc = c.incrementer();
  inc();
  inc();
  return a() * 1000000 + b() * 1000 + c.n;
}

// @wasmexport handlers
export function handlers(k: i32): i32 {
  const h = new Handlers();
  let calls = 0;
  h.table.set("add", (x: i32): i32 => { calls++; return x + k; });
  h.table.set("mul", (x: i32): i32 => { calls++; return x * k; });
  h.onDone = (x: i32): void => { seen = x + calls; };
  const r = apply(h.table.get("add"), 1) + apply(h.table.get("mul"), 2);
  const done = h.onDone;
  if (done) done(r);
  return r * 1000 + seen;
}

// @wasmexport loops
export function loops(): i32 {
  const fs: (() => i32)[] = [];
  for (let i = 0; i < 5; i++) fs.push(() => i * i);
  let s = 0;
  for (let j = 0; j < fs.length; j++) s = s * 10 + fs[j]() % 10;
  return s;
}

// @wasmexport nested
export function nested(k: i32): i32 {
  const outer = (a: i32): i32 => {
    const xs: i32[] = [1, 2, 3];
    return xs.map((x) => x * a + k).reduce((p, v) => p + v, 0);
  };
  return outer(10);
}
