// WIT out (option `emitWit`): the world the program's directives define. Its exports are the
// `@wasmexport`s; its imports the `@wasmimport`s of module `$root` (functions at the world's
// top level) and of `local:module/NAME` (functions of an interface NAME this package
// declares), which are the core import names the canonical ABI gives them. A name WIT cannot
// spell, or an import from another module, is an error at its directive.
import * as ts from "typescript";
import { isNumber, recordsIn } from "../abi/layout";
import { Code, diagnosticAt } from "../diagnostics";
import type { Directives, RecordClass, ValueType } from "../pipeline";

export const WIT_PACKAGE = "local:module";
export const WIT_WORLD = "module";

/** WIT's words that a name must escape with `%`. */
const KEYWORDS = new Set([
  "as", "async", "bool", "borrow", "char", "constructor", "enum", "export", "f32", "f64", "flags", "from", "func", "future", "import",
  "include", "interface", "list", "option", "own", "package", "record", "resource", "result", "s16", "s32", "s64", "s8", "static",
  "stream", "string", "tuple", "type", "u16", "u32", "u64", "u8", "use", "variant", "with", "world",
]);

const KEBAB = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/** A TypeScript name in WIT's kebab-case: `firstName` gives `first-name`, `HTTPServer` `http-server`. */
export function kebab(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1-$2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1-$2")
    .replace(/[_\s]+/g, "-")
    .toLowerCase();
}

export function witName(name: string): string {
  return KEYWORDS.has(name) ? `%${name}` : name;
}

export function witType(t: ValueType): string {
  if (isNumber(t)) {
    const names: Record<string, string> = { i32: "s32", isize: "s32", u32: "u32", usize: "u32", i64: "s64", u64: "u64", f32: "f32", f64: "f64", bool: "bool", i8: "s8", u8: "u8", i16: "s16", u16: "u16" };
    return names[t];
  }
  switch (t.kind) {
    case "string":
      return "string";
    case "bytes":
      return "list<u8>";
    case "list":
      return `list<${witType(t.element)}>`;
    case "record":
      return witName(kebab(t.record.name));
    case "option":
      return `option<${witType(t.some)}>`;
  }
}

type Fn = { params: { name: string; type: ValueType }[]; result: ValueType | "void" };

export function witFunction(f: Fn): string {
  const params = f.params.map((p) => `${witName(kebab(p.name))}: ${witType(p.type)}`).join(", ");
  return `func(${params})${f.result === "void" ? "" : ` -> ${witType(f.result)}`}`;
}

function recordText(r: RecordClass, indent: string): string {
  return [`${indent}record ${witName(kebab(r.name))} {`, ...r.fields.map((f) => `${indent}  ${witName(kebab(f.name))}: ${witType(f.type)},`), `${indent}}`].join("\n");
}

export interface WitOutput {
  text: string | null;
  diagnostics: ts.Diagnostic[];
}

/** The directive comment above a declaration, for errors: its line's start. */
function at(decl: ts.FunctionDeclaration, code: number, message: string): ts.Diagnostic {
  const file = decl.getSourceFile();
  const ranges = ts.getLeadingCommentRanges(file.text, decl.getFullStart()) ?? [];
  const comment = ranges.find((r) => /@wasm(export|import)/.test(file.text.slice(r.pos, r.end)));
  return comment ? diagnosticAt(file, comment.pos, comment.end - comment.pos, code, message) : diagnosticAt(file, decl.getStart(file), 0, code, message);
}

export function emitWorld(directives: Directives): WitOutput {
  const diagnostics: ts.Diagnostic[] = [];
  const records: RecordClass[] = [];
  const all = [...directives.exports, ...directives.imports];
  for (const f of all) for (const t of [...f.params.map((p) => p.type), f.result]) recordsIn(t, records);
  for (const e of directives.exports) {
    if (!KEBAB.test(e.exportName)) {
      diagnostics.push(at(e.declaration, Code.WitMismatch, `'${e.exportName}' is not a WIT name: a world's functions are named in kebab-case ('${kebab(e.exportName)}').`));
    }
  }
  const interfaces = new Map<string, string[]>();
  const rootImports: string[] = [];
  for (const i of directives.imports) {
    if (!KEBAB.test(i.name)) {
      diagnostics.push(at(i.declaration, Code.WitMismatch, `'${i.name}' is not a WIT name: a world's functions are named in kebab-case ('${kebab(i.name)}').`));
      continue;
    }
    if (i.module === "$root") rootImports.push(`  import ${witName(i.name)}: ${witFunction(i)};`);
    else if (i.module.startsWith(`${WIT_PACKAGE}/`) && KEBAB.test(i.module.slice(WIT_PACKAGE.length + 1))) {
      const name = i.module.slice(WIT_PACKAGE.length + 1);
      interfaces.set(name, [...(interfaces.get(name) ?? []), `  ${witName(i.name)}: ${witFunction(i)};`]);
    } else {
      diagnostics.push(at(i.declaration, Code.WitMismatch,
        `Import module '${i.module}' has no place in a WIT world: write '// @wasmimport $root ${i.name}' for a function of the world, or '// @wasmimport ${WIT_PACKAGE}/NAME ${i.name}' for one of an interface.`));
    }
  }
  if (diagnostics.length > 0) return { text: null, diagnostics };
  // Records are declared in an interface `types` that the world and the interfaces use.
  const lines = [`package ${WIT_PACKAGE};`, ""];
  const recordNames = records.map((r) => witName(kebab(r.name)));
  if (records.length > 0) lines.push("interface types {", ...records.map((r) => recordText(r, "  ")), "}", "");
  for (const [name, fns] of interfaces) {
    lines.push(`interface ${witName(name)} {`, ...(records.length ? [`  use types.{${recordNames.join(", ")}};`] : []), ...fns, "}", "");
  }
  lines.push(`world ${WIT_WORLD} {`);
  if (records.length) lines.push(`  use types.{${recordNames.join(", ")}};`);
  for (const name of interfaces.keys()) lines.push(`  import ${witName(name)};`);
  lines.push(...rootImports);
  for (const e of directives.exports) lines.push(`  export ${witName(e.exportName)}: ${witFunction(e)};`);
  lines.push("}", "");
  return { text: lines.join("\n"), diagnostics };
}
