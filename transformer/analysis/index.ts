// The analysis stage: what the lowering needs to know about a program, and the checks that
// need nothing of the lowering's state. Its result (Analysis) is what lower() takes; its
// diagnostics are the first of the lowering's.
//
//   - blocking.ts: which functions block, the calls that park, dispatch families, function
//     values that may block;
//   - the checks below: uses of blocking code where nothing can park (top level, initialisers,
//     AssemblyScript's library), declarations the lowering cannot make frames of, operators
//     around parks, defaults that block;
//   - whether the program uses time (the module then exports the clock's entry points).
import * as ts from "typescript";
import { Code, diagnosticAt } from "../diagnostics";
import { analyseBlocking, BlockingInfo, calledUnit, inFrame, isFunctionReference } from "./blocking";
import { Dialect, PARKING, TIME_NAMES } from "./dialect";
import { WrittenTypes } from "./types";

export interface Analysis {
  checker: ts.TypeChecker;
  dialect: Dialect;
  types: WrittenTypes;
  blocking: BlockingInfo;
  /** The checks' errors, in source order within each kind; the lowering adds its own. */
  diagnostics: ts.Diagnostic[];
  /** Whether the program uses time (a timer, sleep, now, a context). */
  usesTime: boolean;
}

/** What the checks read, and where they report. */
interface Checks {
  checker: ts.TypeChecker;
  dialect: Dialect;
  blocking: BlockingInfo;
  error(node: ts.Node, code: number, message: string): void;
}

export function analyse(files: readonly ts.SourceFile[], checker: ts.TypeChecker): Analysis {
  const dialect = new Dialect(checker);
  const types = new WrittenTypes(checker, dialect);
  const blocking = analyseBlocking(files, checker, dialect);
  const diagnostics: ts.Diagnostic[] = [];
  const checks: Checks = {
    checker,
    dialect,
    blocking,
    error(node, code, message) {
      const file = node.getSourceFile();
      const start = node.getStart(file);
      if (diagnostics.some((d) => d.file === file && d.start === start && d.code === code)) return;
      diagnostics.push(diagnosticAt(file, start, node.end - start, code, message));
    },
  };
  for (const node of blocking.topLevelParks) {
    if (ts.findAncestor(node, ts.isComputedPropertyName)) {
      checks.error(node, Code.UnsupportedBlockingPosition, "A computed member name cannot block: it is evaluated where the class is defined, as top-level code. Use a constant name.");
      continue;
    }
    if (inClassInitialiser(node)) {
      checks.error(node, Code.BlockingInitialiser, "A constructor, getter, setter or field initialiser cannot block: AssemblyScript runs it as a plain call. Move the blocking part into a method and call that.");
      continue;
    }
    checks.error(node, Code.BlockingAtTopLevel, "Top-level code cannot block: it runs inside _initialize. Start a goroutine instead: go(() => { … }).");
  }
  for (const unit of blocking.units) {
    if (!blocking.blocking.has(unit)) continue;
    if (ts.isMethodDeclaration(unit)) {
      const cls = unit.parent;
      const isStatic = unit.modifiers?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword);
      if (!ts.isClassDeclaration(cls) || !cls.name || (unit.typeParameters && blocking.virtual.has(unit)) || (isStatic && cls.typeParameters) || !ts.isIdentifier(unit.name)) {
        checks.error(unit.name, Code.UnsupportedBlockingDeclaration, "A method that blocks must be a method of a named class (a static one of a class without type parameters), and one called by dispatch (overridden, or implementing an interface) has no type parameters of its own: make it a generic function that takes the object as its first parameter.");
      }
    } else if ((ts.isArrowFunction(unit) || ts.isFunctionExpression(unit)) && !blocking.goClosures.has(unit) && (blocking.parks.get(unit)?.length ?? 0) === 0) {
      // Lowered to a frame for a defer() alone (nothing in it parks): say so.
      checks.error(unit, Code.BlockingClosure, "This closure calls defer(), whose calls run at each return of the closure: that needs the closure lowered as a goroutine's body, which only a closure that go() runs is. Call defer() in the function around it, or start the closure with go().");
    } else if ((ts.isArrowFunction(unit) || ts.isFunctionExpression(unit)) && !blocking.goClosures.has(unit) && isLibraryArgument(unit, checks)) {
      checks.error(unit, Code.BlockingClosure, "This closure blocks, and AssemblyScript's library (or Once.do) calls it as a plain function, which cannot park: use a loop (for…of) instead, or call it from a function of your own.");
    } else if (ts.isFunctionDeclaration(unit) && !isTopLevel(unit)) {
      checks.error(unit.name ?? unit, Code.NestedBlockingFunction, "A nested function that blocks is not supported: declare it at the top level of the file.");
    }
  }
  let usesTime = false;
  // The checks that look at every node, in one walk (children first: errors print in source order).
  const check = (n: ts.Node): void => {
    ts.forEachChild(n, check);
    checkGenericClosure(n, checks);
    checkBlockingValue(n, checks);
    checkMissingOperator(n, checks);
    checkBlockingDefault(n, checks);
    if (!usesTime && ts.isIdentifier(n) && TIME_NAMES.has(n.text) && dialect.nameOf(n) !== undefined) usesTime = true;
  };
  files.forEach(check);
  return { checker, dialect, types, blocking, diagnostics, usesTime };
}

