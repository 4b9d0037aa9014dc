// The generated entry file, main.ts: the one place that knows the export ABI.
//
// For every `@wasmexport` it holds a wrapper `__wx_<i>` that the asc bridge renames to the
// export's name. The wrapper enters the runtime, runs the function (directly when it cannot
// block; as a root frame when it can), leaves by the export's mode and converts `bool` to
// i32 0/1 (its locals end in `$` so they never shadow a parameter). The entry imports every lowered file in program order, so each file's top-level
// code runs once, in the order TypeScript would run it, inside `_initialize`; its last
// statement, `initDone()`, runs the goroutines that top-level code started.
import * as ts from "typescript";
import type { LoweredExport, LoweredModule, RecordClass, WasmType } from "../pipeline";
import { CANONICAL_NAMES, CANONICAL_RUNTIME, CanonicalWriter } from "./canonical";
import { flatten, layoutOf, MAX_FLAT_RESULTS, recordsIn, usesInterfaceTypes } from "./layout";

export const ENTRY_PATH = "main.ts";
export const RUNTIME_INDEX = "ts-wasmexport/runtime/index";

/** Exports the module keeps under their own names besides the wrappers. */
export const RUNTIME_EXPORTS = ["wasmexport_panic_ptr", "wasmexport_panic_len"];

/** Exports of a program that uses time (docs/abi.md, "Time"): how a host drives its clock. */
export const TIME_EXPORTS = ["wasmexport_next_timer", "wasmexport_advance"];

/** The runtime's check that `_initialize` runs first: exported by the entry for the bridge, which puts it there and drops the export. */
export const INIT_GUARD = "__wx_initGuard";

/** The runtime's count of host calls in progress: the bridge wraps every import of the program in these two (and drops their exports). */
export const HOST_CALL = { enter: "__wx_hostEnter", leave: "__wx_hostLeave" };

/** The runtime's `out of memory` panic, which the bridge makes AssemblyScript's own allocators call (and drops its export). */
export const OUT_OF_MEMORY = "__wx_outOfMemory";

export interface ExportWrapper {
  /** The wrapper's name inside the module (`__wx_0`). */
  internal: string;
  /** The name the host sees. */
  external: string;
  export: LoweredExport;
  /** The wrapper's span in the entry file, for reporting an error in it at the directive. */
  start: number;
  end: number;
}

export interface EntryFile {
  text: string;
  wrappers: ExportWrapper[];
  /** Functions exported besides the wrappers, internal name to the host's (cabi_post_NAME). */
  others: Record<string, string>;
  /** Exports kept under their own names besides the runtime's (cabi_realloc). */
  keep: string[];
}

/** The canonical ABI's allocator, exported when a signature carries interface types. */
export const REALLOC_EXPORT = "cabi_realloc";

/** Where a record class is declared: the entry imports it under an alias of its own. */
export function recordAlias(records: readonly RecordClass[], r: RecordClass): string {
  return `__wx_r${records.indexOf(r)}`;
}

/** The module declaring a record class; the lowering exports the class from it. */
function moduleOf(modules: readonly LoweredModule[], r: RecordClass): LoweredModule {
  const m = modules.find((m) => m.source === r.declaration.getSourceFile());
  if (!m) throw new Error(`record class '${r.name}' is declared outside the program's files`);
  return m;
}

const f = ts.factory;
const printer = ts.createPrinter({ newLine: ts.NewLineKind.LineFeed });

/** The specifier a file at `fromPath` uses to import the file at `toPath` (both virtual, "/"-separated). */
export function relativeSpecifier(fromPath: string, toPath: string): string {
  const from = fromPath.split("/").slice(0, -1);
  const to = toPath.replace(/\.ts$/, "").split("/");
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  const up = from.length - common;
  const rest = to.slice(common).join("/");
  return up === 0 ? "./" + rest : "../".repeat(up) + rest;
}

/** Other files whose functions the entry file exports for the bridge (the WASI console). */
export interface Reexport {
  path: string;
  names: string[];
}

/**
 * `canonicalImports`: an import carries interface types, so the host needs cabi_realloc for its
 * results. `usesTime`: the program uses time, so the clock's two exports are re-exported.
 */
