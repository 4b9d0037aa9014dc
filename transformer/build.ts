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
import { ENTRY_PATH, EntryFile, ExportWrapper, generateEntry, HOST_CALL, INIT_GUARD, OUT_OF_MEMORY, relativeSpecifier, RUNTIME_EXPORTS, RUNTIME_INDEX, TIME_EXPORTS } from "./abi/entry";
import { usesInterfaceTypes } from "./abi/layout";
import { WASI_EXPORTS, WASI_PATH, WASI_REDIRECTS, WASI_SOURCE } from "./abi/wasi";
import { ascArgs, CONFIG_PATH, configFile, inlinesStateMachines, NO_INLINE, runtimeFiles, unexpectedImports } from "./abi/module";
import { AscRequest, AscResult, AscStart, packageRoot, runAsc } from "./asc/bridge";
import { mapAscDiagnostics } from "./asc/errors";
import { librariesOf } from "./asc/libraries";
import { dialectSourceMap, SourceMap } from "./asc/sourcemap";
import { Dialect } from "./analysis/dialect";
import { checkDialectUse } from "./analysis/misuse";
import { analyse } from "./analysis";
import { positionTables, shownPath } from "./positions";
import { Code, diagnosticAt, globalDiagnostic, hasErrors } from "./diagnostics";
import { collectDirectives } from "./directives";
import { lower } from "./lowering";
import type { BuildOptions } from "./options";
import type { Directives, LoweringResult } from "./pipeline";
import { Bindings, generateBindings } from "./bindings/js";
import { emitWorld, WIT_WORLD } from "./wit/emit";
import { wrapComponent } from "./component/component";
import { checkWorld, readWorld } from "./wit/check";

export interface BuildInput {
  program: ts.Program;
  /** The dialect files: lowered, and imported by the entry file in this order. */
  files: readonly ts.SourceFile[];
  options: BuildOptions;
  /** The folder holding the runtime's `core/`, `scheduler/` and `runtime/` sources; the package root by default. */
  runtimeRoot?: string;
  /** Produce the text format even when options.textFile is unset. */
  wantText?: boolean;
  /**
   * tsc's errors in the program, which the caller reports: with any, the module is not built,
   * but asc still checks the program (ascCheck) and its other errors are reported.
   */
  typeErrors?: readonly ts.Diagnostic[];
}

export interface BuildOutput {
  binary: Uint8Array | null;
  text: string | null;
  /** With the `debug` option: the source map from the module to the dialect files (absolute paths). */
  sourceMap?: SourceMap | null;
  /** The JavaScript bindings, when the `bindings` option asks for them. */
  bindings?: Bindings | null;
  /** The WIT world, when the `emitWit` option asks for it. */
  wit?: string | null;
  /** The AssemblyScript handed to asc, by virtual path: lowered files, main.ts, config.ts. */
  assemblyScript: Record<string, string>;
  diagnostics: ts.Diagnostic[];
}

/** Recent successful builds by the hash of everything asc sees: a watch rebuild of unchanged code is free. */
const cache = new Map<string, { binary: Uint8Array | null; text: string | null; sourceMap: SourceMap | null; diagnostics: ts.Diagnostic[] }>();
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

/**
 * The stages before asc, the directives and the lowering, with their diagnostics; `lowered` is
 * null when the directives have errors and `throughDirectiveErrors` is not set. The language
 * service runs these as the code is typed, and asc's check (ascCheck) after a pause.
 */
export function frontEnd(program: ts.Program, files: readonly ts.SourceFile[], options: BuildOptions, throughDirectiveErrors = false): {
  directives: Directives;
  lowered: LoweringResult | null;
  diagnostics: ts.Diagnostic[];
} {
  // Creating the checker binds every file, which sets the parent links the stages rely on.
  const checker = program.getTypeChecker();
  const { directives, diagnostics } = collectDirectives(files, options.exportMode, checker);
  const directiveErrors = hasErrors(diagnostics);
  if (directiveErrors && !throughDirectiveErrors) return { directives, lowered: null, diagnostics };
  // Dialect functions used as values, generators: before the lowering, which expects neither.
  const misuse = checkDialectUse(files, checker, new Dialect(checker));
  if (hasErrors(misuse)) return { directives, lowered: null, diagnostics: [...diagnostics, ...misuse] };
  const root = commonFolder(files.map((f) => f.fileName));
  const asPathOf = (file: ts.SourceFile) => "src/" + path.relative(root, file.fileName).split(path.sep).join("/");
  const lowerProgram = () => {
    const analysis = analyse(files, checker);
    return lower({ program, files, directives, asPathOf, runtimeSpecifier: (asPath) => relativeSpecifier(asPath, RUNTIME_INDEX) }, analysis);
  };
  let lowered: LoweringResult;
  try {
    lowered = lowerProgram();
  } catch (err) {
    // Lowering a program whose directives are wrong may meet what it never expects: the
    // directives' errors are the ones to fix first.
    if (directiveErrors) return { directives, lowered: null, diagnostics };
    throw err;
  }
  return { directives, lowered, diagnostics: [...diagnostics, ...lowered.diagnostics] };
}

