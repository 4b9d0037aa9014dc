// Code inside closures that the lowering rewrites, found by the fuzzer (seed 21):
// - go(…) in a closure: the goroutine's arguments and captures are read as the closure reads
//   them, through its environment. They reached asc as names it did not know ('go', or a
//   capture AssemblyScript cannot make: 'Not implemented: Closures'); the fuzzer's mutant of
//   whispers.ts had a go() two immediately called arrows deep.
// - for…of over an array the closure captures: the header's rewrite and the captured read
//   overlapped (an internal error, 'overlapping source edits').
// - in a function that blocks, a closure without an environment was printed as written
//   (go() and '??' in it reached asc), and for…of over an array in any closure there too.
// - a shared variable declared in a closure from a captured one: the initializer was copied
//   as written ('Not implemented: Closures').
import { buildOk, instantiate } from "../foundation/helpers";

const PROGRAM = `import { go, gosched, Chan } from "ts-wasmexport";

class Counter {
  n: i32 = 40;
  // An arrow in a method: the goroutine's 'this' is the method's object, through the arrow's environment.
  start(out: Chan<i32>): void {
    const f = (): void => { go((): void => { out.send(this.n + 2); }); };
    f();
  }
}

// The fuzzer's mutant: in a function that blocks, a go() whose argument the arrows capture.
// @wasmexport nested
export function nested(v: i32): i32 {
  const last = new Chan<i32>(1);
  ((): void => { ((): void => { go((c: Chan<i32>, x: i32) => { c.send(x + 1); }, last, v); })(); })();
  return last.recv();
}

// The same in a function that does not block: the goroutine runs when the export returns.
const box = new Chan<i32>(4);
// @wasmexport spawnOnly
export function spawnOnly(v: i32): void {
  ((): void => { go((c: Chan<i32>) => { c.send(v * 2); }, box); })();
}
// @wasmexport take
export function take(): i32 {
  return box.recv();
}

// A shared variable (assigned after capture) as an argument: its value when go() runs; a
// go() closure capturing it sees later assignments.
// @wasmexport shared
export function shared(): i32 {
  const out = new Chan<i32>(4);
  let n = 10;
  const g = (): void => {
    n++;
    go((c: Chan<i32>, m: i32) => { c.send(m); }, out, n);
    go((): void => { out.send(n * 100); });
  };
  g();
  n = 20;
  return out.recv() + out.recv();
}

// A closure as go()'s argument, itself capturing.
// @wasmexport closureArgument
export function closureArgument(k: i32): i32 {
  const out = new Chan<i32>(1);
  ((): void => { go((c: Chan<i32>, f: (x: i32) => i32) => { c.send(f(2)); }, out, (x: i32): i32 => x * k); })();
  return out.recv();
}

class Blocking {
  n: i32 = 30;
  // The same in a method that blocks (a frame): 'this' is the frame's object.
  run(): i32 {
    const out = new Chan<i32>(1);
    const f = (): void => { go((): void => { out.send(this.n + 3); }); };
    f();
    return out.recv();
  }
}

function put<T>(c: Chan<T>, v: T): void {
  c.send(v);
}

// An instantiated generic function started in an arrow, with a captured channel.
// @wasmexport generic
export function generic(v: i32): i32 {
  const k = new Chan<i32>(1);
  ((): void => { go(put<i32>, k, v); })();
  return new Blocking().run() + k.recv();
}

// @wasmexport method
export function method(): i32 {
  const out = new Chan<i32>(1);
  new Counter().start(out);
  return out.recv();
}

// A shared variable declared in an arrow from one the arrow captures.
// @wasmexport sharedInner
export function sharedInner(n: i32): i32 {
  let z = n;
  let out = 0;
  ((): void => { let y = z + 1; const g = (): void => { y++; }; g(); g(); out = y; })();
  z = 100;
  return out + z;
}

// Closures in a function that blocks, with nothing captured or capturing: go() and '??' in
// them (the frame printed a closure without captures as written: 'Cannot find name go', and
// asc's parse error at '??').
function report(x: i32, c: Chan<i32>): void {
  c.send(x);
}
// @wasmexport inFrame
export function inFrame(): i32 {
  const d = "dd";
  const g = (s: string | null): string => s ?? d;
  const h = (s: string | null): string => s ?? "eee";
  const k = new Chan<i32>(1);
  ((): void => { go(report, 4, box); })();
  go((): void => { k.send(box.recv()); });
  return g(null).length + h(null).length * 10 + h("x").length * 100 + k.recv() * 1000;
}

// for…of over arrays in closures of a function that blocks ('Not implemented: Iterators').
// @wasmexport forOfInFrame
export function forOfInFrame(): i32 {
  const xs: i32[] = [1, 2];
  const g = (): i32 => { let t = 0; for (const x of xs) t += x; return t; };
  const h = (): i32 => { let t = 0; for (let x of [30, 40]) { x++; for (const y of [100]) t += x + y; } return t; };
  gosched();
  return g() + h() * 10;
}

// for…of over captured arrays: one read through the environment, one shared (a Box).
// @wasmexport forOf
export function forOf(n: i32): i32 {
  const xs: i32[] = [1, 2, n];
  let ys: i32[] = [10];
  let s: i32 = 0;
  ((): void => { for (const x of xs) { s += x; } })();
  const f = (): void => { for (const y of ys) s += y; };
  ys = [100, 200];
  f();
  return s;
}
`;

const wasm = instantiate(buildOk(PROGRAM));

test("go() two arrows deep in a function that blocks (the fuzzer's repro)", () => {
  expect(wasm.nested(5)).toBe(6);
  expect(wasm.nested(-1)).toBe(0);
});

test("go() in an arrow of a function that does not block", () => {
  wasm.spawnOnly(21);
  expect(wasm.take()).toBe(42);
});

test("a shared variable as go()'s argument is its value at go(); a capture sees it later", () => {
  // 11 sent at go(); the closure reads n when it runs, after n = 20.
  expect(wasm.shared()).toBe(11 + 2000);
});

test("a capturing closure as go()'s argument, in an arrow", () => {
  expect(wasm.closureArgument(7)).toBe(14);
});

test("'this' of a method, through an arrow, in a go() closure", () => {
  expect(wasm.method()).toBe(42);
});

test("'this' of a blocking method, and go(f<T>, …), in arrows", () => {
  expect(wasm.generic(5)).toBe(33 + 5);
});

test("for…of over arrays that a closure captures, one of them assigned after", () => {
  expect(wasm.forOf(4)).toBe(1 + 2 + 4 + 100 + 200);
});

test("go() and '??' in closures of a function that blocks", () => {
  expect(wasm.inFrame()).toBe(2 + 30 + 100 + 4000);
});

test("for…of over arrays in closures of a function that blocks", () => {
  expect(wasm.forOfInFrame()).toBe(3 + 2720);
});

test("a shared variable declared in an arrow, initialised from a captured one", () => {
  expect(wasm.sharedInner(5)).toBe(5 + 1 + 2 + 100);
});
