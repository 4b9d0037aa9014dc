// What the passes over asc's program and module do to the code it makes (transformer/asc/
// elements.mjs, frames.mjs and multiply.mjs): a loop over a Uint8Array through its `length` and
// `[]` calls nothing and touches no shadow stack, a multiplication by 2^k ± 1 becomes a shift —
// and the results are the same as before, including Go's panic for an index out of range.
import * as path from "path";
import { build, instantiate, panicMessage, tempDir } from "./helpers";

const PROGRAM = `
// @wasmexport checksum
export function checksum(data: Uint8Array): u32 {
  let s: u32 = 0;
  for (let i = 0; i < data.length; i++) s = s * 31 + data[i];
  return s;
}

let kept = new Uint8Array(8);

// @wasmexport fill
export function fill(n: i32): void {
  kept = new Uint8Array(n);
  for (let i = 0; i < n; i++) kept[i] = <u8>(i * 7);
}

// @wasmexport at
export function at(i: i32): i32 {
  return kept[i];
}

// @wasmexport sum_kept
export function sumKept(): u32 {
  let s: u32 = 0;
  for (let i = 0; i < kept.length; i++) s = s * 31 + kept[i];
  return s;
}

// @wasmexport mul32
export function mul32(x: i32, which: i32): i32 {
  switch (which) {
    case 0: return x * 7;
    case 1: return x * 15;
    case 2: return x * 17;
    case 3: return x * 31;
    case 4: return x * 33;
    case 5: return x * 0x7fffffff;
    case 6: return x * -1;
    case 7: return x * 9;
    default: return x * 0x40000001;
  }
}

// @wasmexport sum32
export function sum32(x: i32, y: i32, which: i32): i32 {
  switch (which) {
    case 0: return y + x * 31;
    case 1: return x * 33 + y;
    case 2: return (x = y + 1) + x * 31;
    case 3: return x * 7 - y;
    default: return y + x * 15 + x;
  }
}

// @wasmexport sum64
export function sum64(x: i64, y: i64, which: i32): i64 {
  return which == 0 ? y + x * 63 : x * 0x100000001 + y;
}

// @wasmexport mul64
export function mul64(x: i64, which: i32): i64 {
  switch (which) {
    case 0: return x * 31;
    case 1: return x * 0x100000001;
    case 2: return x * 0x7fffffffffffffff;
    default: return x * 65;
  }
}
`;

/** The module's text format. */
function textOf(program: string): { text: string; binary: Uint8Array } {
  const result = build(program, { outFile: path.join(tempDir(), "main.wasm"), textFile: true });
  if (!result.binary) throw new Error(result.errorText);
  return { text: result.text!, binary: result.binary };
}

let text: string;
let ex: Record<string, any>;
beforeAll(() => {
  const built = textOf(PROGRAM);
  text = built.text;
  ex = instantiate(built.binary);
});

/** The text of a function in the .wat, from its header to the next function. */
function functionNamed(text: string, internal: string): string {
  const start = text.indexOf(`(func $${internal} `);
  if (start < 0) throw new Error(`no function ${internal}`);
  const end = text.indexOf("\n (func ", start + 1);
  return text.slice(start, end < 0 ? undefined : end);
}

function exportedFunction(text: string, exportName: string): string {
  return functionNamed(text, new RegExp(`\\(export "${exportName}" \\(func \\$([^)]+)\\)\\)`).exec(text)![1]);
}

/** Every loop of a function's text, each to the end of its paren. */
function loopsOf(func: string): string[] {
  const loops: string[] = [];
  for (let start = func.indexOf("(loop "); start >= 0; start = func.indexOf("(loop ", start + 1)) {
    let depth = 0;
    for (let i = start; i < func.length; i++) {
      if (func[i] === "(") depth++;
      if (func[i] === ")" && --depth === 0) {
        loops.push(func.slice(start, i + 1));
        break;
      }
    }
  }
  return loops;
}

