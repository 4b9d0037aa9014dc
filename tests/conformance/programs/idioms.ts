// Go idioms and TypeScript forms that a second round of Go-style programs found broken:
// each export is one of them, with the result Go gives.
import { go, gosched, Chan, WaitGroup, select, recv } from "ts-wasmexport";

// A channel set to null inside a select case body, then tested: TypeScript's narrowing does
// not see the assignment (the body runs inline), so the test must read the variable as it is.
// @wasmexport nulled_in_case
export function nulledInCase(): i32 {
  let a: Chan<i32> | null = new Chan<i32>(1);
  a.close();
  select(recv(a, (v: i32, ok: bool) => { if (!ok) a = null; }));
  return a == null ? 1 : 0;
}

// The merge loop of Go: each input set to null when it closes.
function produce(out: Chan<i32>, from: i32, n: i32): void {
  for (let i = 0; i < n; i++) out.send(from + i);
  out.close();
}

// @wasmexport merge
export function merge(n: i32): i32 {
  let a: Chan<i32> | null = new Chan<i32>();
  let b: Chan<i32> | null = new Chan<i32>();
  go(produce, a!, 0, n);
  go(produce, b!, 1000, n);
  let sum: i32 = 0;
  while (a != null || b != null) {
    select(
      recv(a, (v: i32, ok: bool) => { if (!ok) { a = null; return; } sum += v; }),
      recv(b, (v: i32, ok: bool) => { if (!ok) { b = null; return; } sum += v; }),
    );
  }
  return sum;
}

// `const self = this` in a method that blocks.
class Counter {
  n: i32 = 5;
  wg: WaitGroup = new WaitGroup();
  bump(): i32 {
    const self = this;
    this.wg.add(1);
    go((): void => { self.n++; self.wg.done(); });
    this.wg.wait();
    return self.n;
  }
}

// @wasmexport self_alias
export function selfAlias(): i32 {
  return new Counter().bump();
}

// A static method, Math and String with an argument that blocks.
class U {
  static twice(x: i32): i32 {
    return x * 2;
  }
}

// @wasmexport static_receivers
export function staticReceivers(): i32 {
  const c = new Chan<i32>(3);
  c.send(65);
  c.send(3);
  c.send(66);
  const t = U.twice(c.recv());
  const m = <i32>Math.max(<f64>c.recv(), 1.0);
  const s = String.fromCharCode(c.recv());
  return t * 1000 + m * 10 + s.length;
}

// Default parameters on functions and methods that block, started by go() or called;
// a default may use an earlier parameter and `this`.
const out = new Chan<i32>(4);
function scaled(x: i32, scale: i32 = 10): i32 {
  gosched();
  return x * scale;
}
function report(x: i32, plus: i32 = x + 1): void {
  out.send(x + plus);
}
let plainTotal: i32 = 0;
function addPlain(a: i32, b: i32 = a * 3): void {
  plainTotal += b;
}
class K {
  base: i32 = 7;
  m(x: i32, y: i32 = x + this.base): i32 {
    gosched();
    return y;
  }
}

// @wasmexport defaults
export function defaults(): i32 {
  go(report, 4);
  go(addPlain, 2);
  const a = scaled(4);
  const b = scaled(4, 2);
  const c = new K().m(3);
  const d = out.recv();
  return a * 1000000 + b * 10000 + c * 100 + d + plainTotal * 1000;
}

// A loop's own variable, captured by goroutines and changed after go(), in a loop that does
// not block inside a function that does: each goroutine sees its iteration's final value.
// @wasmexport loop_shared
export function loopShared(): i32 {
  let total = 0;
  const wg = new WaitGroup();
  for (let k = 0; k < 3; k++) {
    let local = k;
    wg.add(1);
    go((): void => { total += local; wg.done(); });
    local += 5;
  }
  wg.wait();
  return total;
}

// Variables of a top-level loop and block, captured by goroutines started at initialisation.
let initTotal: i32 = 0;
for (let i = 1; i <= 3; i++) go((): void => { initTotal += i; });
{
  const x = 100;
  go((): void => { initTotal += x; });
}

// @wasmexport init_total
export function initTotalOf(): i32 {
  return initTotal;
}

// A received null read as an object: the abort names the variable's declaration.
class Msg {
  v: i32 = 3;
}

// @wasmexport closed_object
export function closedObject(): i32 {
  const c = new Chan<Msg>(1);
  c.close();
  const m = c.recv();
  return m.v;
}

// Integer literals too large for an i32, and -Infinity, in variables that live across a park:
// typed as AssemblyScript types them (i64, f64), as they are in a function that does not block.
// @wasmexport wide_literals
export function wideLiterals(): i64 {
  const d = 3000000000;
  const g = 4294967295;
  const h = 0x100000000;
  const k = -3000000000;
  let m = -Infinity;
  gosched();
  return d + g + h + k + <i64>(m < 0 ? 1 : 0);
}

// Numeric separators in a 64-bit literal, in a statement the lowering prints: kept as written.
// @wasmexport separated_literal
export function separatedLiteral(): i64 {
  const c: i64 = 0x1234_5678_9ABC_DEF1;
  gosched();
  let d: i64 = 0;
  d = 1_000_000_000_000_000_001 + d;
  return c + d;
}