export function generateEntry(modules: readonly LoweredModule[], loweredExports: readonly LoweredExport[], reexports: readonly Reexport[] = [], canonicalImports = false, usesTime = false): EntryFile {
  const print = (node: ts.Node) => printer.printNode(ts.EmitHint.Unspecified, node, ts.createSourceFile(ENTRY_PATH, "", ts.ScriptTarget.Latest));
  const runtime = f.createStringLiteral(relativeSpecifier(ENTRY_PATH, RUNTIME_INDEX));
  const head: ts.Statement[] = [
    f.createImportDeclaration(undefined, f.createImportClause(false, undefined, f.createNamedImports(
      ["exportEnter", "exportLeave", "exportRun", "exportRelease", "initDone"].map((n) => f.createImportSpecifier(false, undefined, f.createIdentifier(n))),
    )), runtime),
    f.createExportDeclaration(undefined, false, f.createNamedExports(
      [...RUNTIME_EXPORTS, ...(usesTime ? TIME_EXPORTS : []), INIT_GUARD, HOST_CALL.enter, HOST_CALL.leave, OUT_OF_MEMORY].map((n) => f.createExportSpecifier(false, undefined, n)),
    ), runtime),
  ];
  for (const r of reexports) {
    head.push(f.createExportDeclaration(undefined, false, f.createNamedExports(
      r.names.map((n) => f.createExportSpecifier(false, undefined, n)),
    ), f.createStringLiteral(relativeSpecifier(ENTRY_PATH, r.path))));
  }
  const wrapped = new Map<string, LoweredExport[]>();
  for (const e of loweredExports) wrapped.set(e.asPath, [...(wrapped.get(e.asPath) ?? []), e]);
  const wrappers: ExportWrapper[] = [];
  for (const m of modules) {
    const specifier = f.createStringLiteral(relativeSpecifier(ENTRY_PATH, m.asPath));
    const mine = wrapped.get(m.asPath) ?? [];
    const names = [...new Set(mine.map((e) => e.symbol))];
    head.push(f.createImportDeclaration(undefined, names.length === 0 ? undefined : f.createImportClause(false, undefined, f.createNamedImports(
      names.map((n) => f.createImportSpecifier(false, f.createIdentifier(n), f.createIdentifier(importedName(m, n, modules)))),
    )), specifier));
  }
  // Interface types: the canonical ABI's runtime, the record classes and a return area, only
  // when a signature uses them (a program of numbers gets the same module as ever).
  const canonical = loweredExports.filter((e) => usesInterfaceTypes(e.directive));
  const records: RecordClass[] = [];
  for (const e of canonical) for (const t of [...e.directive.params.map((p) => p.type), e.directive.result]) recordsIn(t, records);
  const writer = new CanonicalWriter((r) => recordAlias(records, r));
  const others: Record<string, string> = {};
  const keep: string[] = [];
  const retArea = "__wx_ret";
  if (canonical.length > 0 || canonicalImports) {
    const specifier = f.createStringLiteral(relativeSpecifier(ENTRY_PATH, CANONICAL_RUNTIME));
    head.push(
      f.createImportDeclaration(undefined, f.createImportClause(false, undefined, f.createNamedImports(
        CANONICAL_NAMES.map((n) => f.createImportSpecifier(false, undefined, f.createIdentifier(n))),
      )), specifier),
      f.createExportDeclaration(undefined, false, f.createNamedExports([f.createExportSpecifier(false, undefined, REALLOC_EXPORT)]), specifier),
    );
    for (const r of records) {
      head.push(f.createImportDeclaration(undefined, f.createImportClause(false, undefined, f.createNamedImports([
        f.createImportSpecifier(false, f.createIdentifier(r.name), f.createIdentifier(recordAlias(records, r))),
      ])), f.createStringLiteral(relativeSpecifier(ENTRY_PATH, moduleOf(modules, r).asPath))));
    }
    keep.push(REALLOC_EXPORT);
  }
  let text = "// Generated by ts-wasmexport: the module's export wrappers (see docs/abi.md).\n" + head.map(print).join("\n") + "\n\n";
  const returned = canonical.map((e) => e.directive.result).filter((t) => t !== "void" && flatten(t).length > MAX_FLAT_RESULTS);
  if (returned.length > 0) {
    const size = Math.max(...returned.map((t) => layoutOf(t as Exclude<typeof t, "void">).size));
    text += `/** The canonical ABI's return area: a result that is more than one value is stored here. */\nconst ${retArea} = memory.data(${size}, 8);\n\n`;
  }
  loweredExports.forEach((e, i) => {
    const internal = `__wx_${i}`;
    const module = modules.find((m) => m.asPath === e.asPath)!;
    const start = text.length;
    const callee = importedName(module, e.symbol, modules);
    const d = e.directive;
    if (usesInterfaceTypes(d)) {
      text += writer.exportWrapper({ internal, name: d.exportName, mode: d.mode, blocking: e.blocking, callee, signature: d, retArea }) + "\n\n";
      if (d.result !== "void" && flatten(d.result).length > MAX_FLAT_RESULTS) {
        text += CanonicalWriter.postWrapper(`__wx_post_${i}`) + "\n\n";
        others[`__wx_post_${i}`] = `cabi_post_${d.exportName}`;
      }
    } else {
      text += print(exportWrapper(internal, e, callee)) + "\n\n";
    }
    wrappers.push({ internal, external: d.exportName, export: e, start, end: text.length });
  });
  if (canonical.length > 0) text += writer.text() + "\n\n";
  text += print(f.createExpressionStatement(f.createCallExpression(f.createIdentifier("initDone"), undefined, []))) + "\n";
  return { text, wrappers, others, keep };
}

