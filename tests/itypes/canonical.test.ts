// Interface types through the canonical ABI (docs/abi.md), called the way a host with no
// bindings calls them — arguments written with cabi_realloc, results read from the return
// area, cabi_post_NAME after reading — from Node's WebAssembly with an empty import object.
import { build, buildOk, Exports, instantiate, locations, panicMessage } from "../foundation/helpers";

const PROGRAM = `
import { Chan } from "ts-wasmexport";

export class Point {
  x: i32 = 0;
  y: f64 = 0;
  label: string = "";
}

export class Line {
  from: Point = new Point();
  to: Point = new Point();
  tags: Array<string> = [];
  note: string | null = null;
}

// @wasmexport greet
export function greet(name: string): string {
  return "Hello, " + name + "!";
}

// @wasmexport sum
function sum(xs: Array<i32>, more: StaticArray<i64>): i64 {
  let s: i64 = 0;
  for (let i = 0; i < xs.length; i++) s += xs[i];
  for (let i = 0; i < more.length; i++) s += more[i];
  return s;
}

// @wasmexport checksum
function checksum(data: Uint8Array): u32 {
  let s: u32 = 0;
  for (let i = 0; i < data.length; i++) s = s * 31 + data[i];
  return s;
}

// @wasmexport reverse
function reverse(data: Uint8Array): Uint8Array {
  const out = new Uint8Array(data.length);
  for (let i = 0; i < data.length; i++) out[i] = data[data.length - 1 - i];
  return out;
}

// @wasmexport move
function move(p: Point, dx: i32, ok: bool): Point {
  const q = new Point();
  q.x = p.x + dx;
  q.y = p.y * 2;
  q.label = ok ? p.label + "!" : "";
  return q;
}

// @wasmexport describe
function describe(line: Line): string {
  let s = line.from.label + "->" + line.to.label + ":" + (line.to.x - line.from.x).toString();
  for (let i = 0; i < line.tags.length; i++) s += "," + line.tags[i];
  const note = line.note;
  return note === null ? s + ";" : s + ";" + note;
}

// @wasmexport split
function split(s: string): Array<string> {
  return s.split(" ");
}

// @wasmexport maybe
function maybe(s: string | null): string | null {
  if (s === null) return "was none";
  return s.length == 0 ? null : s.toUpperCase();
}

// @wasmexport wide
function wide(a: i32, b: i32, c: i32, d: i32, e: i32, f: i32, g: i32, h: string, i: string, j: string, k: string, l: i64, m: i32): string {
  return (a + b + c + d + e + f + g).toString() + h + i + j + k + l.toString() + m.toString();
}

let kept: string | null = null;
const names = new Chan<string>(4);

// @wasmexport keep
function keep(name: string): void {
  kept = name;
  names.send(name + "?");
}

// @wasmexport kept_names
function keptNames(): string {
  const k = kept;
  return (k === null ? "" : k) + "|" + names.recv() + names.recv();
}
`;

let binary: Uint8Array;
beforeAll(() => {
  binary = buildOk(PROGRAM);
});

/** A host's view of the canonical ABI over one instance. */
class Host {
  readonly ex: Exports;
  constructor(ex: Exports = instantiate(binary)) {
    this.ex = ex;
  }
  get view(): DataView {
    return new DataView((this.ex.memory as WebAssembly.Memory).buffer);
  }
  bytes(b: Uint8Array, align = 1): [number, number] {
    const p = this.ex.cabi_realloc(0, 0, align, b.length) >>> 0;
    new Uint8Array((this.ex.memory as WebAssembly.Memory).buffer).set(b, p);
    return [p, b.length];
  }
  string(s: string): [number, number] {
    return this.bytes(Buffer.from(s, "utf8"));
  }
  /** A list's (pointer, length): the length counts elements, not bytes. */
  i32s(xs: number[]): [number, number] {
    return [this.bytes(new Uint8Array(Int32Array.from(xs).buffer), 4)[0], xs.length];
  }
  i64s(xs: bigint[]): [number, number] {
    return [this.bytes(new Uint8Array(BigInt64Array.from(xs).buffer), 8)[0], xs.length];
  }
  readBytes(at: number): Uint8Array {
    const p = this.view.getUint32(at, true);
    const n = this.view.getUint32(at + 4, true);
    return new Uint8Array((this.ex.memory as WebAssembly.Memory).buffer, p, n).slice();
  }
  readString(at: number): string {
    return Buffer.from(this.readBytes(at)).toString("utf8");
  }
  memorySize(): number {
    return (this.ex.memory as WebAssembly.Memory).buffer.byteLength;
  }
}

