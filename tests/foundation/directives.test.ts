// The directives (docs/dialect.md): every directive error at the directive's own line and column.
import * as ts from "typescript";
import { collectDirectives } from "../../transformer/directives";
import { build, instantiate, locations } from "./helpers";

/** Collects the directives of one file; errors as "line:col TScode". */
function check(text: string) {
  const file = ts.createSourceFile("main.ts", text, ts.ScriptTarget.Latest, true);
  const result = collectDirectives([file], "drain");
  const errors = result.diagnostics.map((d) => {
    const { line, character } = file.getLineAndCharacterOfPosition(d.start!);
    return `${line + 1}:${character + 1} TS${d.code}`;
  });
  return { ...result, errors, messages: result.diagnostics.map((d) => d.messageText as string) };
}

describe("accepted directives", () => {
  test("name and mode default; exported or not", () => {
    const { directives, errors } = check(`
// @wasmexport
function plain(a: i32): void {}

// @wasmexport custom.name-1$x return
export function named(a: u64, b: bool, c: f32): bool { return b; }

//@wasmexport drain
function modeOnly(): usize { return 0; }
`);
    expect(errors).toEqual([]);
    expect(directives.exports.map((e) => [e.exportName, e.mode, e.result])).toEqual([
      ["plain", "drain", "void"],
      ["custom.name-1$x", "return", "bool"],
      ["modeOnly", "drain", "usize"],
    ]);
    expect(directives.exports[1].params).toEqual([
      { name: "a", type: "u64" },
      { name: "b", type: "bool" },
      { name: "c", type: "f32" },
    ]);
  });

  test("the default mode comes from the option", () => {
    const file = ts.createSourceFile("m.ts", "// @wasmexport\nfunction f(): void {}\n", ts.ScriptTarget.Latest, true);
    expect(collectDirectives([file], "return").directives.exports[0].mode).toBe("return");
  });

  test("@wasmimport above a declare function", () => {
    const { directives, errors } = check(`
// @wasmimport env host_log
declare function hostLog(code: i32): void;
`);
    expect(errors).toEqual([]);
    expect(directives.imports.map((i) => [i.module, i.name, i.declaration.name!.text])).toEqual([["env", "host_log", "hostLog"]]);
  });

  test("a TypeScript export alone is not a Wasm export; a directive comment in a string is not a directive", () => {
    const { directives, errors } = check(`
export function f(): i32 { return 1; }
const s = "// @wasmexport nope";
`);
    expect(errors).toEqual([]);
    expect(directives.exports).toEqual([]);
  });
});

