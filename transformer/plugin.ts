// The ts-patch entry: `{ "transform": "ts-wasmexport/transformer", "transformProgram": true, "outFile": … }`.
//
// ts-patch calls a `transformProgram` plugin inside every ts.createProgram — one-shot builds,
// --watch rebuilds, noEmit, -b — before tsc type-checks. The plugin builds the module right
// there and returns the same Program with three methods wrapped:
//   - getSemanticDiagnostics / getBindAndCheckDiagnostics (watch mode reads the latter) and
//     getGlobalDiagnostics add the build's errors, so they behave like type errors: printed by
//     tsc, non-zero exit, cleared by the next successful rebuild;
//   - emit writes no JavaScript (or declarations) for dialect files: they run as WebAssembly.
import * as path from "path";
import type * as ts from "typescript";
import { sys, versionMajorMinor } from "typescript";
import { baselineWasmOnly, prepareAsc } from "./asc/bridge";
import { ascStart, build, textFilePath, writeOutputs } from "./build";
import { Code, globalDiagnostic, hasErrors } from "./diagnostics";
import { readOptions } from "./options";
import { ASSEMBLYSCRIPT_LIBRARY, assemblyScriptTypes, dialectFiles, typeErrors } from "./program";

type Extras = { ts?: typeof ts };

// Under tsc (tspc, or a tsc that ts-patch patched), the process runs no WebAssembly of its
// own: asc's Binaryen runs faster on V8's baseline compiler alone (bridge.ts).
if (/(^|[\\/])(tspc|tsc)(\.js)?$/.test(require.main?.filename ?? "")) baselineWasmOnly();

/** One build per Program: ts-patch may hand the plugin the same program more than once. */
const built = new WeakMap<ts.Program, ts.Diagnostic[]>();

export default function transformProgram(program: ts.Program, host: ts.CompilerHost | undefined, config: Record<string, unknown>, extras?: Extras): ts.Program {
  if (built.has(program)) return program;
  program = withDialectTypes(program, host, extras);
  if (built.has(program)) return program;
  const files = dialectFiles(program);
  // The compiler reads syntax trees with its own TypeScript's SyntaxKind numbers, which change
  // between minor versions: a project running another TypeScript would be misread silently.
  const running = extras?.ts?.versionMajorMinor;
  const diagnostics = running && running !== versionMajorMinor
    ? [globalDiagnostic(Code.BadOption, `ts-wasmexport plugin: this project runs TypeScript ${running}, but ts-wasmexport reads syntax trees with TypeScript ${versionMajorMinor}; install typescript@${versionMajorMinor}.`)]
    : buildProgram(program, files, config);
  built.set(program, diagnostics);
  attach(program, host, files, diagnostics);
  return program;
}

/**
 * A project whose tsconfig has only the plugin entry (docs/dialect.md, "Setting up a project") type-checks its files
 * against TypeScript's own library, where `i32` and AssemblyScript's classes do not exist. Its
 * program is made again with AssemblyScript's declarations in place of that library, as
 * tsconfig.base.json (which extends AssemblyScript's) would have it; a project that extends
 * it, or declares AssemblyScript's types itself, is left as it is. ts-patch does not run a
 * program transformer inside itself, so the new program is not transformed twice.
 */
function withDialectTypes(program: ts.Program, host: ts.CompilerHost | undefined, extras?: Extras): ts.Program {
  const declaresI32 = program.getSourceFiles().some((f) => f.isDeclarationFile && /^\s*declare type i32\b/m.test(f.text));
  if (declaresI32 || !extras?.ts) return program;
  const current = program.getCompilerOptions();
  // TypeScript's default target (ES5) cannot iterate a Chan with for…of (TS2802): AssemblyScript's
  // own tsconfig says esnext, with commonjs modules (which keeps node_modules resolution).
  const options: ts.CompilerOptions = {
    ...current,
    ...ASSEMBLYSCRIPT_LIBRARY,
    target: current.target ?? extras.ts.ScriptTarget.ESNext,
    module: current.module ?? extras.ts.ModuleKind.CommonJS,
  };
  return extras.ts.createProgram({ rootNames: [...program.getRootFileNames(), assemblyScriptTypes()], options, host, oldProgram: program });
}

/** Whether tsc runs with --watch (-w), where a rebuild should come quickly. */
function watching(): boolean {
  return sys.args.some((arg) => arg === "--watch" || arg === "-w");
}