test("the module exports cabi_realloc and cabi_post_NAME for results in memory, and imports nothing", () => {
  const module = new WebAssembly.Module(binary);
  expect(WebAssembly.Module.imports(module)).toEqual([]);
  expect(WebAssembly.Module.exports(module).map((e) => e.name).sort()).toEqual([
    "_initialize", "cabi_post_describe", "cabi_post_greet", "cabi_post_kept_names", "cabi_post_maybe", "cabi_post_move", "cabi_post_reverse",
    "cabi_post_split", "cabi_post_wide", "cabi_realloc", "checksum", "describe", "greet", "keep", "kept_names", "maybe", "memory", "move",
    "reverse", "split", "sum", "wasmexport_panic_len", "wasmexport_panic_ptr", "wide",
  ]);
});

test("greet: a string in as (pointer, length) of UTF-8, a string out through the return area", () => {
  const h = new Host();
  for (const name of ["world", "", "Grüße, 世界 🎉"]) {
    const ret = h.ex.greet(...h.string(name));
    expect(h.readString(ret)).toBe(`Hello, ${name}!`);
    h.ex.cabi_post_greet(ret);
  }
});

test("strings decode as a strict UTF-8 decoder does, whatever the mix of ASCII and other characters and their offsets", () => {
  let seed = 12345;
  const next = (n: number) => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return (seed >>> 8) % n;
  };
  const pieces = ["a", "Z", "~", "é", "ß", "世", "€", "🎉", "𝄞", "\u007f", "\u0080", "\u07ff", "\u0800", "\uffff", "\u{10ffff}"];
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let h = new Host();
  for (let i = 0; i < 400; i++) {
    // Runs of ASCII of every length around the 8-byte steps, with other characters between.
    let name = "";
    for (let k = next(6); k > 0; k--) name += "x".repeat(next(19)) + pieces[next(pieces.length)];
    const bytes = Buffer.from(name, "utf8");
    // Every fourth: one byte spoiled, somewhere; the module must refuse exactly what the decoder refuses.
    if (i % 4 === 3 && bytes.length > 0) bytes[next(bytes.length)] = [0x80, 0xc0, 0xe0, 0xf0, 0xf8, 0xed, 0x41][next(7)];
    let valid = true;
    try {
      decoder.decode(bytes);
    } catch {
      valid = false;
    }
    if (valid) {
      const ret = h.ex.greet(...h.bytes(bytes));
      expect(h.readString(ret)).toBe(`Hello, ${decoder.decode(bytes)}!`);
      h.ex.cabi_post_greet(ret);
    } else {
      expect(() => h.ex.greet(...h.bytes(bytes))).toThrow(WebAssembly.RuntimeError);
      expect(panicMessage(h.ex)).toBe("a string passed to export greet is not valid UTF-8");
      h = new Host();
    }
  }
});

test("lists of numbers, bytes in and out, records, options, a list of strings", () => {
  const h = new Host();
  expect(h.ex.sum(...h.i32s([1, 2, 3, -4]), ...h.i64s([10n ** 12n, 5n]))).toBe(10n ** 12n + 7n);
  expect(h.ex.sum(0, 0, 0, 0)).toBe(0n);
  const data = Uint8Array.from({ length: 1000 }, (_, i) => (i * 7) & 255);
  let expected = 0;
  for (const b of data) expected = (Math.imul(expected, 31) + b) >>> 0;
  expect(h.ex.checksum(...h.bytes(data)) >>> 0).toBe(expected);
  const reversed = h.ex.reverse(...h.bytes(Uint8Array.from([1, 2, 3])));
  expect([...h.readBytes(reversed)]).toEqual([3, 2, 1]);
  h.ex.cabi_post_reverse(reversed);

  // record Point { x: s32, y: f64, label: string }: flattened (i32, f64, i32, i32); laid out at 0, 8, 16.
  const moved = h.ex.move(41, 1.25, ...h.string("p"), 1, 1);
  expect([h.view.getInt32(moved, true), h.view.getFloat64(moved + 8, true), h.readString(moved + 16)]).toEqual([42, 2.5, "p!"]);
  h.ex.cabi_post_move(moved);

  const split = h.ex.split(...h.string("a bb ccc"));
  const [p, n] = [h.view.getUint32(split, true), h.view.getUint32(split + 4, true)];
  expect(Array.from({ length: n }, (_, i) => h.readString(p + i * 8))).toEqual(["a", "bb", "ccc"]);
  h.ex.cabi_post_split(split);

  // option<string>: (discriminant, pointer, length); the result: a u8 discriminant, the string at 4.
  const some = h.ex.maybe(1, ...h.string("loud"));
  expect([h.view.getUint8(some), h.readString(some + 4)]).toEqual([1, "LOUD"]);
  expect(h.view.getUint8(h.ex.maybe(1, ...h.string("")))).toBe(0);
  const none = h.ex.maybe(0, 0, 0);
  expect([h.view.getUint8(none), h.readString(none + 4)]).toEqual([1, "was none"]);
});

