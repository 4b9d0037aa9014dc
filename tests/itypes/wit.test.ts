// Interface types (docs/abi.md), WIT out: the world the directives define (package local:module, world module).
import { build, locations } from "../foundation/helpers";

test("exports, imports of the world and of an interface, records in declaration order with kebab-case names", () => {
  const withWit = build(`
export class HttpRequest {
  method: string = "";
  headerNames: Array<string> = [];
  type: string | null = null;
}
// @wasmimport $root log
declare function log(message: string): void;
// @wasmimport local:module/store get-value
declare function getValue(key: string): string | null;
// @wasmexport handle
export function handle(request: HttpRequest, retries: i32): StaticArray<u8> { log(""); getValue(""); return new StaticArray<u8>(0); }
// @wasmexport count-words
export function countWords(text: string, big: i64, ok: bool, ratio: f64, size: usize): u64 { return 0; }
`, { emitWit: "/dev/null" });
  expect(withWit.errorText).toBe("");
  expect(withWit.wit).toBe(`package local:module;

interface types {
  record http-request {
    method: string,
    header-names: list<string>,
    %type: option<string>,
  }
}

interface store {
  use types.{http-request};
  get-value: func(key: string) -> option<string>;
}

world module {
  use types.{http-request};
  import store;
  import log: func(message: string);
  export handle: func(request: http-request, retries: s32) -> list<u8>;
  export count-words: func(text: string, big: s64, ok: bool, ratio: f64, size: u32) -> u64;
}
`);
});

test("a name WIT cannot spell, or an import module outside the world, is an error at its directive", () => {
  const result = build(`
// @wasmimport env log
declare function log(message: string): void;

// @wasmexport count_words
export function countWords(text: string): i32 { log(text); return 0; }
`, { emitWit: "/dev/null" });
  expect(result.binary).toBeNull();
  expect(locations(result)).toEqual(["main.ts(5,1): error TS99060", "main.ts(2,1): error TS99060"]);
  expect(result.diagnostics.map((d) => d.messageText)).toEqual([
    "'count_words' is not a WIT name: a world's functions are named in kebab-case ('count-words').",
    "Import module 'env' has no place in a WIT world: write '// @wasmimport $root log' for a function of the world, or '// @wasmimport local:module/NAME log' for one of an interface.",
  ]);
});

describe("WIT in: the directives must match the world", () => {
  const WIT = `package example:greeter@0.1.0;

/// Types shared by the world and its interfaces.
interface types {
  record person {
    name: string,
    nick-names: list<string>,
    nick: option<string>,
  }
}

interface store {
  use types.{person};
  save: func(who: person) -> bool;
}

world greeter {
  use types.{person};
  import store;
  import log: func(message: string);
  export greet: func(who: person) -> string;
  export count: func(xs: list<s32>) -> u64;
}

world other {
  export ping: func() -> u32;
}
`;
  const files = (main: string) => ({ "main.ts": main, "greeter.wit": WIT });
  const GOOD = `
export class Human {
  name: string = "";
  nickNames: Array<string> = [];
  nick: string | null = null;
}
// @wasmimport example:greeter/store@0.1.0 save
declare function save(h: Human): bool;
// @wasmimport $root log
declare function log(m: string): void;
// @wasmexport greet
export function greet(h: Human): string { log(h.name); save(h); return "hi " + h.name; }
// @wasmexport count
export function count(values: StaticArray<i32>): u64 { return values.length; }
`;
  const buildWith = (main: string, options: Record<string, unknown> = {}) => {
    const { writeFiles } = require("../foundation/helpers");
    const { compile } = require("../../transformer/compile");
    const { dir, entry } = writeFiles(files(main));
    return compile({ entry, wit: `${dir}/greeter.wit`, world: "greeter", ...options });
  };

  test("a program that matches builds; a type that differs is an error at its directive", () => {
    const good = buildWith(GOOD.replace("nick: string | null = null;", "nick: string = \"\";"));
    expect(good.binary).toBeNull();
    expect(locations(good)).toEqual(["main.ts(11,1): error TS99060", "main.ts(7,1): error TS99060"]);
    expect(good.diagnostics[0].messageText).toBe(
      "'greet' is func(who: record { name: string, nick-names: list<string>, nick: option<string> }) -> string in the world 'greeter', " +
      "and func(h: record { name: string, nick-names: list<string>, nick: string }) -> string here.",
    );
  });

  test("a name the world lacks is an error at the directive; a function the world exports and the program lacks, at the entry's first line", () => {
    const result = buildWith(GOOD.replace("// @wasmexport count", "// @wasmexport counted").replace("// @wasmimport $root log", "// @wasmimport $root logs"));
    expect(result.binary).toBeNull();
    expect(locations(result)).toEqual(["main.ts(13,1): error TS99060", "main.ts(9,1): error TS99060", "main.ts(1,1): error TS99060"]);
    expect(result.diagnostics.map((d: { messageText: unknown }) => d.messageText)).toEqual([
      "The world 'greeter' has no export 'counted'.",
      "The world 'greeter' has no import 'logs' at its top level.",
      "The world 'greeter' exports 'count', which no '// @wasmexport count' defines.",
    ]);
  });

  test("the world must be named when the file has several; a WIT syntax error points into the WIT file", () => {
    expect(buildWith(GOOD, { world: undefined }).errorText).toContain("it defines 2 worlds (greeter, other): set 'world' (--world NAME)");
    const { writeFiles } = require("../foundation/helpers");
    const { compile } = require("../../transformer/compile");
    const { dir, entry } = writeFiles({ "main.ts": GOOD, "bad.wit": "package a:b;\nworld w {\n  export f: func(x: tuple<u32>);\n}\n" });
    const result = compile({ entry, wit: `${dir}/bad.wit` });
    expect(locations(result)).toEqual(["bad.wit(3,21): error TS99061"]);
    expect(result.diagnostics[0].messageText).toBe("WIT: 'tuple' types are not supported.");
  });

  test("the matching program builds, also as a component wrapped with that world", () => {
    const result = buildWith(GOOD, { component: true });
    expect(result.errorText).toBe("");
    expect(result.binary).not.toBeNull();
  });
});