function buildProgram(program: ts.Program, files: ts.SourceFile[], config: Record<string, unknown>): ts.Diagnostic[] {
  // Under --watch, `optimize` is 0 unless the entry names a level: Binaryen's optimiser is most
  // of a rebuild, and V8 optimises the module it would have (docs/dialect.md, the options table).
  const raw = watching() && config?.optimize === undefined && !config?.debug ? { ...config, optimize: 0 } : config ?? {};
  const { options, problems } = readOptions(raw);
  if (problems.length > 0) return problems.map((p) => globalDiagnostic(Code.BadOption, `ts-wasmexport plugin: ${p.message}`));
  if (!options.outFile) {
    return [globalDiagnostic(Code.BadOption, `ts-wasmexport plugin: the plugin entry needs 'outFile', the path of the .wasm to write (relative to the tsconfig's folder).`)];
  }
  if (files.length === 0) return [];
  prepareAsc(ascStart(options));
  // tsc reports its own errors. With them, build() builds nothing and reports the directives',
  // the lowering's and asc's (about the code tsc accepts), which tsc prints with its own, in
  // source order (and a generator's, which tsc reports with no position: see typeErrors).
  const errors = typeErrors(program, files);
  const base = configFolder(program);
  const output = build({ program, files, typeErrors: errors, options: { ...options, wit: options.wit && path.resolve(base, options.wit) }, runtimeRoot: options.runtimeRoot && path.resolve(base, options.runtimeRoot) });
  if (hasErrors(errors)) return [...errors.filter((d) => d.code === Code.Generator), ...output.diagnostics];
  const written = writeOutputs(output, {
    outFile: path.resolve(base, options.outFile),
    textFile: textFilePath(options.textFile, options.outFile, base),
    emitAssemblyScript: options.emitAssemblyScript && path.resolve(base, options.emitAssemblyScript),
    bindings: options.bindings && path.resolve(base, options.bindings),
    emitWit: options.emitWit && path.resolve(base, options.emitWit),
  });
  // The next rebuild's asc call starts now and parses asc's library while tsc waits for a change.
  if (watching()) prepareAsc(ascStart(options));
  return [...output.diagnostics, ...written];
}

function configFolder(program: ts.Program): string {
  const configFile = program.getCompilerOptions().configFilePath;
  return typeof configFile === "string" ? path.dirname(configFile) : program.getCurrentDirectory();
}

/**
 * tsc's errors outside the sources of AssemblyScript libraries from npm (a `.ts` file under
 * node_modules, which tsc reads when the program imports the library): a library is written for
 * asc, whose decorators and other syntax tsc does not accept, and asc checks it when it builds.
 */
function outsideLibraries<D extends ts.Diagnostic>(diagnostics: readonly D[]): D[] {
  return diagnostics.filter((d) => !(d.file && !d.file.isDeclarationFile && d.file.fileName.split(/[\\/]/).includes("node_modules")));
}

interface InternalProgram extends ts.Program {
  getBindAndCheckDiagnostics?(sourceFile?: ts.SourceFile, cancellationToken?: ts.CancellationToken): readonly ts.Diagnostic[];
}

function attach(program: InternalProgram, host: ts.CompilerHost | undefined, files: ts.SourceFile[], diagnostics: ts.Diagnostic[]): void {
  const inFile = (sourceFile: ts.SourceFile | undefined) =>
    sourceFile ? diagnostics.filter((d) => d.file?.fileName === sourceFile.fileName) : diagnostics.filter((d) => d.file);
  const global = diagnostics.filter((d) => !d.file);

  const semantic = program.getSemanticDiagnostics;
  program.getSemanticDiagnostics = (sourceFile, token) => [...outsideLibraries(semantic.call(program, sourceFile, token)), ...inFile(sourceFile)];
  const bindAndCheck = program.getBindAndCheckDiagnostics;
  if (bindAndCheck) {
    program.getBindAndCheckDiagnostics = (sourceFile, token) => [...outsideLibraries(bindAndCheck.call(program, sourceFile, token)), ...inFile(sourceFile)];
  }
  const syntactic = program.getSyntacticDiagnostics;
  program.getSyntacticDiagnostics = (sourceFile, token) => outsideLibraries(syntactic.call(program, sourceFile, token));
  const globals = program.getGlobalDiagnostics;
  program.getGlobalDiagnostics = (token) => [...globals.call(program, token), ...global];

  const dialect = new Set(files.map((f) => f.fileName));
  const emit = program.emit as (...args: unknown[]) => ts.EmitResult;
  // The sixth argument (forceDtsEmit) is internal; pass every argument on unchanged.
  program.emit = (target?: ts.SourceFile, writeFile?: ts.WriteFileCallback, ...more: unknown[]) => {
    const write: ts.WriteFileCallback = writeFile ?? (host ? host.writeFile.bind(host) : (name, text, bom) => sys.writeFile(name, text, bom));
    const skipDialect: ts.WriteFileCallback = (name, text, bom, onError, sources, data) => {
      if (sources && sources.length > 0 && sources.every((s) => dialect.has(s.fileName))) return;
      write(name, text, bom, onError, sources, data);
    };
    return emit.call(program, target, skipDialect, ...more);
  };
}