describe("errors at the directive's position", () => {
  test("a parameter type a Wasm export cannot carry", () => {
    expect(check(`\n  // @wasmexport f\nfunction f(s: Map<i32, i32>): void {}\n`).errors).toEqual(["2:3 TS99010"]);
  });

  test("a result type a Wasm export cannot carry", () => {
    const { errors, messages } = check(`// @wasmexport f\nfunction f(): number { return 1; }\n`);
    expect(errors).toEqual(["1:1 TS99010"]);
    expect(messages[0]).toContain("the result has type 'number'");
  });

  test("a missing result type", () => {
    expect(check(`\n\n// @wasmexport f\nfunction f(a: i32) { }\n`).errors).toEqual(["3:1 TS99010"]);
  });

  test("on a method", () => {
    expect(check(`class A {\n    // @wasmexport m\n    m(): void {}\n}\n`).errors).toEqual(["2:5 TS99011"]);
  });

  test("on an arrow function", () => {
    expect(check(`\n// @wasmexport f\nconst f = (a: i32): i32 => a;\n`).errors).toEqual(["2:1 TS99012"]);
  });

  test("on a function expression", () => {
    expect(check(`// @wasmexport f\nexport const f = function (a: i32): i32 { return a; };\n`).errors).toEqual(["1:1 TS99012"]);
  });

  test("on a generic function", () => {
    expect(check(`\n\n\n// @wasmexport g\nfunction g<T>(a: i32): i32 { return a; }\n`).errors).toEqual(["4:1 TS99013"]);
  });

  test("on an overloaded function", () => {
    const text = `function o(a: i32): i32;\nfunction o(a: i64): i64;\n// @wasmexport o\nfunction o(a: i64): i64 { return a; }\n`;
    expect(check(text).errors).toEqual(["3:1 TS99014"]);
  });

  test("on something that is not a function", () => {
    expect(check(`// @wasmexport x\nlet x: i32 = 1;\n`).errors).toEqual(["1:1 TS99015"]);
    expect(check(`// @wasmexport C\nclass C {}\n`).errors).toEqual(["1:1 TS99015"]);
  });

  test("on a default export", () => {
    expect(check(`// @wasmexport f\nexport default function f(): void {}\n`).errors).toEqual(["1:1 TS99015"]);
  });

  test("on a nested function declaration", () => {
    expect(check(`function outer(): void {\n  // @wasmexport inner\n  function inner(): void {}\n}\n`).errors).toEqual(["2:3 TS99015"]);
  });

  test("misplaced: a blank line between directive and function", () => {
    expect(check(`// @wasmexport f\n\nfunction f(): void {}\n`).errors).toEqual(["1:1 TS99016"]);
  });

  test("misplaced: another comment between directive and function", () => {
    expect(check(`// @wasmexport f\n// a note\nfunction f(): void {}\n`).errors).toEqual(["1:1 TS99016"]);
  });

  test("misplaced: a directive at the end of the file or inside a body", () => {
    expect(check(`function f(): void {\n  const a = 1;\n  // @wasmexport f\n}\n`).errors).toEqual(["3:3 TS99016"]);
    expect(check(`function f(): void {}\n// @wasmexport f\n`).errors).toEqual(["2:1 TS99016"]);
  });

  test("misplaced: at the end of a line, not on the line above", () => {
    expect(check(`const a = 1; // @wasmexport f\nfunction f(): void {}\n`).errors).toEqual(["1:14 TS99016"]);
  });

  test("duplicated directive", () => {
    const { errors, directives } = check(`// @wasmexport a\n// @wasmexport b\nfunction f(): void {}\n`);
    expect(errors).toEqual(["1:1 TS99017"]);
    expect(directives.exports.map((e) => e.exportName)).toEqual(["b"]);
  });

  test("duplicate export name, reported at the second directive", () => {
    const { errors, messages } = check(`// @wasmexport same\nfunction a(): void {}\n\n// @wasmexport same\nfunction b(): void {}\n`);
    expect(errors).toEqual(["4:1 TS99018"]);
    expect(messages[0]).toContain("'same'");
  });

  test("duplicate export name across files", () => {
    const one = ts.createSourceFile("one.ts", "// @wasmexport f\nfunction f(): void {}\n", ts.ScriptTarget.Latest, true);
    const two = ts.createSourceFile("two.ts", "\n// @wasmexport\nfunction f(): void {}\n", ts.ScriptTarget.Latest, true);
    const result = collectDirectives([one, two], "drain");
    expect(result.diagnostics.map((d) => [d.file!.fileName, d.start, d.code])).toEqual([["two.ts", 1, 99018]]);
  });

  test.each(["memory", "_initialize", "_start", "wasmexport_panic_ptr", "wasmexport_x", "cabi_realloc", "cabi_post_greet"])("reserved name %s", (name) => {
    expect(check(`\n    // @wasmexport ${name}\nfunction f(): void {}\n`).errors).toEqual(["2:5 TS99019"]);
  });

  test("a function whose own name is reserved needs a directive name", () => {
    expect(check(`// @wasmexport\nfunction memory(): void {}\n`).errors).toEqual(["1:1 TS99019"]);
  });

  test.each(["a/b", "a:b", "naïve", "a+b", "x@y"])("invalid name characters: %s", (name) => {
    expect(check(`// @wasmexport ${name}\nfunction f(): void {}\n`).errors).toEqual(["1:1 TS99020"]);
  });

  test("a bad mode word", () => {
    const { errors, messages } = check(`// @wasmexport f wait\nfunction f(): void {}\n`);
    expect(errors).toEqual(["1:1 TS99021"]);
    expect(messages[0]).toContain("'wait'");
  });

  test("too many words", () => {
    expect(check(`// @wasmexport f drain extra\nfunction f(): void {}\n`).errors).toEqual(["1:1 TS99021"]);
  });

  test("@wasmimport above a function with a body", () => {
    expect(check(`// @wasmimport env f\nfunction f(): void {}\n`).errors).toEqual(["1:1 TS99022"]);
  });

  test("@wasmexport above a declare function", () => {
    expect(check(`// @wasmexport f\ndeclare function f(): void;\n`).errors).toEqual(["1:1 TS99022"]);
  });

  test("@wasmimport without a module and a name", () => {
    expect(check(`// @wasmimport host_log\ndeclare function hostLog(code: i32): void;\n`).errors).toEqual(["1:1 TS99023"]);
  });

  test("a directive in Go's spelling, a triple-slash comment or a block comment, which would be ignored", () => {
    expect(check(`//go:wasmexport add\nexport function add(a: i32, b: i32): i32 { return a + b; }\n`).errors).toEqual(["1:1 TS99024"]);
    expect(check(`/// @wasmexport add\nexport function add(a: i32, b: i32): i32 { return a + b; }\n`).errors).toEqual(["1:1 TS99024"]);
    expect(check(`/** @wasmexport mul */\nexport function mul(a: i32, b: i32): i32 { return a * b; }\n`).errors).toEqual(["1:1 TS99024"]);
    expect(check(`/* nothing */\n// @wasmexport sub\nexport function sub(a: i32, b: i32): i32 { return a - b; }\n`).errors).toEqual([]);
  });

  test("@wasmimport with a type a Wasm import cannot carry", () => {
    expect(check(`// @wasmimport env log\ndeclare function log(s: number): void;\n`).errors).toEqual(["1:1 TS99010"]);
  });
});

test("through compile(): printed as file.ts(line,col): error TS99xxx and no module", () => {
  const result = build(`// ok\n\n  // @wasmexport memory\nexport function f(): void {}\n`);
  expect(result.binary).toBeNull();
  expect(locations(result)).toEqual(["main.ts(3,3): error TS99019"]);
  expect(result.errorText).toMatch(/main\.ts\(3,3\): error TS99019: Export name 'memory' is reserved/);
});

test("an export's parameters may have any name, those the export wrapper uses included", () => {
  const result = build(`import { Chan } from "ts-wasmexport";
// @wasmexport plain
export function plain(exportLeave: i32, r$: i32): i32 { return exportLeave + r$; }
// @wasmexport blocking
export function blocking(fr$: i32, exportRun: i32, m0$blocking: bool): i32 {
  const c = new Chan<i32>(1);
  c.send(fr$ + exportRun);
  return m0$blocking ? c.recv() : -1;
}
`);
  expect(result.errorText).toBe("");
  const e = instantiate(result.binary!);
  expect(e.plain(2, 3)).toBe(5);
  expect(e.blocking(4, 5, 1)).toBe(9);
});