test("more than 16 flat parameters arrive as one pointer to them, laid out as a record", () => {
  const h = new Host();
  // s32 ×7 at 0..24, four strings at 28, 36, 44, 52, s64 aligned to 64, then s32 at 72: 80 bytes.
  const args = h.ex.cabi_realloc(0, 0, 8, 80) >>> 0;
  for (let i = 0; i < 7; i++) h.view.setInt32(args + 4 * i, i + 1, true);
  ["h", "i", "j", "k"].forEach((s, i) => {
    const [p, n] = h.string(s);
    h.view.setUint32(args + 28 + 8 * i, p, true);
    h.view.setUint32(args + 32 + 8 * i, n, true);
  });
  h.view.setBigInt64(args + 64, -5n, true);
  h.view.setInt32(args + 72, 200, true);
  expect(h.readString(h.ex.wide(args))).toBe("28hijk-5200");
});

test("a nested record with a list of strings and an option, flattened in declaration order", () => {
  const h = new Host();
  // Line { from: Point, to: Point, tags: list<string>, note: option<string> }
  const tags = h.ex.cabi_realloc(0, 0, 4, 16) >>> 0;
  ["x", "yz"].forEach((s, i) => {
    const [p, n] = h.string(s);
    h.view.setUint32(tags + 8 * i, p, true);
    h.view.setUint32(tags + 8 * i + 4, n, true);
  });
  const call = (note: [number, number, number]) =>
    h.readString(h.ex.describe(1, 0, ...h.string("A"), 5, 0, ...h.string("B"), tags, 2, ...note));
  expect(call([1, ...h.string("n")])).toBe("A->B:4,x,yz;n");
});

test("values passed in belong to the callee: kept in a global and on a channel, they outlive the call and later allocations", () => {
  const h = new Host();
  h.ex.keep(...h.string("first"));
  h.ex.keep(...h.string("second"));
  for (let i = 0; i < 2000; i++) h.ex.cabi_post_greet(h.ex.greet(...h.string("x".repeat(200) + i)));
  expect(h.readString(h.ex.kept_names())).toBe("second|first?second?");
});

test("many calls with distinct strings: linear memory stops growing after warm-up", () => {
  const h = new Host();
  const round = (from: number) => {
    for (let i = from; i < from + 20000; i++) {
      const ret = h.ex.greet(...h.string(`name-${i}-${"y".repeat(i % 64)}`));
      if (!h.readString(ret).endsWith("!")) throw new Error("bad result");
      h.ex.cabi_post_greet(ret);
    }
  };
  round(0);
  const warm = h.memorySize();
  round(20000);
  round(40000);
  expect(h.memorySize()).toBe(warm);
});

test("a host that never calls cabi_post_NAME or that allocates without calling leaks nothing either", () => {
  const h = new Host();
  const round = (from: number) => {
    for (let i = from; i < from + 20000; i++) {
      h.ex.greet(...h.string(`name-${i}`));
      if (i % 3 === 0) h.string("dropped");
    }
  };
  round(0);
  const warm = h.memorySize();
  round(20000);
  round(40000);
  expect(h.memorySize()).toBe(warm);
});

describe("bad input from the host is a panic that says what was wrong, and the instance is poisoned", () => {
  const cases: [string, (h: Host) => void, string][] = [
    ["invalid UTF-8", (h) => h.ex.greet(...h.bytes(Uint8Array.from([0x61, 0xc3, 0x28]))), "a string passed to export greet is not valid UTF-8"],
    ["an overlong form", (h) => h.ex.greet(...h.bytes(Uint8Array.from([0xc0, 0xaf]))), "a string passed to export greet is not valid UTF-8"],
    ["a surrogate", (h) => h.ex.greet(...h.bytes(Uint8Array.from([0xed, 0xa0, 0x80]))), "a string passed to export greet is not valid UTF-8"],
    ["a truncated sequence", (h) => h.ex.greet(...h.bytes(Uint8Array.from([0x61, 0xe4, 0xb8]))), "a string passed to export greet is not valid UTF-8"],
    ["a length past the end of memory", (h) => h.ex.greet(16, h.memorySize()), "a value passed to export greet runs past the end of memory"],
    ["a list past the end of memory", (h) => h.ex.sum(0, 0x40000000, 0, 0), "a list passed to export sum runs past the end of memory"],
    ["a misaligned list", (h) => h.ex.sum(h.i32s([1, 2])[0] + 1, 1, 0, 0), "a list passed to export sum is not aligned"],
    ["an option discriminant of 2", (h) => h.ex.maybe(2, 0, 0), "an option passed to export maybe has a discriminant other than 0 and 1"],
  ];
  test.each(cases)("%s", (_, call, message) => {
    const h = new Host();
    expect(() => call(h)).toThrow(WebAssembly.RuntimeError);
    expect(panicMessage(h.ex)).toBe(message);
    expect(() => h.ex.greet(...[0, 0])).toThrow(WebAssembly.RuntimeError);
    expect(panicMessage(h.ex)).toBe(`module panicked earlier: ${message}`);
  });
});

