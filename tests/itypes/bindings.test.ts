// Interface types (docs/abi.md), bindings: the ES module written by the `bindings` option, run by Node in a
// process of its own (an ES module, as a user's host would import it).
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { compile } from "../../transformer/compile";
import { tempDir, writeFiles } from "../foundation/helpers";

const PROGRAM = `
import { panic } from "ts-wasmexport";
export class Point {
  x: i32 = 0;
  y: f64 = 0;
  label: string = "";
  tags: Array<string> = [];
  next: Point2 | null = null;
}

export class Point2 {
  big: i64 = 0;
  ok: bool = false;
}

// @wasmimport env log
declare function log(message: string): void;

// @wasmimport env shout
declare function shout(message: string, times: i32): string;

// @wasmexport greet
export function greet(name: string): string {
  log("greeting " + name);
  return "Hello, " + name + "!";
}

// @wasmexport checksum
export function checksum(data: Uint8Array): u32 {
  let s: u32 = 0;
  for (let i = 0; i < data.length; i++) s = s * 31 + data[i];
  return s;
}

// @wasmexport move-point
export function movePoint(p: Point, dx: i32): Point {
  const q = new Point();
  q.x = p.x + dx;
  q.y = p.y / 2;
  q.label = shout(p.label, 2);
  q.tags = p.tags.reverse();
  const n = p.next;
  if (n !== null) {
    const m = new Point2();
    m.big = n.big * 2;
    m.ok = !n.ok;
    q.next = m;
  }
  return q;
}

// @wasmexport maybe
export function maybe(s: string | null, xs: Array<u8>): Array<string | null> {
  return [s, s === null ? "none" : null, xs.length.toString()];
}

// @wasmexport is_even
export function isEven(n: u32, big: u64): bool {
  return n % 2 == 0 && big > 0;
}

// @wasmexport boom
export function boom(s: string): void {
  panic("boom: " + s);
}
`;

const DRIVER = `
import { instantiate } from "./bindings.js";
import { readFileSync } from "fs";
const bytes = readFileSync(new URL("./module.wasm", import.meta.url));
const logs = [];
const imports = { env: { log: (m) => logs.push(m), shout: (m, n) => m.toUpperCase().repeat(n) } };
const out = {};
const attempt = (name, f) => {
  try {
    out[name] = { value: f() };
  } catch (e) {
    out[name] = { error: e.constructor.name, message: e.message };
  }
};
const api = await instantiate(bytes, imports);
attempt("greet", () => [api.greet("world"), api.greet("Grüße 🎉"), api.greet("x".repeat(2000)).length]);
attempt("checksum", () => api.checksum(Uint8Array.from([1, 2, 3, 250])));
attempt("move", () => api["move-point"]({ x: 1, y: 5, label: "ab", tags: ["t1", "t2"], next: { big: 21n, ok: true } }, 41));
attempt("moveCamel", () => api.movePoint({ x: 1, y: 5, label: "", tags: [], next: null }, 1).next);
attempt("maybe", () => [api.maybe("s", [1, 2]), api.maybe(null, [])]);
attempt("isEven", () => [api.is_even(4, 1n), api.is_even(3, 1n), api.is_even(4, 0n)]);
attempt("missingField", () => api.movePoint({ x: 1, y: 5, label: "", next: null }, 1));
attempt("nullString", () => api.greet(null));
attempt("notBytes", () => api.checksum([1, 2]));
attempt("stillFine", () => api.greet("again"));
const module = new WebAssembly.Module(bytes);
const second = await instantiate(module, imports);
// An instance whose cabi_realloc notes the sizes it is asked for.
const asked = [];
const instantiateCore = WebAssembly.instantiate;
WebAssembly.instantiate = async (m, core) => {
  const { exports } = await instantiateCore(m, core);
  const cabi_realloc = (old, oldSize, align, size) => (asked.push(size), exports.cabi_realloc(old, oldSize, align, size));
  return { exports: { ...exports, cabi_realloc } };
};
const third = await instantiate(module, imports);
WebAssembly.instantiate = instantiateCore;
attempt("panic", () => second.boom("bad"));
attempt("poisoned", () => second.greet("x"));
out.logs = logs.slice();
// Strings of every length up to 80 and a long one, with other characters (two-, three- and
// four-byte ones, and lone surrogates, which become U+FFFD) at the start, in the middle, at the end.
const others = ["é", "世", "🎉", "\\ud800", "\\udc00x"];
const cases = [];
for (const n of [0, 1, 7, 8, 9, 31, 32, 33, 80, 3000]) {
  cases.push("a".repeat(n));
  for (const o of others) cases.push(o + "a".repeat(n), "a".repeat(n >> 1) + o + "a".repeat(n - (n >> 1)), "a".repeat(n) + o);
}
const wrong = cases.filter((c) => third.greet(c) !== "Hello, " + c.toWellFormed() + "!");
out.strings = { count: cases.length, wrong };
// The largest block the bindings asked cabi_realloc for, against the string's UTF-8 length.
out.asked = [];
for (const c of ["a".repeat(20), "a".repeat(3000), "é".repeat(20), "ab世", "a".repeat(3000) + "é"]) {
  asked.length = 0;
  third.greet(c);
  out.asked.push([new TextEncoder().encode(c).length, Math.max(...asked)]);
}
console.log(JSON.stringify(out, (k, v) => (typeof v === "bigint" ? v.toString() + "n" : v)));
`;

