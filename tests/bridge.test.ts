import { runAsc } from "../transformer/asc/bridge";

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