describe("signatures", () => {
  test("a program of numbers pays nothing: no canonical runtime, no cabi_realloc", () => {
    const result = build(`// @wasmexport add\nexport function add(a: i32, b: i32): i32 { return a + b; }\n`);
    expect(result.assemblyScript["main.ts"]).not.toContain("canonical");
    expect(WebAssembly.Module.exports(new WebAssembly.Module(result.binary!)).map((e) => e.name).sort()).toEqual(["_initialize", "add", "memory", "wasmexport_panic_len", "wasmexport_panic_ptr"]);
  });

  test.each([
    ["a number option", "function f(a: i32 | null): void {}", "'i32 | null' is not a type: AssemblyScript has no nullable numbers; declare a record holding the number (class I32Value { value: i32 = 0; }) and use 'I32Value | null'"],
    ["a number option as a result", "function f(): bool | null { return null; }", "'bool | null' is not a type: AssemblyScript has no nullable numbers; declare a record holding the number (class BoolValue { value: bool = false; }) and use 'BoolValue | null'"],
    ["a list of number options", "function f(xs: Array<f64 | null>): void {}", "'f64 | null' is not a type: AssemblyScript has no nullable numbers"],
    ["a private field", "class P { private x: i32 = 0; }\nfunction f(p: P): void {}", "record 'P' has a field 'x' that is not public"],
    ["a readonly field", "class P { readonly x: i32 = 0; }\nfunction f(p: P): void {}", "field 'x' of record 'P' is readonly"],
    ["a record that holds itself", "class P { next: P | null = null; }\nfunction f(p: P): void {}", "record 'P' holds itself"],
    ["a field of another type", "class P { m: Map<i32, i32> = new Map(); }\nfunction f(p: P): void {}", "field 'm' of record 'P' has type 'Map<i32, i32>'"],
    ["a generic record", "class P<T> { x: i32 = 0; }\nfunction f(p: P<i32>): void {}", "has type 'P<i32>'"],
  ])("%s is an error at the directive", (_, code, message) => {
    const lines = code.split("\n");
    const source = [...lines.slice(0, -1), "// @wasmexport f", lines[lines.length - 1]].join("\n") + "\n";
    const result = build(source);
    expect(result.binary).toBeNull();
    expect(locations(result)).toEqual([`main.ts(${lines.length},1): error TS99010`]);
    expect(result.diagnostics[0].messageText).toContain(message);
  });
});

describe.each(["minimal", "stub"] as const)("under the %s runtime", (runtime) => {
  test("greet round trips and a value kept on a channel survives", () => {
    const h = new Host(instantiate(buildOk(PROGRAM, { runtime })));
    h.ex.keep(...h.string("first"));
    h.ex.keep(...h.string("kept"));
    for (let i = 0; i < 3000; i++) {
      const ret = h.ex.greet(...h.string(`name-${i}`));
      expect(h.readString(ret)).toBe(`Hello, name-${i}!`);
      h.ex.cabi_post_greet(ret);
    }
    expect(h.readString(h.ex.kept_names())).toBe("kept|first?kept?");
  });
});

test("return mode: a string passed in waits in a goroutine still queued when the call returns, and arrives in a later call", () => {
  const h = new Host(instantiate(buildOk(`
import { go, gosched } from "ts-wasmexport";

const saved: Array<string> = [];

// @wasmexport later return
export function later(name: string): void {
  go((s: string) => {
    gosched();
    saved.push(s);
  }, name);
}

// @wasmexport saved_names
export function savedNames(): string {
  return saved.join(",");
}
`)));
  for (let i = 0; i < 200; i++) {
    h.ex.later(...h.string(`name-${i}`));
    // Garbage between the calls, while the goroutines wait on the run queue.
    h.ex.cabi_post_saved_names(h.ex.saved_names());
  }
  const ret = h.ex.saved_names();
  expect(h.readString(ret)).toBe(Array.from({ length: 200 }, (_, i) => `name-${i}`).join(","));
});
