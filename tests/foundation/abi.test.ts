// The export wrappers of the generated entry file, for both kinds of function: one called
// directly, one run as a root frame by the scheduler (see docs/runtime.md, "Export entry").
import * as ts from "typescript";
import { generateEntry, relativeSpecifier } from "../../transformer/abi/entry";
import { ascArgs, configFile, runtimeFiles } from "../../transformer/abi/module";
import { runAsc } from "../../transformer/asc/bridge";
import { DEFAULT_OPTIONS } from "../../transformer/options";
import type { LoweredExport, LoweredModule } from "../../transformer/pipeline";
import { instantiate, REPO } from "./helpers";

// A hand-lowered module: `negate` as a frame class that finishes at its first resume().
const lowered = `import { Frame } from "../ts-wasmexport/runtime/index";
export class negate$Frame extends Frame {
  result: bool = false;
  constructor(public a: bool) { super(); }
  static new$(a: bool): negate$Frame { return new negate$Frame(a); }
  resume(): Frame | null { this.result = !this.a; this.pc = -1; return null; } // a root: no caller
}
export function half(x: f64): f64 { return x / 2; }
`;

function fakeExport(name: string, symbol: string, blocking: boolean, mode: "drain" | "return", params: LoweredExport["directive"]["params"], result: LoweredExport["directive"]["result"]): LoweredExport {
  const declaration = ts.factory.createFunctionDeclaration(undefined, undefined, name, undefined, [], undefined, undefined);
  return { directive: { exportName: name, mode, declaration, params, result }, blocking, symbol, asPath: "src/app.ts" };
}

const app: LoweredModule = { source: ts.createSourceFile("app.ts", "", ts.ScriptTarget.Latest), asPath: "src/app.ts", text: lowered, origin: (o) => o };
const loweredExports = [
  fakeExport("negate", "negate$Frame", true, "return", [{ name: "a", type: "bool" }], "bool"),
  fakeExport("half", "half", false, "drain", [{ name: "x", type: "f64" }], "f64"),
];
const entry = generateEntry([app], loweredExports);

test("a blocking export runs its frame through exportRun; bool crosses as i32", () => {
  expect(entry.text).toContain("const fr$ = m0$negate$Frame.new$(a0$ != 0);");
  expect(entry.text).toMatch(/exportRun\(fr\$, true, "negate"\);\s+const r\$ = fr\$\.result;\s+exportRelease\(fr\$\);\s+return r\$ \? 1 : 0;/);
});

test("a non-blocking export calls its function between exportEnter and exportLeave", () => {
  expect(entry.text).toMatch(/exportEnter\(\);\s+const r\$ = m0\$half\(a0\$\);\s+exportLeave\(false\);\s+return r\$;/);
  expect(entry.text.trimEnd().endsWith("initDone();")).toBe(true);
});

test("the wrappers compile with asc and the host sees the export names", () => {
  const files = { ...runtimeFiles(REPO), "ts-wasmexport/config.ts": configFile(DEFAULT_OPTIONS), "src/app.ts": lowered, "main.ts": entry.text };
  const result = runAsc({
    files,
    entry: "main.ts",
    args: ascArgs(DEFAULT_OPTIONS),
    exports: Object.fromEntries(entry.wrappers.map((w) => [w.internal, w.external])),
    keep: ["memory", "_initialize", "wasmexport_panic_ptr", "wasmexport_panic_len"],
    lazyInit: entry.wrappers.map((w) => w.internal),
    wantText: false,
  });
  expect(result.diagnostics.filter((d) => d.category === 3)).toEqual([]);
  const wasm = instantiate(result.binary!);
  expect(wasm.negate(0)).toBe(1);
  expect(wasm.negate(9)).toBe(0);
  expect(wasm.half(3)).toBe(1.5);
});

test("relative specifiers between virtual paths", () => {
  expect(relativeSpecifier("main.ts", "ts-wasmexport/runtime/index")).toBe("./ts-wasmexport/runtime/index");
  expect(relativeSpecifier("src/a/b.ts", "ts-wasmexport/runtime/index")).toBe("../../ts-wasmexport/runtime/index");
  expect(relativeSpecifier("src/a.ts", "src/lib/c.ts")).toBe("./lib/c");
});