/** Diagnostics in source order: by file, then position (those with no file first), as tsc prints its own. */
export function inSourceOrder(diagnostics: readonly ts.Diagnostic[]): ts.Diagnostic[] {
  return [...ts.sortAndDeduplicateDiagnostics(diagnostics)];
}

function runStages(input: BuildInput): BuildOutput {
  const { program, files, options } = input;
  const prior = input.typeErrors ?? [];
  const assemblyScript: Record<string, string> = {};
  const fail = (diagnostics: ts.Diagnostic[]): BuildOutput => ({ binary: null, text: null, assemblyScript, diagnostics });

  // Through the directives' errors, so that one build reports them with the lowering's.
  let front: ReturnType<typeof frontEnd>;
  try {
    front = frontEnd(program, files, options, true);
  } catch (err) {
    // A stage may meet what it never expects in a program tsc rejects: tsc's errors come first.
    if (hasErrors(prior)) return fail([]);
    throw err;
  }
  const { directives, lowered, diagnostics } = front;
  if (!lowered) return fail(inSourceOrder(diagnostics));
  for (const m of lowered.modules) assemblyScript[m.asPath] = m.text;
  if (hasErrors(prior) || hasErrors(diagnostics)) {
    // No module, but asc's errors too, so that one build shows them all.
    const check = ascCheck(input, front, prior);
    if (check) Object.assign(assemblyScript, check.assemblyScript);
    const found = check ? check.errors(runAsc(check.request)) : [];
    return fail(inSourceOrder([...diagnostics, ...found]));
  }

  const asc = ascInput(input, directives, lowered);
  Object.assign(assemblyScript, asc.assemblyScript);
  if (asc.problems.length > 0) return fail([...diagnostics, ...asc.problems]);
  const { tree, args, entry, extras } = asc;
  const wantText = Boolean(input.wantText || options.textFile);
  // The sources too: the aborts in the binary carry their lines and columns (positions.ts).
  const libraryKey = Object.fromEntries(Object.entries(extras.libraries).map(([name, l]) => [`library:${name}`, `${l.dir}@${l.version}`]));
  const key = hashOf({ ...tree, ...libraryKey, ...Object.fromEntries(lowered.modules.flatMap((m) => [[`source:${m.asPath}`, m.source.text], [`name:${m.asPath}`, shownPath(m)]])) }, [...args, ...extras.transforms, `inline:${extras.inlineStateMachines}`], wantText, entry.wrappers, entry.others);
  let built = cache.get(key);
  if (!built) {
    built = compileTree(tree, args, wantText, entry, lowered.modules, options.wasi ? WASI_REDIRECTS : {}, extras, lowered.usesTime ? TIME_EXPORTS : []);
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
  if (hasErrors(diagnostics)) return { binary: null, text: null, assemblyScript, diagnostics: inSourceOrder(diagnostics) };
  // The world: the one the `wit` file names, which the directives must match, or theirs.
  let wit: string | null = null;
  let worldName = WIT_WORLD;
  if (options.wit) {
    const read = readWorld(options.wit, options.world);
    if ("diagnostics" in read) return fail([...diagnostics, ...read.diagnostics]);
    diagnostics.push(...checkWorld(directives, read.world, entryFileOf(program, files)));
    wit = read.input.text;
    worldName = read.input.world;
  } else if (options.emitWit || options.component) {
    const world = emitWorld(directives);
    diagnostics.push(...world.diagnostics);
    wit = world.text;
  }
  if (hasErrors(diagnostics)) return { binary: null, text: null, assemblyScript, diagnostics };
  let binary = built.binary;
  if (options.component && wit !== null && binary) {
    const wrapped = wrapComponent(binary, wit, worldName);
    if ("error" in wrapped) return fail([...diagnostics, globalDiagnostic(Code.ComponentFailed, `The module could not be made a component: ${wrapped.error}`)]);
    binary = wrapped.component;
  }
  const bindings = options.bindings ? generateBindings(directives) : null;
  return { binary, text: built.text, sourceMap: built.sourceMap, assemblyScript, diagnostics, bindings, wit };
}

/**
 * The entry and flags of the asc call that a build with these options makes, for
 * prepareAsc: asc starts it and parses its standard library while the caller type-checks and
 * lowers. None with transforms, which are files found from the program's.
 */
export function ascStart(options: BuildOptions): AscStart | undefined {
  if (options.transforms?.length) return undefined;
  return { entry: ENTRY_PATH, args: ascArgs(options), wantText: Boolean(options.textFile), transforms: [] };
}

/** What asc compiles for a lowered program: the virtual tree (the generated files also by themselves), its flags, the export wrappers, the libraries and transforms. */
function ascInput(input: BuildInput, directives: Directives, lowered: LoweringResult) {
  const { files, options } = input;
  const entry = generateEntry(lowered.modules, lowered.exports, options.wasi ? [{ path: WASI_PATH, names: WASI_EXPORTS }] : [], directives.imports.some(usesInterfaceTypes), lowered.usesTime);
  const assemblyScript: Record<string, string> = {
    [ENTRY_PATH]: entry.text,
    [CONFIG_PATH]: configFile(options, lowered.usesSelect, lowered.usesTime),
    // Always present, so the runtime may write panics to stderr behind `if (WASI)`: asc compiles
    // nothing of it (and imports nothing) unless a live branch calls it.
    [WASI_PATH]: WASI_SOURCE,
  };
  const tree = { ...runtimeFiles(input.runtimeRoot ?? packageRoot()), ...Object.fromEntries(lowered.modules.map((m) => [m.asPath, m.text])), ...assemblyScript };
  const transforms = resolveTransforms(options.transforms ?? [], files);
  const extras = { libraries: librariesOf(files), transforms: transforms.files, inlineStateMachines: inlinesStateMachines(options) };
  return { tree, args: ascArgs(options), entry, extras, assemblyScript, problems: transforms.problems };
}

/**
 * asc's check of a program that has errors already (tsc's, `prior`, or the front end's):
 * the request, and the asc errors of its answer that are not about those. asc compiles at
 * -O0 and stops once it has compiled: only its diagnostics are wanted. An asc error is left
 * out when it falls in a file with a lowering error (its code would be half lowered), in the
 * top-level declaration of another error (asc would say the same in its words), in no
 * dialect file (asc's library, generated code: a consequence), or when it names what the
 * lowering made (a frame's field, `__wx_…`), or does not find a name that an earlier error
 * is about (where a declaration's type names it), or stands in no statement of the file (past
 * its end: code the lowering added, made from code with errors): consequences too. Null when there is nothing
 * asc can check (a file that does not parse, or that tsc finds a grammar error in).
 */
export function ascCheck(input: BuildInput, front: ReturnType<typeof frontEnd>, prior: readonly ts.Diagnostic[]): {
  request: AscRequest;
  assemblyScript: Record<string, string>;
  errors(result: AscResult): ts.Diagnostic[];
} | null {
  const { program, files, options } = input;
  const { directives, lowered, diagnostics } = front;
  // tsc's grammar errors (TS1xxx, some found by its checker: `Chan<>`) are the parser's too.
  if (!lowered || files.some((f) => program.getSyntacticDiagnostics(f).length > 0) || prior.some((d) => d.code >= 1000 && d.code < 2000)) return null;
  let asc: ReturnType<typeof ascInput>;
  try {
    asc = ascInput(input, directives, lowered);
  } catch {
    return null;
  }
  if (asc.problems.length > 0) return null;
  const known = [...prior, ...diagnostics].filter((d) => d.category === ts.DiagnosticCategory.Error && d.file);
  const halfLowered = new Set(known.filter((d) => d.code >= 99100 && d.code <= 99199).map((d) => d.file!.fileName));
  const taken = known.map((d) => topLevelStatement(d.file!, d.start ?? 0)).filter((s): s is ts.Statement => s !== undefined);
  const dialect = new Set(files.map((f) => f.fileName));
  // The names earlier errors are about ('Cannot find name', '… refers to a value, but is being used as a type').
  const named = new Set(known.flatMap((d) => [...ts.flattenDiagnosticMessageText(d.messageText, "\n").matchAll(/'([A-Za-z_$][\w$]*)'/g)].map((m) => m[1])));
  const request: AscRequest = { ...asc.extras, files: asc.tree, entry: ENTRY_PATH, args: ascArgs({ ...options, optimize: 0, shrink: 0, debug: false }), exports: {}, keep: [], lazyInit: [], wantText: false, checkOnly: true, inlineStateMachines: false };
  return {
    request,
    assemblyScript: asc.assemblyScript,
    errors(result) {
      if (result.failure) return [];
      return mapAscDiagnostics(result.diagnostics, lowered.modules, asc.entry.wrappers, asc.tree).filter((d) => {
        if (!d.file || !dialect.has(d.file.fileName) || halfLowered.has(d.file.fileName)) return false;
        const text = ts.flattenDiagnosticMessageText(d.messageText, "\n");
        const name = /Cannot find name '([^']+)'/.exec(text)?.[1];
        if ((name !== undefined && named.has(name)) || /__wx|'[^'\s]*\$[^'\s]*'/.test(text)) return false;
        const statement = topLevelStatement(d.file, d.start ?? 0);
        return statement !== undefined && !taken.some((s) => s === statement);
      });
    },
  };
}

