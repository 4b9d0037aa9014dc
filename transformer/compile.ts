// The programmatic entry point: compile({ entry, ...options }).
//
//   const { binary, diagnostics } = compile({ entry: "src/main.ts", optimize: 3 });
//
// Paths in the options (outFile, textFile, emitAssemblyScript) are relative to the working
// directory; outputs are written only when their option is given.
import * as fs from "fs";
import * as path from "path";
import type * as ts from "typescript";
import { prepareAsc } from "./asc/bridge";
import { ascStart, build, inSourceOrder, textFilePath, writeOutputs } from "./build";
import { Code, formatDiagnostics, globalDiagnostic, hasErrors } from "./diagnostics";
import { BuildOptions, readOptions } from "./options";
import type { SourceMap } from "./asc/sourcemap";
import { checkerCrashed, createDialectProgram, dialectFiles, typeErrors } from "./program";

export interface CompileRequest extends Partial<Omit<BuildOptions, "seed">> {
  /**
   * The dialect file whose imports make up the program, or several: the module then has the
   * exports of them all, as a tsconfig's files give theirs under tspc.
   */
  entry: string | readonly string[];
  seed?: bigint | number | string;
  /** Run tsc's type check first (default true); with its errors nothing is built, and the other stages' errors are reported with them. */
  typeCheck?: boolean;
}

export interface CompileResult {
  /** The module, or null when there are errors. */
  binary: Uint8Array | null;
  /** The text format, when `textFile` was asked for. */
  text: string | null;
  /** With `debug`: the source map from the module to the dialect files (written beside outFile as `.wasm.map`). */
  sourceMap?: SourceMap | null;
  /** The AssemblyScript given to asc, by virtual path (`src/…`, `main.ts`, `ts-wasmexport/config.ts`). */
  assemblyScript: Record<string, string>;
  /** The JavaScript bindings (`js`, `dts`), when `bindings` was asked for. */
  bindings?: { js: string; dts: string } | null;
  /** The WIT world, when `emitWit` was asked for. */
  wit?: string | null;
  diagnostics: ts.Diagnostic[];
  /** The diagnostics printed as tsc prints them. */
  errorText: string;
}

export function compile(request: CompileRequest): CompileResult {
  const { entry, typeCheck = true, ...raw } = request;
  const finish = (r: Omit<CompileResult, "errorText">): CompileResult => ({ ...r, errorText: formatDiagnostics(r.diagnostics) });
  const { options, problems } = readOptions(raw as Record<string, unknown>);
  if (problems.length > 0) {
    return finish({ binary: null, text: null, assemblyScript: {}, diagnostics: problems.map((p) => globalDiagnostic(Code.BadOption, p.message)) });
  }
  const entries = typeof entry === "string" ? [entry] : [...entry];
  const missing = entries.filter((e) => !fs.existsSync(path.resolve(e)));
  if (missing.length > 0 || entries.length === 0) {
    const messages = entries.length === 0 ? ["No entry file given."] : missing.map((e) => `Entry file '${e}' not found.`);
    return finish({ binary: null, text: null, assemblyScript: {}, diagnostics: messages.map((m) => globalDiagnostic(Code.EntryNotFound, m)) });
  }
  prepareAsc(ascStart(options));
  const program = createDialectProgram(entries.map((e) => path.resolve(e)));
  const files = dialectFiles(program);
  // With tsc's errors, build() reports the other stages' and asc's (about the code tsc accepts) and builds nothing.
  const errors = typeCheck ? typeErrors(program, files) : [];
  if (checkerCrashed(errors)) return finish({ binary: null, text: null, assemblyScript: {}, diagnostics: errors });
  const output = build({ program, files, typeErrors: errors, options: { ...options, wit: options.wit && path.resolve(options.wit) }, runtimeRoot: options.runtimeRoot && path.resolve(options.runtimeRoot) });
  if (hasErrors(errors)) return finish({ ...output, binary: null, text: null, diagnostics: inSourceOrder([...errors, ...output.diagnostics]) });
  const written = writeOutputs(output, {
    outFile: options.outFile && path.resolve(options.outFile),
    textFile: textFilePath(options.textFile, options.outFile, process.cwd()),
    emitAssemblyScript: options.emitAssemblyScript && path.resolve(options.emitAssemblyScript),
    bindings: options.bindings && path.resolve(options.bindings),
    emitWit: options.emitWit && path.resolve(options.emitWit),
  });
  return finish({ ...output, diagnostics: [...output.diagnostics, ...written] });
}

/** Starts the asc call of a build of `request` to come (a watch's next rebuild): asc parses its standard library meanwhile. */
export function prepareBuild(request: Omit<CompileRequest, "entry">): void {
  const { typeCheck: _, ...raw } = request;
  const { options, problems } = readOptions(raw as Record<string, unknown>);
  if (problems.length === 0) prepareAsc(ascStart(options));
}

export { formatDiagnostics } from "./diagnostics";
export type { BuildOptions } from "./options";
