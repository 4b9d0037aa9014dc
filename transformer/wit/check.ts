// WIT in (options `wit` and `world`): the program's directives must match the world's
// exports and imports. A directive the world lacks, or whose types differ, is an error at the
// directive; a function the world exports that no directive defines, at the first line of
// the entry file. Types match by structure (a record by its fields' kebab-case names and
// types, in order); parameter names need not match.
import * as fs from "fs";
import * as ts from "typescript";
import { isNumber } from "../abi/layout";
import { Code, diagnosticAt, globalDiagnostic } from "../diagnostics";
import type { Directives, ValueType } from "../pipeline";
import { kebab } from "./emit";
import { functionText, parseWit, typeText, WitError, WitFunction, WitType, WitWorld } from "./parse";

export interface WorldInput {
  /** The WIT file's text and the world chosen in it. */
  text: string;
  world: string;
}

type Fn = { params: { name: string; type: ValueType }[]; result: ValueType | "void" };

function toWit(t: ValueType): WitType {
  if (isNumber(t)) {
    const names: Record<string, string> = { i32: "s32", isize: "s32", u32: "u32", usize: "u32", i64: "s64", u64: "u64", f32: "f32", f64: "f64", bool: "bool", i8: "s8", u8: "u8", i16: "s16", u16: "u16" };
    return { kind: "prim", name: names[t] };
  }
  switch (t.kind) {
    case "string":
      return { kind: "prim", name: "string" };
    case "bytes":
      return { kind: "list", element: { kind: "prim", name: "u8" } };
    case "list":
      return { kind: "list", element: toWit(t.element) };
    case "option":
      return { kind: "option", some: toWit(t.some) };
    case "record":
      return { kind: "record", name: kebab(t.record.name), fields: t.record.fields.map((f) => ({ name: kebab(f.name), type: toWit(f.type) })) };
  }
}

function witFunctionOf(f: Fn): WitFunction {
  return { params: f.params.map((p) => ({ name: kebab(p.name), type: toWit(p.type) })), result: f.result === "void" ? null : toWit(f.result) };
}

const shape = (f: WitFunction) => `${f.params.map((p) => typeText(p.type)).join(", ")} -> ${typeText(f.result)}`;

/** The directive comment above a declaration. */
function directiveOf(decl: ts.FunctionDeclaration): { file: ts.SourceFile; pos: number; end: number } {
  const file = decl.getSourceFile();
  const ranges = ts.getLeadingCommentRanges(file.text, decl.getFullStart()) ?? [];
  const comment = ranges.find((r) => /@wasm(export|import)/.test(file.text.slice(r.pos, r.end)));
  return comment ? { file, pos: comment.pos, end: comment.end } : { file, pos: decl.getStart(file), end: decl.getStart(file) };
}

/** Reads the WIT file and picks the world: the one named, or the only one. */
export function readWorld(witPath: string, worldName: string | undefined): { world: WitWorld; input: WorldInput } | { diagnostics: ts.Diagnostic[] } {
  let text: string;
  try {
    text = fs.readFileSync(witPath, "utf8");
  } catch (err) {
    return { diagnostics: [globalDiagnostic(Code.BadWit, `Cannot read the WIT file '${witPath}': ${(err as Error).message}`)] };
  }
  try {
    const pkg = parseWit(text);
    const names = [...pkg.worlds.keys()];
    const name = worldName ?? (names.length === 1 ? names[0] : undefined);
    if (name === undefined) {
      const why = names.length === 0 ? "it defines no world" : `it defines ${names.length} worlds (${names.join(", ")}): set 'world' (--world NAME)`;
      return { diagnostics: [globalDiagnostic(Code.BadWit, `The WIT file '${witPath}' names no world to build: ${why}.`)] };
    }
    const world = pkg.worlds.get(name);
    if (!world) return { diagnostics: [globalDiagnostic(Code.BadWit, `The WIT file '${witPath}' has no world '${name}' (it has ${names.join(", ") || "none"}).`)] };
    return { world, input: { text, world: name } };
  } catch (err) {
    if (!(err instanceof WitError)) throw err;
    const file = ts.createSourceFile(witPath, text, ts.ScriptTarget.Latest);
    const pos = file.getPositionOfLineAndCharacter(err.line - 1, err.column - 1);
    return { diagnostics: [diagnosticAt(file, pos, 1, Code.BadWit, `WIT: ${err.message}.`)] };
  }
}

export function checkWorld(directives: Directives, world: WitWorld, entry: ts.SourceFile): ts.Diagnostic[] {
  const diagnostics: ts.Diagnostic[] = [];
  const at = (decl: ts.FunctionDeclaration, message: string) => {
    const d = directiveOf(decl);
    diagnostics.push(diagnosticAt(d.file, d.pos, d.end - d.pos, Code.WitMismatch, message));
  };
  const compare = (missing: string, name: string, decl: ts.FunctionDeclaration, f: Fn, expected: WitFunction | undefined) => {
    if (!expected) return at(decl, missing);
    const mine = witFunctionOf(f);
    if (shape(mine) !== shape(expected)) {
      at(decl, `'${name}' is ${functionText(expected)} in the world '${world.name}', and ${functionText(mine)} here.`);
    }
  };
  for (const e of directives.exports) {
    compare(`The world '${world.name}' has no export '${e.exportName}'.`, e.exportName, e.declaration, e, world.exports.get("$root")?.get(e.exportName));
  }
  for (const i of directives.imports) {
    const missing = i.module === "$root"
      ? `The world '${world.name}' has no import '${i.name}' at its top level.`
      : world.imports.has(i.module)
      ? `The interface '${i.module}' that the world '${world.name}' imports has no function '${i.name}'.`
      : `The world '${world.name}' imports no interface '${i.module}' (write '$root' for a function of the world itself).`;
    compare(missing, i.name, i.declaration, i, world.imports.get(i.module)?.get(i.name));
  }
  const first = (message: string) => diagnostics.push(diagnosticAt(entry, 0, 0, Code.WitMismatch, message));
  for (const [module, functions] of world.exports) {
    if (module !== "$root") {
      first(`The world '${world.name}' exports the interface '${module}': a module built by ts-wasmexport exports functions at the world's top level only.`);
      continue;
    }
    for (const name of functions.keys()) {
      if (!directives.exports.some((e) => e.exportName === name)) first(`The world '${world.name}' exports '${name}', which no '// @wasmexport ${name}' defines.`);
    }
  }
  return diagnostics;
}