/** The statement of `file`'s top level that holds `position`. */
function topLevelStatement(file: ts.SourceFile, position: number): ts.Statement | undefined {
  return file.statements.find((s) => s.getFullStart() <= position && position < s.getEnd());
}

function compileTree(
  tree: Record<string, string>,
  args: string[],
  wantText: boolean,
  entry: EntryFile,
  modules: ReturnType<typeof lower>["modules"],
  redirect: Record<string, string>,
  extras: Pick<AscRequest, "libraries" | "transforms" | "inlineStateMachines">,
  timeExports: string[],
): { binary: Uint8Array | null; text: string | null; sourceMap: SourceMap | null; diagnostics: ts.Diagnostic[] } {
  const wrappers = entry.wrappers;
  const result = runAsc({
    ...extras,
    files: tree,
    entry: ENTRY_PATH,
    args,
    exports: { ...Object.fromEntries(wrappers.map((w) => [w.internal, w.external])), ...entry.others },
    keep: ["memory", "_initialize", ...RUNTIME_EXPORTS, ...entry.keep, ...timeExports],
    // cabi_realloc and the clock's exports too: a host may call them before anything has run.
    lazyInit: [...wrappers.map((w) => w.internal), ...entry.keep, ...timeExports],
    redirect,
    noInline: NO_INLINE,
    initGuard: INIT_GUARD,
    hostCall: HOST_CALL,
    outOfMemory: OUT_OF_MEMORY,
    positions: positionTables(modules),
    wantText,
  });
  const diagnostics = mapAscDiagnostics(result.diagnostics, modules, wrappers, tree);
  if (result.failure) {
    // Whatever asc reported before it stopped may be a consequence: the failure comes first.
    const files = modules.map((m) => path.relative(process.cwd(), m.source.fileName) || m.source.fileName).join(", ");
    diagnostics.unshift(result.failure === "timed-out"
      ? globalDiagnostic(Code.CompilerTimedOut, `The AssemblyScript compiler did not finish compiling ${files}: ${result.error}. The build was stopped.`)
      : result.failure === "unavailable"
        ? globalDiagnostic(Code.CompilerUnavailable, `The AssemblyScript compiler could not be loaded: ${result.error}. Reinstall the project's dependencies (npm install); ts-wasmexport needs assemblyscript and binaryen beside it.`)
        : globalDiagnostic(Code.CompilerCrashed, `The AssemblyScript compiler crashed while compiling ${files}: ${result.error}. This is a bug in ts-wasmexport or AssemblyScript that this program sets off; please report it with the program.`));
  } else if (!result.binary && !hasErrors(diagnostics)) {
    const why = (result.error ?? result.stderr ?? "").split("\n")[0] || "no reason given";
    diagnostics.push(globalDiagnostic(Code.CompilerFailed, `The AssemblyScript compiler failed: ${why}`));
  }
  const sourceMap = result.sourceMap ? dialectSourceMap(result.sourceMap, modules) : null;
  return { binary: result.binary, text: result.text, sourceMap, diagnostics: hasErrors(diagnostics) ? diagnostics : [] };
}

