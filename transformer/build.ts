// The pipeline, once, for all three entry points:
//
//   program ──> directives ──> lowering ──> abi (main.ts, config.ts, runtime) ──> asc ──> .wasm
//
// `build` takes a type-checked-or-not ts.Program and the dialect files to compile, and returns
// the module with every diagnostic as a value. It writes nothing: the entry points decide
// where outputs go (writeOutputs).
import { createHash } from "crypto";
import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";
import { ENTRY_PATH, ExportWrapper, generateEntry, INIT_GUARD, relativeSpecifier, RUNTIME_EXPORTS, RUNTIME_INDEX, TIME_EXPORTS } from "./abi/entry";
import { WASI_EXPORTS, WASI_PATH, WASI_REDIRECTS, WASI_SOURCE } from "./abi/wasi";
import { ascArgs, CONFIG_PATH, configFile, NO_INLINE, runtimeFiles, unexpectedImports } from "./abi/module";
import { AscRequest, packageRoot, runAsc } from "./asc/bridge";
import { mapAscDiagnostics } from "./asc/errors";
import { Code, diagnosticAt, globalDiagnostic, hasErrors } from "./diagnostics";
import { collectDirectives } from "./directives";
import { lower } from "./lowering";
import type { BuildOptions } from "./options";

export interface BuildInput {
  program: ts.Program;
  /** The dialect files: lowered, and imported by the entry file in this order. */
  files: readonly ts.SourceFile[];
  options: BuildOptions;
  /** The folder holding the runtime's `runtime/` and `scheduler/` sources; the package root by default. */
  runtimeRoot?: string;
  /** Produce the text format even when options.textFile is unset. */
  wantText?: boolean;
}

export interface BuildOutput {
  binary: Uint8Array | null;
  text: string | null;
  /** The AssemblyScript handed to asc, by virtual path: lowered files, main.ts, config.ts. */
  assemblyScript: Record<string, string>;
  diagnostics: ts.Diagnostic[];
}

/** Recent successful builds by the hash of everything asc sees: a watch rebuild of unchanged code is free. */
const cache = new Map<string, { binary: Uint8Array | null; text: string | null; diagnostics: ts.Diagnostic[] }>();
const CACHE_SIZE = 8;

/** Forgets the modules built so far (for tests that must see asc run again). */
export function clearBuildCache(): void {
  cache.clear();
}

export function build(input: BuildInput): BuildOutput {
  try {
    return runStages(input);
  } catch (err) {
    // A bug in a stage must read as a diagnostic, not as a stack trace out of tsc.
    const where = String((err as Error)?.stack ?? "").split("\n").find((l) => l.includes("/transformer/"))?.trim() ?? "";
    return {
      binary: null,
      text: null,
      assemblyScript: {},
      diagnostics: [globalDiagnostic(Code.InternalError, `ts-wasmexport internal error: ${(err as Error)?.message ?? String(err)}${where ? ` (${where})` : ""}`)],
    };
  }
}

function runStages(input: BuildInput): BuildOutput {
  const { program, files, options } = input;
  const assemblyScript: Record<string, string> = {};
  const fail = (diagnostics: ts.Diagnostic[]): BuildOutput => ({ binary: null, text: null, assemblyScript, diagnostics });

  // Creating the checker binds every file, which sets the parent links the stages rely on.
  program.getTypeChecker();
  const { directives, diagnostics } = collectDirectives(files, options.exportMode);
  if (hasErrors(diagnostics)) return fail(diagnostics);

  const root = commonFolder(files.map((f) => f.fileName));
  const asPathOf = (file: ts.SourceFile) => "src/" + path.relative(root, file.fileName).split(path.sep).join("/");
  const lowered = lower({
    program,
    files,
    directives,
    asPathOf,
    runtimeSpecifier: (asPath) => relativeSpecifier(asPath, RUNTIME_INDEX),
  });
  for (const m of lowered.modules) assemblyScript[m.asPath] = m.text;
  diagnostics.push(...lowered.diagnostics);
  if (hasErrors(diagnostics)) return fail(diagnostics);

  const entry = generateEntry(lowered.modules, lowered.exports, options.wasi ? [{ path: WASI_PATH, names: WASI_EXPORTS }] : [], lowered.usesTime);
  assemblyScript[ENTRY_PATH] = entry.text;
  assemblyScript[CONFIG_PATH] = configFile(options, lowered.usesSelect, lowered.usesTime);
  // Always present, so the runtime may write panics to stderr behind `if (WASI)`: asc compiles
  // nothing of it (and imports nothing) unless a live branch calls it.
  assemblyScript[WASI_PATH] = WASI_SOURCE;
  const tree = { ...runtimeFiles(input.runtimeRoot ?? packageRoot()), ...assemblyScript };
  const args = ascArgs(options);
  const wantText = Boolean(input.wantText || options.textFile);

  // The sources too: the aborts in the binary carry their lines and columns (positionsOf).
  const key = hashOf({ ...tree, ...Object.fromEntries(lowered.modules.map((m) => [`source:${m.asPath}`, m.source.text])) }, args, wantText, entry.wrappers);
  let built = cache.get(key);
  if (!built) {
    built = compileTree(tree, args, wantText, entry.wrappers, lowered.modules, options.wasi ? WASI_REDIRECTS : {}, lowered.usesTime ? TIME_EXPORTS : []);
    // Only successes: a failure's diagnostics point into this program's source files.
    if (built.binary) cache.set(key, built);
    if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
  }
  diagnostics.push(...built.diagnostics);
  if (built.binary) {
    for (const problem of unexpectedImports(built.binary, directives.imports, options)) {
      diagnostics.push(importDiagnostic(problem.feature, problem.import.name, problem.message, files));
    }
  }
  if (hasErrors(diagnostics)) return { binary: null, text: null, assemblyScript, diagnostics };
  return { binary: built.binary, text: built.text, assemblyScript, diagnostics };
}