/**
 * A blocking function used as a value (not called, not go()'s first argument) is a function
 * that starts its frame (runtime/values.ts), except where that cannot work: a generic one (a
 * value carries no type arguments), and one given to AssemblyScript's library, which calls it
 * as a plain function.
 */
function checkBlockingValue(n: ts.Node, a: Checks): void {
  if (!ts.isIdentifier(n)) return;
  const decl = isFunctionReference(n, a.checker);
  if (!decl || !a.blocking.blocking.has(decl)) return;
  const isGoTarget = ts.isExpressionWithTypeArguments(n.parent) || (ts.isCallExpression(n.parent) && n.parent.arguments[0] === n && a.dialect.callName(n.parent) === "go");
  if (isGoTarget) return;
  if (decl.typeParameters?.length) {
    a.error(n, Code.BlockingFunctionValue, `'${n.text}' blocks, so it cannot be used as a value while it is generic: a function value carries no type arguments. Wrap the call in a closure, e.g. '(x: i32) => ${n.text}<i32>(x)'.`);
  } else if (isLibraryArgument(n, a)) {
    a.error(n, Code.BlockingFunctionValue, `'${n.text}' blocks, so it cannot be used as a value here: AssemblyScript's library (or Once.do) calls it as a plain function, which cannot park. Use a loop (for…of) instead, or call it from a function of your own.`);
  } else if (!isTopLevel(decl)) {
    a.error(n, Code.BlockingFunctionValue, `'${n.text}' blocks, so it cannot be used as a value while it is nested: declare it at the top level of the file.`);
  }
}

/**
 * Whether `e` is given to a function or method of AssemblyScript's library as a callback, a
 * parameter of function type (`xs.forEach(f)`; `map.set(k, f)` only keeps it).
 */
function isLibraryArgument(e: ts.Expression, a: Checks): boolean {
  const call = e.parent;
  if (!ts.isCallExpression(call)) return false;
  // The dialect's own calls run their functions where they can park (go(), defer(), select's
  // cases), except Once.do, which calls its function as a plain one.
  const name = a.dialect.callName(call);
  if (name && name !== "Once.do") return false;
  const at = call.arguments.indexOf(e);
  const decl = a.checker.getResolvedSignature(call)?.declaration;
  if (at < 0 || !decl || !decl.getSourceFile().isDeclarationFile) return false;
  const param = decl.parameters[Math.min(at, decl.parameters.length - 1)];
  const type = param && ts.isParameter(param) ? param.type : undefined;
  return !!type && (ts.isFunctionTypeNode(type) || (ts.isUnionTypeNode(type) && type.types.some(ts.isFunctionTypeNode)));
}