test("a loop over a Uint8Array's length and elements moves no shadow-stack pointer and multiplies by no 31", () => {
  // The only reader of a Uint8Array's elements: its `[]` is inlined into the loop.
  const only = textOf(PROGRAM.slice(0, PROGRAM.indexOf("let kept"))).text;
  const loops = loopsOf(exportedFunction(only, "checksum")).filter((l) => l.includes("i32.load8_u"));
  expect(loops).toHaveLength(1);
  expect(loops[0]).not.toContain("__stack_pointer");
  expect(loops[0]).not.toContain("i32.mul");
  // s * 31 + b as (s << 5) - (s - b).
  expect(loops[0]).toMatch(/i32\.sub\s+\(i32\.shl\s+\(local\.get \$(\d+)\)\s+\(i32\.const 5\)\s+\)\s+\(i32\.sub\s+\(local\.get \$\1\)/);
});

test("where `[]` is used in several places, every use is inlined, and its loops call nothing", () => {
  for (const name of ["checksum", "sum_kept"]) {
    const loops = loopsOf(exportedFunction(text, name)).filter((l) => l.includes("i32.load8_u"));
    expect(loops).toHaveLength(1);
    expect(loops[0]).not.toContain("__stack_pointer");
    expect(loops[0]).not.toMatch(/\(call \$(?!ts-wasmexport\/core\/panic\/abort)/);
  }
});

test("the checksum is the same as JavaScript's, over a buffer a host wrote", () => {
  const data = Uint8Array.from({ length: 100_003 }, (_, i) => (i * 2654435761) >>> 24);
  const p = ex.cabi_realloc(0, 0, 1, data.length) >>> 0;
  new Uint8Array(ex.memory.buffer).set(data, p);
  let expected = 0;
  for (const b of data) expected = (Math.imul(expected, 31) + b) >>> 0;
  expect(ex.checksum(p, data.length) >>> 0).toBe(expected);
});

test("arrays kept in a global and replaced while the collector runs stay intact", () => {
  let expected = 0;
  for (let round = 0; round < 300; round++) {
    const n = 1000 + round * 37;
    ex.fill(n);
    expected = 0;
    for (let i = 0; i < n; i++) expected = (Math.imul(expected, 31) + ((i * 7) & 255)) >>> 0;
    expect(ex.sum_kept() >>> 0).toBe(expected);
  }
});

test("multiplications by constants give what wrapping arithmetic gives", () => {
  const constants32 = [7, 15, 17, 31, 33, 0x7fffffff, -1, 9, 0x40000001];
  const constants64 = [31n, 0x100000001n, 0x7fffffffffffffffn, 65n];
  const xs = [0, 1, -1, 2, 3, 0x7fffffff, -0x80000000, 123456789, -987654321];
  for (const x of xs) {
    constants32.forEach((c, which) => expect(ex.mul32(x, which)).toBe(Math.imul(x, c)));
    constants64.forEach((c, which) => expect(ex.mul64(BigInt(x) * 0x10001n, which)).toBe(BigInt.asIntN(64, BigInt(x) * 0x10001n * c)));
  }
  expect(ex.mul64(-(2n ** 63n), 2)).toBe(BigInt.asIntN(64, -(2n ** 63n) * 0x7fffffffffffffffn));
});

test("sums with such a multiplication, regrouped, give what wrapping arithmetic gives", () => {
  const xs = [0, 1, -1, 5, 0x7fffffff, -0x80000000, 123456789, -987654321];
  const sums: ((x: number, y: number) => number)[] = [
    (x, y) => (y + Math.imul(x, 31)) | 0,
    (x, y) => (Math.imul(x, 33) + y) | 0,
    (_, y) => (y + 1 + Math.imul(y + 1, 31)) | 0,
    (x, y) => (Math.imul(x, 7) - y) | 0,
    (x, y) => (y + Math.imul(x, 15) + x) | 0,
  ];
  for (const x of xs) {
    for (const y of xs) {
      sums.forEach((f, which) => expect(ex.sum32(x, y, which)).toBe(f(x, y)));
      const [X, Y] = [BigInt(x) * 0x10001n, BigInt(y) * 0x1000003n];
      expect(ex.sum64(X, Y, 0)).toBe(BigInt.asIntN(64, Y + X * 63n));
      expect(ex.sum64(X, Y, 1)).toBe(BigInt.asIntN(64, X * 0x100000001n + Y));
    }
  }
});

test("an index out of range is still Go's panic", () => {
  ex.fill(5);
  expect(ex.at(4)).toBe(28);
  expect(() => ex.at(5)).toThrow(WebAssembly.RuntimeError);
  // Written outside the folder the build ran in: the file by its path from the program's folder.
  expect(panicMessage(ex)).toBe("runtime error: index out of range [5] with length 5 at main.ts:19:10");
});
