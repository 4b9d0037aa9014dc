// SPEC section 8, WIT out: the world the directives define (package local:module, world module).
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