/** `<T>(a: T): T => a`: AssemblyScript compiles no generic arrow function or function expression. */
function checkGenericClosure(n: ts.Node, a: Checks): void {
  if ((ts.isArrowFunction(n) || ts.isFunctionExpression(n)) && n.typeParameters) {
    a.error(n.typeParameters[0], Code.GenericClosure, "A generic arrow function or function expression is not supported: AssemblyScript has none. Declare a generic function with 'function' at the top level.");
  }
}


/**
 * Operators TypeScript has and AssemblyScript does not parse, in code lowered to frames:
 * asc would report only "Expression expected" (and at the start of the statement). Elsewhere
 * they are rewritten (nullish.ts).
 */
function checkMissingOperator(n: ts.Node, a: Checks): void {
  if (!inFrame(n, a.blocking)) return;
  // Without a park inside, a frame's printer rewrites them (frame.ts, as nullish.ts does elsewhere).
  let whole = n;
  while ((ts.isPropertyAccessExpression(whole.parent) || ts.isElementAccessExpression(whole.parent) || ts.isCallExpression(whole.parent)) && whole.parent.expression === whole) whole = whole.parent;
  if (!containsPark(whole, a)) return;
  if ((ts.isPropertyAccessExpression(n) || ts.isElementAccessExpression(n) || ts.isCallExpression(n)) && n.questionDotToken) {
    a.error(n.questionDotToken, Code.OptionalChaining, "Optional chaining ('?.') around a blocking operation is not supported. Test for null first: 'if (x != null) x.f(…)'.");
  }
  if (ts.isBinaryExpression(n) && (n.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken || n.operatorToken.kind === ts.SyntaxKind.QuestionQuestionEqualsToken)) {
    const op = n.operatorToken.getText();
    a.error(n.operatorToken, Code.NullishCoalescing, `'${op}' around a blocking operation is not supported. Write 'a != null ? a : b'${op === "??=" ? " in an assignment" : ""}, or take the blocking operation's value into a local first.`);
  }
}

/** Whether a blocking operation or call stands inside `n`. */
function containsPark(n: ts.Node, a: Checks): boolean {
  const file = n.getSourceFile();
  for (const list of a.blocking.parks.values()) if (list.some((p) => p.pos >= n.pos && p.end <= n.end && p.getSourceFile() === file)) return true;
  return false;
}


/**
 * A parameter's default value that blocks. A blocking function's defaults are computed in its
 * frame class's new$, before its frame runs; any other function's, in a plain call: neither can
 * park.
 */
function checkBlockingDefault(n: ts.Node, a: Checks): void {
  const blocks = (e: ts.Node): boolean => {
    if (ts.isArrowFunction(e) || ts.isFunctionExpression(e)) return false;
    if (ts.isCallExpression(e)) {
      const name = a.dialect.callName(e);
      const unit = name ? undefined : calledUnit(e, a.checker);
      if (name ? PARKING.has(name) : unit !== undefined && a.blocking.blocking.has(unit)) return true;
    }
    return ts.forEachChild(e, blocks) ?? false;
  };
  if (ts.isParameter(n) && n.initializer && blocks(n.initializer)) {
    a.error(n.initializer, Code.UnsupportedBlockingPosition, "A default parameter value that blocks is not supported: it is computed before the function runs, as a plain call. Pass the value, or compute it in the body.");
  }
}


/** Whether `node` is in a constructor, an accessor or a field initialiser of a class. */
function inClassInitialiser(node: ts.Node): boolean {
  for (let n = node.parent; n; n = n.parent) {
    if (ts.isConstructorDeclaration(n) || ts.isGetAccessorDeclaration(n) || ts.isSetAccessorDeclaration(n) || ts.isPropertyDeclaration(n)) return true;
    if (ts.isFunctionLike(n) || ts.isSourceFile(n)) return false;
  }
  return false;
}

function isTopLevel(fn: ts.FunctionDeclaration): boolean {
  return ts.isSourceFile(fn.parent);
}
