import { prepareAsc, runAsc } from "../transformer/asc/bridge";

test("asc runs synchronously through the bridge and exports are shaped", () => {
  const result = runAsc({
    files: { "main.ts": "export let n: i32 = 0;\nn = 5;\nexport function __wx_0(a: i32): i32 { return n + a; }\n" },
    entry: "main.ts",
    args: ["-O3", "--exportStart", "_initialize", "--initialMemory", "1", "--runtime", "stub"],
    exports: { __wx_0: "process.a" },
    keep: ["memory", "_initialize"],
    lazyInit: ["__wx_0"],
    wantText: false,
  });
  expect(result.error).toBeNull();
  const instance = new WebAssembly.Instance(new WebAssembly.Module(result.binary!), {});
  expect(Object.keys(instance.exports).sort()).toEqual(["_initialize", "memory", "process.a"]);
  // Never called _initialize: the export initialises first.
  expect((instance.exports["process.a"] as (a: number) => number)(2)).toBe(7);
});

describe("a build started early (prepareAsc with the entry and flags)", () => {
  const ARGS = ["-O1", "--exportStart", "_initialize", "--initialMemory", "1", "--runtime", "stub"];
  const request = (k: number, args = ARGS) => ({
    files: { "main.ts": `export function __wx_0(a: i32): i32 { return a * ${k}; }\n` },
    entry: "main.ts",
    args,
    exports: { __wx_0: "f" },
    keep: ["memory", "_initialize"],
    lazyInit: [],
    wantText: false,
  });
  const f = (binary: Uint8Array | null) => new WebAssembly.Instance(new WebAssembly.Module(binary!), {}).exports.f as (a: number) => number;

  test("serves the request with the same flags: the same module as a build that was not started early", () => {
    const fresh = runAsc(request(3));
    prepareAsc({ entry: "main.ts", args: ARGS, wantText: false, transforms: [] });
    const early = runAsc(request(3));
    expect(early.error).toBeNull();
    expect(Buffer.compare(Buffer.from(early.binary!), Buffer.from(fresh.binary!))).toBe(0);
    expect(f(early.binary)(5)).toBe(15);
  });

  test("ends when the request has other flags, which is built by itself", () => {
    prepareAsc({ entry: "main.ts", args: ARGS, wantText: false, transforms: [] });
    // Two pages of memory where the early build has one: built with its own flags.
    const other = runAsc(request(4, ARGS.map((a) => (a === "1" ? "2" : a))));
    expect(other.error).toBeNull();
    const exports = new WebAssembly.Instance(new WebAssembly.Module(other.binary!), {}).exports;
    expect((exports.f as (a: number) => number)(5)).toBe(20);
    expect((exports.memory as WebAssembly.Memory).buffer.byteLength).toBe(2 * 65536);
    // The worker serves the next request as before.
    expect(f(runAsc(request(2)).binary)(5)).toBe(10);
  });
});