/** An unexpected import, reported where the source first uses the feature that needs it. */
function importDiagnostic(feature: string, importName: string, message: string, files: readonly ts.SourceFile[]): ts.Diagnostic {
  const needle = importName.startsWith("console.") ? importName : importName === "seed" ? "Math.random" : importName;
  // The first use in code: a name or member access spelled so, not a comment or a string.
  const dotted = (n: ts.Node): string | undefined =>
    ts.isIdentifier(n) ? n.text : ts.isPropertyAccessExpression(n) ? `${dotted(n.expression)}.${n.name.text}` : undefined;
  const spelled = (n: ts.Node): boolean =>
    (ts.isIdentifier(n) || ts.isPropertyAccessExpression(n)) && !(ts.isPropertyAccessExpression(n.parent) && n.parent.name === n) && dotted(n) === needle;
  for (const file of files) {
    let found: ts.Node | undefined;
    const visit = (n: ts.Node): void => {
      if (found) return;
      if (spelled(n)) found = n;
      else ts.forEachChild(n, visit);
    };
    visit(file);
    if (found) return diagnosticAt(file, found.getStart(file), found.getEnd() - found.getStart(file), Code.UnexpectedImport, message);
  }
  for (const file of files) {
    const at = file.text.indexOf(needle);
    if (at >= 0) return diagnosticAt(file, at, needle.length, Code.UnexpectedImport, message);
  }
  void feature;
  return globalDiagnostic(Code.UnexpectedImport, message);
}

