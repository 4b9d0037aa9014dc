// How a dialect program looks to tsc: AssemblyScript's types instead of the DOM/ES library,
// and `ts-wasmexport` resolved to the dialect's declarations. The plugin gets its program from
// the user's tsconfig (see tsconfig.base.json); the CLI and compile() make one here.
import * as path from "path";
import * as ts from "typescript";
import { asyncFunctions, generators, typeNames } from "./analysis/misuse";
import { packageRoot } from "./asc/bridge";
import { Code, diagnosticAt, globalDiagnostic } from "./diagnostics";

/** AssemblyScript's standard-library declarations (i32, StaticArray, …). */
export function assemblyScriptTypes(): string {
  const asRoot = path.dirname(require.resolve("assemblyscript/package.json", { paths: [packageRoot()] }));
  return path.join(asRoot, "std", "assembly", "index.d.ts");
}

/**
 * What makes tsc read AssemblyScript's declarations (given as a root file, assemblyScriptTypes)
 * in place of its own library: no lib, no @types, no check of the declarations themselves, and
 * AssemblyScript's decorators.
 */
export const ASSEMBLYSCRIPT_LIBRARY: ts.CompilerOptions = { noLib: true, types: [], skipLibCheck: true, experimentalDecorators: true };

export function dialectCompilerOptions(): ts.CompilerOptions {
  return {
    ...ASSEMBLYSCRIPT_LIBRARY,
    target: ts.ScriptTarget.ESNext,
    module: ts.ModuleKind.CommonJS,
    moduleResolution: ts.ModuleResolutionKind.Node10,
    // TypeScript 6 deprecates node10 resolution (TS5107, an error) until 7 removes it, and 7
    // cannot run the compiler anyway; 5.x knows no "6.0" here.
    ...(ts.versionMajorMinor.startsWith("6.") ? { ignoreDeprecations: "6.0" } : {}),
    strict: true,
    noImplicitReturns: true,
    noEmit: true,
    // The entry may stand anywhere on disk: `ts-wasmexport` is always this package.
    paths: { "ts-wasmexport": [path.join(packageRoot(), "runtime", "dialect.d.ts")] },
  };
}

/** The program of the dialect files `entries` and what they import, type-checked with AssemblyScript's declarations. */
export function createDialectProgram(entries: string | readonly string[]): ts.Program {
  const rootNames = [...(typeof entries === "string" ? [entries] : entries), assemblyScriptTypes()];
  return ts.createProgram({ rootNames, options: dialectCompilerOptions(), host: dialectHost() });
}

/**
 * A compiler host that parses each declaration file (AssemblyScript's library, the dialect's
 * declarations) once per process, as a language service does: a program reuses the parsed
 * and bound file while the file on disk is unchanged. Parsing AssemblyScript's library takes
 * about 250 ms, the rest of a small program's type check about 15.
 */
let host: ts.CompilerHost | undefined;
const declarations = new Map<string, { mtimeMs: number; file: ts.SourceFile }>();

function dialectHost(): ts.CompilerHost {
  if (host) return host;
  host = ts.createCompilerHost(dialectCompilerOptions());
  const read = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, languageVersion, onError, shouldCreate) => {
    if (!fileName.endsWith(".d.ts")) return read(fileName, languageVersion, onError, shouldCreate);
    const mtimeMs = ts.sys.getModifiedTime?.(fileName)?.getTime() ?? 0;
    const kept = declarations.get(fileName);
    if (kept && kept.mtimeMs === mtimeMs) return kept.file;
    const file = read(fileName, languageVersion, onError, shouldCreate);
    if (file) declarations.set(fileName, { mtimeMs, file });
    return file;
  };
  return host;
}

/** The files the module is built from: the program's own sources, not declarations or libraries. */
export function dialectFiles(program: ts.Program): ts.SourceFile[] {
  return program.getSourceFiles().filter((f) =>
    !f.isDeclarationFile
    && !program.isSourceFileFromExternalLibrary(f)
    && !f.fileName.split(/[\\/]/).includes("node_modules"));
}

/** tsc's own errors for the dialect files (syntax first: a file that does not parse is not checked). */
export function typeErrors(program: ts.Program, files: readonly ts.SourceFile[]): ts.Diagnostic[] {
  const syntactic = files.flatMap((f) => program.getSyntacticDiagnostics(f));
  if (syntactic.length > 0) return syntactic;
  let found: ts.Diagnostic[];
  try {
    found = [
      ...program.getOptionsDiagnostics(),
      ...program.getGlobalDiagnostics(),
      ...files.flatMap((f) => program.getSemanticDiagnostics(f)),
    ];
  } catch (err) {
    return [checkerCrash(program, files, err)];
  }
  // A generator's type needs a global type AssemblyScript's library lacks: tsc's error has no
  // position, the dialect's has.
  // So does a class named as one of AssemblyScript's types (`class i32`), and an async function.
  const generatorErrors = [...generators(files), ...asyncFunctions(files), ...typeNames(files)];
  if (generatorErrors.length > 0) return [...generatorErrors, ...found.filter((d) => !isMissingGlobalType(d))];
  // tsc also asks for 'Promise' while it explains a bad overload (`xs.reduce((p, v) => p == v, 0)`),
  // and says so with no position: the error at the call is the one to read.
  return found.some((d) => d.file) ? found.filter((d) => !isMissingGlobalType(d)) : found;
}

/**
 * TypeScript's checker threw (found by the fuzzer: `const ch = … twice(ch, 1) …`, a constant
 * used in its own initializer and before, as an argument, makes 5.9's resolveCall fail with
 * "Debug Failure. No error for last overload signature"). The program cannot be checked, so
 * nothing after this runs. The call it failed on is found by resolving each call again, in
 * source order, with a checker of its own; the error stands there, or at the file's start.
 */
function checkerCrash(program: ts.Program, files: readonly ts.SourceFile[], err: unknown): ts.Diagnostic {
  const what = String((err as Error)?.message ?? err).split("\n")[0];
  const message = `TypeScript's type checker failed on this program (${what}), a bug in TypeScript that this code sets off. Look here for a name used before its declaration or in its own initializer.`;
  const fresh = ts.createProgram({ rootNames: program.getRootFileNames(), options: program.getCompilerOptions(), oldProgram: program }).getTypeChecker();
  for (const file of files) {
    let failed: ts.Node | undefined;
    const visit = (n: ts.Node): void => {
      if (failed) return;
      ts.forEachChild(n, visit);
      if (failed || !ts.isCallExpression(n)) return;
      try {
        fresh.getResolvedSignature(n);
      } catch {
        failed = n;
      }
    };
    visit(file);
    if (failed) return diagnosticAt(file, failed.getStart(file), failed.getWidth(file), Code.TypeCheckerCrashed, message);
  }
  const first = files[0];
  return first ? diagnosticAt(first, 0, 0, Code.TypeCheckerCrashed, message) : globalDiagnostic(Code.TypeCheckerCrashed, message);
}

/** Whether typeErrors found TypeScript's checker unable to check the program: nothing may use the checker then. */
export function checkerCrashed(errors: readonly ts.Diagnostic[]): boolean {
  return errors.some((d) => d.code === Code.TypeCheckerCrashed);
}

/** tsc's "Cannot find global type '…'" (TS2318), which has no position. */
function isMissingGlobalType(d: ts.Diagnostic): boolean {
  return d.code === 2318 && !d.file;
}
