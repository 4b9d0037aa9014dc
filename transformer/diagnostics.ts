// The project's diagnostics: one list of codes, one way to make a diagnostic, one printer.
//
// Every stage returns diagnostics as values (ts.Diagnostic, so tsc prints ours beside its own
// and `tspc` exits non-zero); only the entry points print them. Codes 99001–99099 belong to
// the foundation (options, directives, the ABI, asc), 99100–99199 to the lowering. Each code is
// documented in docs/architecture.md.
import * as ts from "typescript";

export const Code = {
  /** A plugin entry, CLI flag or compile() option is unknown or has a bad value. */
  BadOption: 99001,
  /** The entry file (CLI, compile()) does not exist or cannot be read. */
  EntryNotFound: 99002,
  /** A build output (.wasm, .wat, emitted AssemblyScript) could not be written. */
  WriteFailed: 99003,
  /** The installed TypeScript cannot run the compiler (7.x has no JavaScript API; before 5.1, too old). */
  UnsupportedTypeScript: 99004,

  /** A parameter or result type a Wasm export or import cannot carry. */
  BadSignatureType: 99010,
  /** A directive above a method, constructor or accessor. */
  DirectiveOnMethod: 99011,
  /** A directive above an arrow function or function expression. */
  DirectiveOnFunctionValue: 99012,
  /** A directive above a generic function. */
  DirectiveOnGeneric: 99013,
  /** A directive above an overloaded function. */
  DirectiveOnOverload: 99014,
  /** A directive above something that is not a top-level function declaration. */
  DirectiveNotOnFunction: 99015,
  /** A directive that is not on the line right above the declaration. */
  DirectiveMisplaced: 99016,
  /** A second directive of the same kind above one declaration. */
  DirectiveDuplicated: 99017,
  /** Two exports with one name. */
  DuplicateExportName: 99018,
  /** `memory`, `_initialize`, `_start` or `wasmexport_*`. */
  ReservedExportName: 99019,
  /** A name with characters other than letters, digits, `_`, `.`, `-` and `$`. */
  InvalidExportName: 99020,
  /** A word after the name other than `drain` or `return`, or too many words. */
  BadExportMode: 99021,
  /** `@wasmimport` above something other than a `declare function`, or `@wasmexport` above one. */
  ImportNotDeclare: 99022,
  /** `@wasmimport` without both a module and a name. */
  BadImportDirective: 99023,
  /** A directive written another way (`//go:wasmexport`, a block or JSDoc comment), which would be ignored. */
  DirectiveMisspelled: 99024,

  /** The module would import a host function that no option or `@wasmimport` allows. */
  UnexpectedImport: 99040,

  /** An AssemblyScript compile error (the message starts with asc's own code, `AS200: …`). */
  AssemblyScript: 99050,
  /** asc stopped without a diagnostic that says why. */
  CompilerFailed: 99051,
  /** A stage of this compiler threw: a bug in ts-wasmexport, reported instead of a stack trace. */
  InternalError: 99052,

  /** The directives and a WIT world disagree, or the world cannot be written in WIT. */
  WitMismatch: 99060,
  /** A WIT file that cannot be read (a syntax error, a world or type it does not define). */
  BadWit: 99061,
  /** The core module could not be wrapped as a component. */
  ComponentFailed: 99062,
  /** asc crashed (an internal assertion or exception): reported with what it said, the build fails. */
  CompilerCrashed: 99053,
  /** asc did not finish within the time limit (setAscTimeLimit, TS_WASMEXPORT_ASC_TIME_LIMIT): the build was stopped. */
  CompilerTimedOut: 99054,
  /** asc or Binaryen could not be loaded (an incomplete install): the build did not start. */
  CompilerUnavailable: 99055,
  /** TypeScript's own checker threw on the program (a "Debug Failure"): reported at the call it was resolving, if found. */
  TypeCheckerCrashed: 99056,

  /** A dialect function or method (`select`, `go`, `ch.send`) named other than as the callee of a call (analysis/misuse.ts). */
  DialectValue: 99140,
  /** A generator function (`function*`, `*method()`): AssemblyScript has none. */
  Generator: 99141,
  /** A void value (`f()` of a function that returns nothing, `ch.send(v)`) as an element of an array literal. */
  VoidValue: 99142,
  /** `go(…)` or `defer(…)` inside an expression rather than as a statement of its own. */
  StatementCall: 99143,
  /** A declaration named as one of AssemblyScript's types (`i32`, `bool`, …), which the generated code would then mean. */
  TypeName: 99144,
  /** A select case (`recv(…)`, `send(…)`, `otherwise()`) other than as an argument of `select(…)`. */
  SelectCaseOutside: 99145,
  /** A labeled statement where the lowering cannot rewrite it: a constructor, an accessor, top-level code, a plain closure, … */
  LabelOutsideFrame: 99146,
  /** An `async` function or an `await`: AssemblyScript has no Promise. */
  Async: 99147,
  /** A `try` statement: AssemblyScript has no exceptions (asc says "Not implemented", and more about the function). */
  Try: 99148,
  /** A method of the program's own taken as a value (`const f = w.run`): AssemblyScript has no bound methods. */
  MethodValue: 99150,
  /** A generic function given type arguments as a value (`const f = id<i32>`): AssemblyScript has no instantiation expressions. */
  InstantiatedValue: 99151,
  /** One of AssemblyScript's type conversions (`i32`) or generic built-ins (`select<T>`) named other than as the callee of a call. */
  BuiltinValue: 99152,
  /** `toString()` or `join()` on an array of a class of the program's own that has no toString() (AssemblyScript's Array calls it on each element). */
  ElementsToString: 99153,
  // The lowering (docs/lowering.md lists them for users).
  /** A blocking function used as a value (stored, passed, called indirectly) other than as go()'s first argument. */
  BlockingFunctionValue: 99101,
  /** A closure that blocks, passed to anything but go(), a select case or defer(). */
  BlockingClosure: 99102,
  /** A blocking operation in top-level code, which runs inside _initialize. */
  BlockingAtTopLevel: 99103,
  /** A parameter (or another non-let/const binding) captured by a goroutine and assigned. */
  SharedParameter: 99104,
  /** The AssemblyScript type of a value that must live in a frame cannot be told. */
  UnknownFrameType: 99105,
  /** A blocking method of a generic class, a generic or static blocking method, a generic blocking function. */
  UnsupportedBlockingDeclaration: 99106,
  /** recvOk() not destructured where it is called. */
  RecvOkNotDestructured: 99107,
  /** A blocking operation in a position the lowering does not handle (the message says which). */
  UnsupportedBlockingPosition: 99108,
  /** defer() at top level, or with something other than a closure. */
  BadDefer: 99109,
  /** A destructured parameter of a blocking function. */
  DestructuredParameter: 99110,
  /** try/catch: AssemblyScript has no exceptions. */
  TryCatch: 99111,
  /** go() without a function, or with something that is not a declared function or a closure. */
  BadGo: 99112,
  /** `this` inside a go() closure. */
  ThisInGoClosure: 99113,
  /** A nested function declaration that blocks. */
  NestedBlockingFunction: 99114,
  /** A closure that captures variables, other than one passed to go(), a select case or defer(). */
  CapturingClosure: 99115,
  // 99116 (a deferred closure using a loop's variable) is no longer an error: the frame keeps
  // one copy per iteration.
  /** A blocking operation in a constructor, getter, setter or field initialiser. */
  BlockingInitialiser: 99117,
  // 99118 (a blocking method implementing an interface's) and 99121 (an override where either
  // blocks) are no longer errors: such calls are dispatched (docs/lowering.md, "Dispatch").
  /** `?.`, which AssemblyScript does not parse. */
  OptionalChaining: 99119,
  /** `??` or `??=`, which AssemblyScript does not parse. */
  NullishCoalescing: 99120,
  /** A generic arrow function or function expression, which AssemblyScript does not compile. */
  GenericClosure: 99122,
} as const;

export function diagnosticAt(
  file: ts.SourceFile | undefined,
  start: number | undefined,
  length: number | undefined,
  code: number,
  messageText: string,
  category: ts.DiagnosticCategory = ts.DiagnosticCategory.Error,
): ts.Diagnostic {
  return { file, start, length, code, category, messageText };
}

export function globalDiagnostic(code: number, messageText: string): ts.Diagnostic {
  return diagnosticAt(undefined, undefined, undefined, code, messageText);
}

export function hasErrors(diagnostics: readonly ts.Diagnostic[]): boolean {
  return diagnostics.some((d) => d.category === ts.DiagnosticCategory.Error);
}

/** Prints diagnostics the way tsc does without --pretty: `file.ts(line,col): error TSnnnnn: message`. */
export function formatDiagnostics(diagnostics: readonly ts.Diagnostic[], cwd: string = process.cwd()): string {
  return ts.formatDiagnostics(diagnostics, {
    getCanonicalFileName: (f) => f,
    getCurrentDirectory: () => cwd,
    getNewLine: () => "\n",
  });
}