function hashOf(tree: Record<string, string>, args: string[], wantText: boolean, wrappers: ExportWrapper[], others: Record<string, string>): string {
  const hash = createHash("sha256");
  for (const name of Object.keys(tree).sort()) hash.update(name).update("\0").update(tree[name]).update("\0");
  hash.update(JSON.stringify({ args, wantText, exports: wrappers.map((w) => [w.internal, w.external]), others }));
  return hash.digest("hex");
}

/** The files of the asc transforms the options name, resolved as Node would from the program's folder. */
function resolveTransforms(names: readonly string[], files: readonly ts.SourceFile[]): { files: string[]; problems: ts.Diagnostic[] } {
  const from = [commonFolder(files.map((f) => f.fileName)), process.cwd()];
  const resolved: string[] = [];
  const problems: ts.Diagnostic[] = [];
  for (const name of names) {
    try {
      resolved.push(require.resolve(name, { paths: from }));
    } catch {
      problems.push(globalDiagnostic(Code.BadOption, `Option 'transforms': cannot find the asc transform '${name}' from ${from[0]} (is its package installed?).`));
    }
  }
  return { files: resolved, problems };
}

/** The file a program was built from: its first root file, or the last of its files. */
function entryFileOf(program: ts.Program, files: readonly ts.SourceFile[]): ts.SourceFile {
  const root = program.getRootFileNames()[0];
  return files.find((f) => root !== undefined && path.resolve(f.fileName) === path.resolve(root)) ?? files[files.length - 1];
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
  bindings?: string;
  emitWit?: string;
}

/** The `.d.ts` beside a bindings file: `x.js` gives `x.d.ts`, `x.mjs` `x.d.mts`. */
export function declarationPath(bindings: string): string {
  if (bindings.endsWith(".mjs")) return bindings.slice(0, -4) + ".d.mts";
  return bindings.replace(/\.js$/, "") + ".d.ts";
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
  if (output.binary && paths.outFile && output.sourceMap) {
    // Sources relative to the map, which stands beside the .wasm (the URL the module names).
    const folder = path.dirname(paths.outFile);
    const sources = output.sourceMap.sources.map((s) => (path.isAbsolute(s) ? path.relative(folder, s).split(path.sep).join("/") : s));
    write(`${paths.outFile}.map`, JSON.stringify({ ...output.sourceMap, sources }));
  }
  if (output.text !== null && paths.textFile) write(paths.textFile, output.text);
  if (output.bindings && paths.bindings) {
    write(paths.bindings, output.bindings.js);
    write(declarationPath(paths.bindings), output.bindings.dts);
  }
  if (output.wit && paths.emitWit) write(paths.emitWit, output.wit);
  return problems;
}

/** The .wat path an option names: `true` puts it beside the .wasm. */
export function textFilePath(textFile: string | boolean | undefined, outFile: string | undefined, base: string): string | undefined {
  if (typeof textFile === "string") return path.resolve(base, textFile);
  if (textFile === true && outFile) return path.resolve(base, outFile).replace(/\.wasm$/, "") + ".wat";
  return undefined;
}