let dir: string;
let result: ReturnType<typeof compile>;
beforeAll(() => {
  const { entry } = writeFiles({ "main.ts": PROGRAM });
  dir = tempDir("wx-bindings-");
  result = compile({ entry, outFile: path.join(dir, "module.wasm"), bindings: path.join(dir, "bindings.js") });
  if (!result.binary) throw new Error(result.errorText);
  fs.writeFileSync(path.join(dir, "driver.mjs"), DRIVER);
});

function runDriver(): any {
  const run = spawnSync(process.execPath, [path.join(dir, "driver.mjs")], { encoding: "utf8", timeout: 60000 });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout.trim().split("\n").pop()!);
}

test("the bindings and their declarations are written beside each other", () => {
  expect(fs.existsSync(path.join(dir, "bindings.js"))).toBe(true);
  const dts = fs.readFileSync(path.join(dir, "bindings.d.ts"), "utf8");
  expect(dts).toContain("export interface Point {\n  x: number;\n  y: number;\n  label: string;\n  tags: string[];\n  next: Point2 | null;\n}");
  expect(dts).toContain(`"move-point": (p: Point, dx: number) => Point;`);
  expect(dts).toContain(`movePoint: (p: Point, dx: number) => Point;`);
  expect(dts).toContain(`"maybe": (s: string | null, xs: number[]) => Array<string | null>;`);
  expect(dts).toContain(`"is_even": (n: number, big: bigint) => boolean;`);
  expect(dts).toContain(`"shout": (message: string, times: number) => string;`);
  expect(dts).toContain("export function instantiate(module: WebAssembly.Module | BufferSource, imports: Imports): Promise<Exports>;");
});

describe("calls through the bindings in Node", () => {
  let out: any;
  beforeAll(() => {
    out = runDriver();
  });

  test("strings, bytes, records with lists and options, numbers and booleans", () => {
    expect(out.greet.value).toEqual(["Hello, world!", "Hello, Grüße 🎉!", 2008]);
    expect(out.checksum.value).toBe((((1 * 31 + 2) * 31 + 3) * 31 + 250) >>> 0);
    expect(out.move.value).toEqual({ x: 42, y: 2.5, label: "ABAB", tags: ["t2", "t1"], next: { big: "42n", ok: false } });
    expect(out.moveCamel.value).toBeNull();
    expect(out.maybe.value).toEqual([["s", null, "2"], [null, "none", "0"]]);
    expect(out.isEven.value).toEqual([true, false, false]);
    expect(out.logs).toEqual(["greeting world", "greeting Grüße 🎉", "greeting " + "x".repeat(2000), "greeting again"]);
  });

  test("a value of the wrong shape is a TypeError, and the next call works", () => {
    expect(out.missingField).toEqual({ error: "TypeError", message: "move-point: missing field 'tags'" });
    expect(out.nullString).toEqual({ error: "TypeError", message: "greet: expected a string, got null" });
    expect(out.notBytes.error).toBe("TypeError");
    expect(out.stillFine.value).toBe("Hello, again!");
  });

  test("strings of any length and mix of characters round-trip; lone surrogates become U+FFFD", () => {
    expect(out.strings).toEqual({ count: 160, wrong: [] });
  });

  test("the bindings ask cabi_realloc for what a long string needs: its length for ASCII, at most three bytes per unit past the first other character", () => {
    // [UTF-8 bytes, the largest block asked for]: a short string (32 units at most) gets three
    // bytes a unit; a long one its length, and more once a character does not fit.
    expect(out.asked).toEqual([[20, 60], [3000, 3000], [40, 60], [5, 9], [3002, 3003]]);
  });

  test("a panic is an Error with the panic message; the instance is poisoned after it", () => {
    expect(out.panic).toEqual({ error: "Error", message: "boom: bad" });
    expect(out.poisoned).toEqual({ error: "Error", message: "module panicked earlier: boom: bad" });
  });
});
