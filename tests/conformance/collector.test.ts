// The memory manager of the incremental runtime (core/heap.ts): every kind of allocation,
// memory that stays bounded, and programs whose references travel through channels while a
// collection runs. The last part builds the runtime with the collector's constants turned
// down, so that a collection is always under way and marking steps after almost every
// allocation: a missing write barrier, or a block freed while reachable, then shows in any
// program that moves references around.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { RUNTIME_FOLDERS } from "../../transformer/abi/module";
import { Exports, load } from "./load";

const REPO = path.join(__dirname, "..", "..");

const MB = 1024 * 1024;

/** What literals.ts's check() answers after `calls` calls of fill(n). */
function literalsSum(calls: number, n: number): bigint {
  let sum = 0n;
  for (let k = 0; k < calls; k++) for (let i = 0; i < n; i++) sum += BigInt(i);
  sum += BigInt(3 * (n - 2)); // fixed[]: the last three items, n-3 … n-1
  let words = 2n;
  for (let k = 0; k < calls; k++) for (let i = 0; i < n; i += 100) words += BigInt(("w" + i).length);
  return sum + words;
}

describe.each(["incremental", "minimal"])("the %s runtime", (runtime) => {
  test("global array literals, in the data segment, keep the heap objects put into them", () => {
    const e = load("literals", { runtime });
    for (let k = 0; k < 5; k++) expect(e.fill(20000)).toBe((k + 1) * 20000);
    expect(e.check()).toBe(literalsSum(5, 20000));
  });

  test("blocks of every size class and beyond keep their contents while others come and go", () => {
    const e = load("collector", { runtime });
    expect(e.churn(200, 20000)).toBe(0);
    expect(e.grow(200000)).toBe(0);
    expect(e.relay(3000, 3)).toBe(0);
    expect(e.stretch(20000)).toBe(0);
  });
});

test("a call that makes garbage all along runs in bounded memory", () => {
  const e = load("collector");
  // 200 items live (about 1 MB), 20 000 made and dropped in one call (about 100 MB in all).
  expect(e.churn(200, 20000)).toBe(0);
  expect(e.memory.buffer.byteLength).toBeLessThanOrEqual(8 * MB);
  // Twenty more such calls: the heap settles (a class that runs short may grow it once).
  for (let i = 0; i < 20; i++) expect(e.churn(200, 20000)).toBe(0);
  expect(e.memory.buffer.byteLength).toBeLessThanOrEqual(8 * MB);
});

test("a global __finalize is called for the objects the collector frees", () => {
  const e = load("finalize");
  // 100 000 arrays of two objects each; most are freed by the end of the second call.
  const first = e.churn(100000);
  expect(first).toBeGreaterThan(0);
  expect(e.churn(100000)).toBeGreaterThan(first + 100000);
});

describe("under a collector that never rests", () => {
  let root: string;
  beforeAll(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), "wx-collector-"));
    for (const folder of RUNTIME_FOLDERS) fs.cpSync(path.join(REPO, folder), path.join(root, folder), { recursive: true });
    const file = path.join(root, "core", "heap.ts");
    let text = fs.readFileSync(file, "utf8");
    for (const [name, value] of [["THRESHOLD_MIN", "512"], ["STEP_BYTES", "16"], ["STEP_FACTOR", "1"]]) {
      const declaration = new RegExp(`(@inline const ${name}: usize = )[^;]+;`);
      expect(text).toMatch(declaration);
      text = text.replace(declaration, `$1${value};`);
    }
    fs.writeFileSync(file, text);
  });
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  const tortured = (name: string): Exports => load(name, { runtimeRoot: root });

  test("every size class, growing arrays and maps, items checked by other goroutines", () => {
    const e = tortured("collector");
    expect(e.churn(50, 2000)).toBe(0);
    expect(e.grow(20000)).toBe(0);
    expect(e.relay(500, 3)).toBe(0);
    expect(e.stretch(3000)).toBe(0);
  });

  test("closures keep their environments (funcvalues, checked against JavaScript in funcvalues.test.ts)", () => {
    const e = tortured("funcvalues");
    const plain = load("funcvalues");
    for (let k = 1; k <= 300; k++) {
      expect(e.scale(k)).toBe(plain.scale(k));
      expect(e.handlers(k)).toBe(plain.handlers(k));
      expect(e.nested(k)).toBe(plain.nested(k));
    }
    expect(e.counters()).toBe(plain.counters());
    expect(e.loops()).toBe(plain.loops());
  });

  test("global array literals keep the heap objects put into them", () => {
    const e = tortured("literals");
    for (let k = 0; k < 3; k++) e.fill(3000);
    expect(e.check()).toBe(literalsSum(3, 3000));
  });

  test("references through channels, selects and nested blocking calls", () => {
    const e = tortured("stress");
    expect(e.chain(10, 300)).toBe(BigInt(16 * (300 * 299 / 2 + 300 * 10)));
    expect(e.selects(200, 4)).toBe(BigInt(16 * 4 * (200 * 199 / 2)));
    expect(e.calls(300, 20)).toBe(BigInt(16 * 300));
  });

  test("goroutines and channels made and dropped by the thousand", () => {
    expect(tortured("examples/sieve").nth_prime(300)).toBe(1987);
    expect(tortured("whispers").whispers(3000)).toBe(3001);
    expect(tortured("workers").sum_of_squares(100, 4)).toBe(338350n);
    expect(tortured("selects").merge(100)).toBe(2 * 4950);
    expect(tortured("closures").mutex_counter(10, 20)).toBe(200);
  });

  test("frames kept for reuse, let go of when a collection starts", () => {
    const e = tortured("reuse");
    expect(e.rounds(100)).toBe(BigInt(10 * 100 + (100 * 99) / 2));
    for (let i = 1; i <= 10; i++) {
      e.burst(3000);
      expect(e.ticks()).toBe(i * 3000);
    }
    expect(e.hold(20)).toBe(20 * 16384);
  });

  test("a goroutine waiting in a host import while the host calls an export that allocates", () => {
    // The waiting frame is held only by the outer scheduler loop, which is on the shadow stack.
    let e: Exports;
    e = load("reentry", { runtimeRoot: root }, { env: { ask_host: (q: number) => e.inner(q) * 10 } });
    for (let q = 0; q < 300; q++) expect(e.outer(q)).toBe((q * 2 + 1) * 10);
  });
});
