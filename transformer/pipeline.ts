// The values that flow between the compiler's stages (see docs/architecture.md):
//
//   program ──> directives ──> analysis + lowering ──> abi (entry file) ──> asc bridge ──> .wasm
//
// Each stage takes the previous stage's output as a value and returns diagnostics as values;
// only the entry points (ts-patch plugin, CLI, compile()) print them.
import type * as ts from "typescript";

/** The Wasm-level types an export or import signature may use (docs/abi.md, "Parameter and result types"). */
export type WasmType = "i32" | "u32" | "i64" | "u64" | "f32" | "f64" | "bool" | "usize" | "isize" | "void";

/** Numbers that only an interface type holds (a list's elements, a record's fields). */
export type SmallNumber = "i8" | "u8" | "i16" | "u16";

/** The interface types of docs/abi.md, carried by the canonical ABI (abi/canonical.ts). */
export type InterfaceType =
  | { kind: "string" }
  /** `Uint8Array`: list<u8>. */
  | { kind: "bytes" }
  | { kind: "list"; element: ValueType; container: "Array" | "StaticArray" }
  | { kind: "record"; record: RecordClass }
  /** `T | null`. */
  | { kind: "option"; some: InterfaceType };

export type ValueType = Exclude<WasmType, "void"> | SmallNumber | InterfaceType;

/** A class whose public fields are boundary types: a WIT record. */
export interface RecordClass {
  name: string;
  declaration: ts.ClassDeclaration;
  fields: { name: string; type: ValueType }[];
}

export type ExportMode = "drain" | "return";

export interface ExportDirective {
  /** The name the host sees. */
  exportName: string;
  mode: ExportMode;
  declaration: ts.FunctionDeclaration;
  params: { name: string; type: ValueType }[];
  result: ValueType | "void";
}

export interface ImportDirective {
  module: string;
  name: string;
  declaration: ts.FunctionDeclaration;
  params: { name: string; type: ValueType }[];
  result: ValueType | "void";
}

export interface Directives {
  exports: ExportDirective[];
  imports: ImportDirective[];
  /** The record classes the signatures use, each once. */
  records: RecordClass[];
}

/** What the lowering needs to know about where its output will live. */
export interface LoweringInput {
  program: ts.Program;
  /** The dialect files to lower (the program's own, non-declaration files). */
  files: readonly ts.SourceFile[];
  directives: Directives;
  /** Path of a file in asc's virtual source tree ("src/main.ts"), without leading "./". */
  asPathOf(file: ts.SourceFile): string;
  /** Module specifier that a lowered file at `asPath` uses to import runtime/index.ts. */
  runtimeSpecifier(asPath: string): string;
}

export interface LoweredModule {
  source: ts.SourceFile;
  asPath: string;
  /** AssemblyScript text. */
  text: string;
  /** Maps an offset in `text` to the position in `source` it came from (positions.ts). */
  origin(offset: number): number;
  /** The same map as a table, one entry per offset of `text` and one for its end (positions.ts). */
  originTable: Int32Array;
}

export interface LoweredExport {
  directive: ExportDirective;
  /** Whether the function can block: then `symbol` is its frame class, else the function. */
  blocking: boolean;
  /** An identifier exported from the lowered module at `asPath`. */
  symbol: string;
  asPath: string;
}

export interface LoweringResult {
  modules: LoweredModule[];
  exports: LoweredExport[];
  diagnostics: ts.Diagnostic[];
  /** Whether any lowered code uses select: the runtime leaves its select support out otherwise. */
  usesSelect: boolean;
  /** Whether the program uses time (a timer, sleep, now, a context): the module then exports wasmexport_next_timer and wasmexport_advance. */
  usesTime: boolean;
}