/** Imported symbols are renamed per module so two files may export functions of one name. */
function importedName(module: LoweredModule, symbol: string, modules: readonly LoweredModule[]): string {
  return `m${modules.indexOf(module)}$${symbol}`;
}

function exportWrapper(internal: string, e: LoweredExport, callee: string): ts.FunctionDeclaration {
  const params = e.directive.params as { name: string; type: Exclude<WasmType, "void"> }[];
  const result = e.directive.result as WasmType;
  const id = (n: string) => f.createIdentifier(n);
  const call = (name: string, args: ts.Expression[]) => f.createExpressionStatement(f.createCallExpression(id(name), undefined, args));
  const returnMode = e.directive.mode === "return" ? f.createTrue() : f.createFalse();
  // The wrapper's parameters are a0$, a1$, …: a user's parameter may be named like anything
  // the wrapper uses (exportLeave, r$, the imported callee).
  const paramName = (i: number) => `a${i}$`;
  // bool crosses the boundary as i32: any non-zero argument is true, the result is 0 or 1.
  const args = params.map((p, i) => (p.type === "bool" ? f.createBinaryExpression(id(paramName(i)), ts.SyntaxKind.ExclamationEqualsToken, f.createNumericLiteral(0)) : id(paramName(i))));
  const toWasm = (value: ts.Expression) =>
    result === "bool" ? f.createConditionalExpression(value, undefined, f.createNumericLiteral(1), undefined, f.createNumericLiteral(0)) : value;
  const body: ts.Statement[] = [call("exportEnter", [])];
  if (!e.blocking) {
    const invoke = f.createCallExpression(id(callee), undefined, args);
    if (result === "void") {
      body.push(f.createExpressionStatement(invoke), call("exportLeave", [returnMode]));
    } else {
      body.push(constant("r$", invoke), call("exportLeave", [returnMode]), f.createReturnStatement(toWasm(id("r$"))));
    }
  } else {
    // The root frame comes from the frame class's new$ (a frame left by an ended goroutine or
    // call, or a new one) and is given back once its result has been read.
    body.push(
      constant("fr$", f.createCallExpression(f.createPropertyAccessExpression(id(callee), "new$"), undefined, args)),
      call("exportRun", [id("fr$"), returnMode, f.createStringLiteral(e.directive.exportName)]),
    );
    if (result !== "void") body.push(constant("r$", f.createPropertyAccessExpression(id("fr$"), "result")));
    body.push(call("exportRelease", [id("fr$")]));
    if (result !== "void") body.push(f.createReturnStatement(toWasm(id("r$"))));
  }
  return f.createFunctionDeclaration(
    [f.createModifier(ts.SyntaxKind.ExportKeyword)],
    undefined,
    internal,
    undefined,
    params.map((p, i) => f.createParameterDeclaration(undefined, undefined, paramName(i), undefined, wasmTypeNode(p.type))),
    wasmTypeNode(result),
    f.createBlock(body, true),
  );
}

function constant(name: string, value: ts.Expression): ts.VariableStatement {
  return f.createVariableStatement(undefined, f.createVariableDeclarationList([f.createVariableDeclaration(name, undefined, undefined, value)], ts.NodeFlags.Const));
}

function wasmTypeNode(type: WasmType): ts.TypeNode {
  if (type === "void") return f.createKeywordTypeNode(ts.SyntaxKind.VoidKeyword);
  return f.createTypeReferenceNode(type === "bool" ? "i32" : type);
}