function compileTree(
  tree: Record<string, string>,
  args: string[],
  wantText: boolean,
  wrappers: ExportWrapper[],
  modules: ReturnType<typeof lower>["modules"],
  redirect: Record<string, string>,
  timeExports: string[],
): { binary: Uint8Array | null; text: string | null; diagnostics: ts.Diagnostic[] } {
  const result = runAsc({
    files: tree,
    entry: ENTRY_PATH,
    args,
    exports: Object.fromEntries(wrappers.map((w) => [w.internal, w.external])),
    keep: ["memory", "_initialize", ...RUNTIME_EXPORTS, ...timeExports],
    // The clock's exports initialise the module first, as the export wrappers do.
    lazyInit: [...wrappers.map((w) => w.internal), ...timeExports],
    redirect,
    noInline: NO_INLINE,
    initGuard: INIT_GUARD,
    positions: positionsOf(modules),
    wantText,
  });
  const diagnostics = mapAscDiagnostics(result.diagnostics, modules, wrappers, tree);
  if (!result.binary && !hasErrors(diagnostics)) {
    const why = (result.error ?? result.stderr ?? "").split("\n")[0] || "no reason given";
    diagnostics.push(globalDiagnostic(Code.CompilerFailed, `The AssemblyScript compiler failed: ${why}`));
  }
  return { binary: result.binary, text: result.text, diagnostics: hasErrors(diagnostics) ? diagnostics : [] };
}

/**
 * For each lowered file, where its text came from in the user's file: asc computes the line
 * and column that an abort (a failed assert, a throw, a null or downcast check) reports from
 * the lowered text, and the worker answers them from these instead (worker.mjs), so that a
 * run-time abort names the user's line and column, as a compile error does.
 */
function positionsOf(modules: ReturnType<typeof lower>["modules"]): AscRequest["positions"] {
  return Object.fromEntries(modules.map((m) => [m.asPath, { origin: m.originTable, lineStarts: Int32Array.from(m.source.getLineStarts()) }]));
}

/** An unexpected import, reported where the source first uses the feature that needs it. */
function importDiagnostic(feature: string, importName: string, message: string, files: readonly ts.SourceFile[]): ts.Diagnostic {
  const needle = importName.startsWith("console.") ? importName : importName === "seed" ? "Math.random" : importName;
  for (const file of files) {
    const at = file.text.indexOf(needle);
    if (at >= 0) return diagnosticAt(file, at, needle.length, Code.UnexpectedImport, message);
  }
  void feature;
  return globalDiagnostic(Code.UnexpectedImport, message);
}

function hashOf(tree: Record<string, string>, args: string[], wantText: boolean, wrappers: ExportWrapper[]): string {
  const hash = createHash("sha256");
  for (const name of Object.keys(tree).sort()) hash.update(name).update("\0").update(tree[name]).update("\0");
  hash.update(JSON.stringify({ args, wantText, exports: wrappers.map((w) => [w.internal, w.external]) }));
  return hash.digest("hex");
}

function commonFolder(fileNames: readonly string[]): string {
  if (fileNames.length === 0) return process.cwd();
  let parts = path.dirname(path.resolve(fileNames[0])).split(path.sep);
  for (const name of fileNames.slice(1)) {
    const other = path.dirname(path.resolve(name)).split(path.sep);
    let i = 0;
    while (i < parts.length && i < other.length && parts[i] === other[i]) i++;
    parts = parts.slice(0, i);
  }
  return parts.join(path.sep) || path.sep;
}

export interface OutputPaths {
  outFile?: string;
  textFile?: string;
  emitAssemblyScript?: string;
}

/** Writes what a build produced to the paths the options name; failures become diagnostics. */
export function writeOutputs(output: BuildOutput, paths: OutputPaths): ts.Diagnostic[] {
  const problems: ts.Diagnostic[] = [];
  const write = (file: string, data: string | Uint8Array) => {
    try {
      if (fs.existsSync(file) && Buffer.compare(fs.readFileSync(file), Buffer.from(data)) === 0) return;
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, data);
    } catch (err) {
      problems.push(globalDiagnostic(Code.WriteFailed, `Cannot write '${file}': ${(err as Error).message}`));
    }
  };
  if (paths.emitAssemblyScript) {
    for (const [name, text] of Object.entries(output.assemblyScript)) write(path.join(paths.emitAssemblyScript, name), text);
  }
  if (output.binary && paths.outFile) write(paths.outFile, output.binary);
  if (output.text !== null && paths.textFile) write(paths.textFile, output.text);
  return problems;
}

/** The .wat path an option names: `true` puts it beside the .wasm. */
export function textFilePath(textFile: string | boolean | undefined, outFile: string | undefined, base: string): string | undefined {
  if (typeof textFile === "string") return path.resolve(base, textFile);
  if (textFile === true && outFile) return path.resolve(base, outFile).replace(/\.wasm$/, "") + ".wat";
  return undefined;
}
