// Uses of the dialect that no stage after this one could handle, refused at the user's line
// before the lowering runs.
//
// The dialect's functions (`go`, `select`, `recv`, …) and its types' methods (`ch.send`, …)
// are not values in the module: the lowering recognises each call by its callee and rewrites
// it, so a call through anything else — a variable, a ternary, an array element, parentheses
// — would reach AssemblyScript as a name it has never heard of (or crash it). Generator
// functions have no AssemblyScript counterpart at all. An array of `void` values (`[f()]` for
// a function that returns nothing, `[ch.send(v)]`) type-checks, but AssemblyScript fails on it
// inside its own library, where no position of the program can be given. A declaration named
// as one of AssemblyScript's types (`i32`) would be what the generated code's `i32` means.
// AssemblyScript has no labels: the lowering rewrites a labeled statement only in a function
// it makes a frame of, and anywhere else it reached asc as written. Nor has it bound methods
// (`const f = w.run`) or instantiation expressions (`const f = id<i32>`): asc would report its
// own words about the generated code.
import * as ts from "typescript";
import { Code, diagnosticAt } from "../diagnostics";
import { isGoClosure, isInlineClosure } from "./blocking";
import { Dialect } from "./dialect";
import { symbolOf } from "./syntax";

export function checkDialectUse(files: readonly ts.SourceFile[], checker: ts.TypeChecker, dialect: Dialect): ts.Diagnostic[] {
  const found: ts.Diagnostic[] = [];
  const visit = (n: ts.Node): void => {
    if (ts.isIdentifier(n)) {
      checkReference(n, checker, dialect, found);
      checkBuiltinValue(n, checker, found);
    }
    else if (ts.isArrayLiteralExpression(n)) checkVoidElements(n, checker, found);
    else if (ts.isLabeledStatement(n)) checkLabel(n, dialect, found);
    else if (ts.isTryStatement(n)) checkTry(n, found);
    else if (ts.isCallExpression(n)) {
      checkStatementCall(n, dialect, found);
      checkSelectCase(n, dialect, found);
    } else if (ts.isPropertyAccessExpression(n)) {
      checkMethodValue(n, checker, dialect, found);
      checkElementsToString(n, checker, found);
    }
    else if (ts.isExpressionWithTypeArguments(n)) checkInstantiation(n, dialect, found);
    ts.forEachChild(n, visit);
  };
  files.forEach(visit);
  return [...generators(files), ...asyncFunctions(files), ...typeNames(files), ...found];
}

/**
 * `try`, at the keyword. asc answers "AS100: Not implemented: Exceptions" and, for a function
 * that returns from inside the `try`, that the function does not return a value.
 */
function checkTry(n: ts.TryStatement, found: ts.Diagnostic[]): void {
  const file = n.getSourceFile();
  const message = n.catchClause
    ? "try/catch is not supported: AssemblyScript has no exceptions, and a throw ends the export call. Raise an error that can be stopped with panic(…), and stop it with recover() in a deferred function: defer(() => { const why = recover(); … })."
    : "try/finally is not supported: AssemblyScript has no exceptions. For what must run when the function returns, or panics, use defer(() => { … }).";
  found.push(diagnosticAt(file, n.getStart(file), 3, Code.Try, message));
}

/** AssemblyScript's own type names, which the code the compiler writes (wrappers, frames) uses. */
const TYPE_NAMES = new Set(["i8", "i16", "i32", "i64", "isize", "u8", "u16", "u32", "u64", "usize", "f32", "f64", "bool", "v128", "externref", "anyref"]);

/**
 * Declarations named as one of AssemblyScript's types, at the name: an exported function
 * named `i32` is what the export wrapper's `i32` then means, and a class of that name makes
 * tsc report a global type missing, with no position (found by the fuzzer). The type check
 * (program.ts) reports these in the place of tsc's error.
 */
export function typeNames(files: readonly ts.SourceFile[]): ts.Diagnostic[] {
  const found: ts.Diagnostic[] = [];
  const visit = (n: ts.Node): void => {
    if ((ts.isFunctionDeclaration(n) || ts.isClassDeclaration(n) || ts.isInterfaceDeclaration(n) || ts.isTypeAliasDeclaration(n) || ts.isEnumDeclaration(n) || ts.isVariableDeclaration(n)) && n.name && ts.isIdentifier(n.name) && TYPE_NAMES.has(n.name.text)) {
      const file = n.getSourceFile();
      found.push(diagnosticAt(file, n.name.getStart(file), n.name.text.length, Code.TypeName,
        `'${n.name.text}' is the name of an AssemblyScript type, which the code the compiler writes for this program uses: give this declaration another name.`));
    }
    ts.forEachChild(n, visit);
  };
  files.forEach(visit);
  return found;
}

/**
 * Generator functions, at their `*`. tsc's own answer under AssemblyScript's library is a
 * global "Cannot find global type 'IterableIterator'" with no position: the type check
 * (program.ts) reports these in its place.
 */
export function generators(files: readonly ts.SourceFile[]): ts.Diagnostic[] {
  const found: ts.Diagnostic[] = [];
  const visit = (n: ts.Node): void => {
    if ((ts.isFunctionDeclaration(n) || ts.isFunctionExpression(n) || ts.isMethodDeclaration(n)) && n.asteriskToken) {
      const file = n.getSourceFile();
      found.push(diagnosticAt(file, n.asteriskToken.getStart(file), 1, Code.Generator,
        "Generator functions are not supported: AssemblyScript has no generators. Start a goroutine that sends each value on a channel, and range over the channel."));
    }
    ts.forEachChild(n, visit);
  };
  files.forEach(visit);
  return found;
}

/**
 * `async` functions and `await`, at the keyword. AssemblyScript has no Promise, so tsc's
 * own answer is a global "Cannot find global type 'Promise'" with no position, or asc's
 * parse error at the function (found by the fuzzer): the type check (program.ts) reports
 * these in their place.
 */
export function asyncFunctions(files: readonly ts.SourceFile[]): ts.Diagnostic[] {
  const found: ts.Diagnostic[] = [];
  const visit = (n: ts.Node): void => {
    const file = n.getSourceFile();
    if (ts.isFunctionLike(n) && ts.canHaveModifiers(n)) {
      const keyword = ts.getModifiers(n)?.find((m) => m.kind === ts.SyntaxKind.AsyncKeyword);
      if (keyword) {
        found.push(diagnosticAt(file, keyword.getStart(file), keyword.getWidth(file), Code.Async,
          "async functions are not supported: AssemblyScript has no Promise. A blocking call parks only its goroutine: drop async and await, and receive the result from a channel."));
      }
    } else if (ts.isAwaitExpression(n)) {
      found.push(diagnosticAt(file, n.getStart(file), 5, Code.Async,
        "'await' is not supported: AssemblyScript has no Promise. A blocking call parks only its goroutine: call it without await, or receive the result from a channel."));
    }
    ts.forEachChild(n, visit);
  };
  files.forEach(visit);
  return found;
}

function checkReference(n: ts.Identifier, checker: ts.TypeChecker, dialect: Dialect, found: ts.Diagnostic[]): void {
  const name = dialect.nameOf(n);
  if (!name) return;
  const isMethod = name.includes(".");
  if (isMethod ? !symbolOf(checker, n)?.declarations?.some(ts.isMethodDeclaration) : !isDialectFunction(n, checker)) return;
  // `select` or `wx.select`; `ch.send`.
  const parent = n.parent;
  const reference = ts.isPropertyAccessExpression(parent) && parent.name === n ? parent : n;
  // `go.length` too: asc said "Cannot find name 'go'" at the statement (found by the fuzzer).
  const user = reference.parent;
  if (ts.isCallExpression(user) && user.expression === reference) return;
  if (ts.isImportSpecifier(user) || ts.isExportSpecifier(user) || ts.isImportClause(user) || ts.isNamespaceImport(user)) return;
  if (ts.isTypeQueryNode(user) || ts.isQualifiedName(user)) return;
  if ((ts.isFunctionDeclaration(user) || ts.isMethodDeclaration(user) || ts.isClassDeclaration(user)) && user.name === n) return;
  const file = n.getSourceFile();
  const shown = isMethod ? `${reference.getText(file)}` : n.text;
  const start = reference.getStart(file);
  found.push(diagnosticAt(file, start, reference.end - start, Code.DialectValue,
    `'${shown}' can only be called directly, as in '${shown}(…)': it cannot be stored, passed or chosen by an expression.${isMethod ? ` Wrap it in a closure, '() => ${shown}(…)', to pass it to go() or defer() (Go's 'defer ${shown.replace(/\.(\w)/, (_, c: string) => "." + c.toUpperCase())}()' is 'defer(() => ${shown}())').` : ""}`));
}

/**
 * `go(…)` and `defer(…)` are statements, as in Go: the lowering rewrites them where they stand
 * as statements, and anywhere else (`switch (go(f))`, `x || go(f)`) they reached asc as code
 * it crashed on.
 */
function checkStatementCall(n: ts.CallExpression, dialect: Dialect, found: ts.Diagnostic[]): void {
  const name = dialect.callName(n);
  if (name !== "go" && name !== "defer") return;
  const parent = n.parent;
  if (ts.isExpressionStatement(parent) || (ts.isArrowFunction(parent) && parent.body === n)) return;
  const file = n.getSourceFile();
  const start = n.getStart(file);
  found.push(diagnosticAt(file, start, n.end - start, Code.StatementCall,
    `${name}(…) is a statement, as in Go: it has no value, so it cannot stand inside an expression. Write it on a line of its own.`));
}

const SELECT_CASES = new Set(["recv", "send", "otherwise"]);

/**
 * `recv(…)`, `send(…)` and `otherwise()` are cases of a select: the lowering rewrites them as
 * select's arguments, and anywhere else they reached asc as names it has never heard of (found
 * by the fuzzer: `(recv(a, f), recv(b, g));`).
 */
function checkSelectCase(n: ts.CallExpression, dialect: Dialect, found: ts.Diagnostic[]): void {
  const name = dialect.callName(n);
  if (!name || !SELECT_CASES.has(name)) return;
  const parent = n.parent;
  if (ts.isCallExpression(parent) && parent.arguments.includes(n) && (dialect.callName(parent) === "select" || namesSelect(parent.expression, dialect))) return;
  const file = n.getSourceFile();
  const start = n.getStart(file);
  found.push(diagnosticAt(file, start, n.end - start, Code.SelectCaseOutside,
    `${name}(…) is a case of select(): it can only be an argument of a select(…) call.`));
}

/**
 * AssemblyScript's type conversions (`i32`, `bool`, `f64x2`) and its generic or compile-time
 * built-ins (`select`, `changetype`, `unreachable`) are not functions of the module: asc
 * expands each call where it stands, and a bare name is a type or nothing to it. tsc takes
 * `go(i32, ch, v)` or `-select` (the library's `select<T>`, when the dialect's is not
 * imported) as values, and asc's answer was a parse error about the generated code (found by
 * the fuzzer: AS1110 "Type expected", AS1140).
 */
function checkBuiltinValue(n: ts.Identifier, checker: ts.TypeChecker, found: ts.Diagnostic[]): void {
  if (!isValueUse(n)) return;
  const declarations = checker.getSymbolAtLocation(n)?.declarations ?? [];
  const builtin = declarations.find((d): d is ts.FunctionDeclaration => ts.isFunctionDeclaration(d) && d.getSourceFile().isDeclarationFile);
  if (!builtin || declarations.some((d) => !d.getSourceFile().isDeclarationFile)) return;
  const conversion = declarations.some((d) => ts.isModuleDeclaration(d)) || TYPE_NAMES.has(n.text);
  if (!conversion && !builtin.typeParameters && !COMPILE_TIME.has(n.text)) return;
  const file = n.getSourceFile();
  found.push(diagnosticAt(file, n.getStart(file), n.text.length, Code.BuiltinValue, conversion
    ? `'${n.text}' is AssemblyScript's type conversion, not a value: it can only be called, as in '${n.text}(x)'.`
    : `'${n.text}' is a built-in of AssemblyScript, which asc expands where it is called: it can only be called directly, as in '${n.text}(…)'. Wrap it in a closure to pass it on.`));
}

/** AssemblyScript's built-ins without type parameters that asc still expands at the call. */
const COMPILE_TIME = new Set(["unreachable", "isDefined", "isConstant", "ERROR", "WARNING", "INFO"]);

/** Whether the identifier is read as a value where it stands, rather than called, named or typed. */
function isValueUse(n: ts.Identifier): boolean {
  const p = n.parent;
  if (ts.isCallExpression(p) || ts.isNewExpression(p)) return p.expression !== n;
  if (ts.isPropertyAccessExpression(p) || ts.isQualifiedName(p) || ts.isTypeReferenceNode(p) || ts.isTypeQueryNode(p) || ts.isExpressionWithTypeArguments(p)) return false;
  if (ts.isShorthandPropertyAssignment(p) || ts.isSpreadElement(p) || ts.isTemplateSpan(p) || ts.isArrayLiteralExpression(p)) return true;
  if (ts.isPrefixUnaryExpression(p) || ts.isPostfixUnaryExpression(p) || ts.isBinaryExpression(p) || ts.isConditionalExpression(p) || ts.isParenthesizedExpression(p)) return true;
  if (ts.isElementAccessExpression(p) || ts.isNonNullExpression(p) || ts.isAsExpression(p) || ts.isTypeAssertionExpression(p) || ts.isTypeOfExpression(p) || ts.isVoidExpression(p)) return p.expression === n;
  if (ts.isVariableDeclaration(p) || ts.isPropertyAssignment(p) || ts.isPropertyDeclaration(p) || ts.isParameter(p)) return p.initializer === n;
  if (ts.isReturnStatement(p) || ts.isExpressionStatement(p) || ts.isThrowStatement(p) || ts.isIfStatement(p) || ts.isWhileStatement(p) || ts.isDoStatement(p) || ts.isSwitchStatement(p) || ts.isCaseClause(p)) return p.expression === n;
  if (ts.isArrowFunction(p)) return p.body === n;
  return false;
}

/**
 * `items.toString()` and `items.join(…)` on an array of the program's own objects: TypeScript
 * has Object's toString for every element, AssemblyScript's Array calls the element class's own
 * and, for a class without one, failed inside its library with no position of the program
 * (found by the fuzzer: AS2339 in ~lib/util/string.ts).
 */
function checkElementsToString(n: ts.PropertyAccessExpression, checker: ts.TypeChecker, found: ts.Diagnostic[]): void {
  const method = n.name.text;
  if ((method !== "toString" && method !== "join") || !ts.isCallExpression(n.parent) || n.parent.expression !== n) return;
  const array = checker.getTypeAtLocation(n.expression);
  if (!checker.isArrayType(array)) return;
  const element = checker.getNonNullableType(checker.getTypeArguments(array as ts.TypeReference)[0]);
  const declaration = element.getSymbol()?.declarations?.find(ts.isClassDeclaration);
  if (!declaration || declaration.getSourceFile().isDeclarationFile || element.getProperty("toString")?.declarations?.some((d) => !d.getSourceFile().isDeclarationFile)) return;
  const file = n.getSourceFile();
  const start = n.name.getStart(file);
  const name = checker.typeToString(element);
  found.push(diagnosticAt(file, start, method.length, Code.ElementsToString,
    `AssemblyScript's Array.${method}() calls toString() on each element, and class '${name}' has none: give it a 'toString(): string' method, or map the elements to strings first.`));
}

/** Whether `e` names select (`(c ? select : select)`, `[select][0]`): TS99140 is reported there, and its cases are not reported again. */
function namesSelect(e: ts.Node, dialect: Dialect): boolean {
  if (ts.isIdentifier(e) && dialect.nameOf(e) === "select") return true;
  return ts.forEachChild(e, (c) => namesSelect(c, dialect) || undefined) ?? false;
}

/**
 * A labeled statement is rewritten (as a frame's states) in a top-level function, a method of a
 * named class that is neither static nor generic on its own, or a go() closure; in a select
 * case or a deferred closure, as part of the function around it. Anywhere else — a
 * constructor, an accessor, top-level code, another closure — it reached asc as written
 * (found by the fuzzer: asc's parse errors, some past the end of the file), or was refused as
 * if it blocked.
 */
function checkLabel(n: ts.LabeledStatement, dialect: Dialect, found: ts.Diagnostic[]): void {
  let owner: ts.Node = n.parent;
  while (!ts.isSourceFile(owner) && !ts.isClassStaticBlockDeclaration(owner) && !(ts.isFunctionLike(owner) && !isInlineClosure(owner, dialect))) owner = owner.parent;
  if (ts.isFunctionDeclaration(owner) && owner.name && ts.isSourceFile(owner.parent)) return;
  if (ts.isMethodDeclaration(owner) && ts.isClassDeclaration(owner.parent) && owner.parent.name && !owner.typeParameters && ts.isIdentifier(owner.name) && !owner.modifiers?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword)) return;
  if (isGoClosure(owner, dialect)) return;
  const file = n.getSourceFile();
  found.push(diagnosticAt(file, n.label.getStart(file), n.label.text.length, Code.LabelOutsideFrame,
    `AssemblyScript has no labels, and the compiler rewrites '${n.label.text}:' only in a top-level function, a method of a named class (not static, without type parameters of its own) or a go() closure: move this statement into such a function and call it.`));
}

function checkVoidElements(n: ts.ArrayLiteralExpression, checker: ts.TypeChecker, found: ts.Diagnostic[]): void {
  const file = n.getSourceFile();
  for (const element of n.elements) {
    if (!(checker.getTypeAtLocation(element).flags & ts.TypeFlags.Void)) continue;
    const start = element.getStart(file);
    found.push(diagnosticAt(file, start, element.end - start, Code.VoidValue,
      `'${element.getText(file)}' has no value (its type is void), so it cannot be an element of an array.`));
  }
}

function isDialectFunction(n: ts.Identifier, checker: ts.TypeChecker): boolean {
  return symbolOf(checker, n)?.declarations?.some(ts.isFunctionDeclaration) ?? false;
}

/** go(x, …)'s first argument: go() starts a method on its object, and an instantiated generic function (lowering/context.ts). */
function isGoTarget(n: ts.Node, dialect: Dialect): boolean {
  return ts.isCallExpression(n.parent) && n.parent.arguments[0] === n && dialect.callName(n.parent) === "go";
}

/** `w.run` where `run` is a method of the program's own and the expression is not called. */
function checkMethodValue(n: ts.PropertyAccessExpression, checker: ts.TypeChecker, dialect: Dialect, found: ts.Diagnostic[]): void {
  const parent = n.parent;
  if ((ts.isCallExpression(parent) && parent.expression === n) || isGoTarget(n, dialect)) return;
  if (ts.isTypeQueryNode(parent) || ts.isDeleteExpression(parent)) return;
  const decl = checker.getSymbolAtLocation(n.name)?.valueDeclaration;
  if (!decl || !(ts.isMethodDeclaration(decl) || ts.isMethodSignature(decl)) || decl.getSourceFile().isDeclarationFile) return;
  if (ts.isMethodDeclaration(decl) && decl.modifiers?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword)) return; // a static method is a plain function
  const file = n.getSourceFile();
  const params = decl.parameters.map((p) => p.getText().replace(/\s*=[^]*$/, "")).join(", ");
  const names = decl.parameters.map((p) => p.name.getText()).join(", ");
  const start = n.getStart(file);
  found.push(diagnosticAt(file, start, n.end - start, Code.MethodValue,
    `'${n.getText(file)}' is a method taken as a value, which AssemblyScript cannot bind to its object: wrap it in a closure, '(${params}) => ${n.getText(file)}(${names})' (go() takes it as it is: 'go(${n.getText(file)}, …)').`));
}

/** `id<i32>` as a value (TypeScript's instantiation expression), anywhere but as go()'s first argument. */
function checkInstantiation(n: ts.ExpressionWithTypeArguments, dialect: Dialect, found: ts.Diagnostic[]): void {
  if (ts.isHeritageClause(n.parent) || isGoTarget(n, dialect)) return;
  const file = n.getSourceFile();
  const name = n.expression.getText(file);
  const args = (n.typeArguments ?? []).map((t) => t.getText(file)).join(", ");
  const start = n.getStart(file);
  found.push(diagnosticAt(file, start, n.end - start, Code.InstantiatedValue,
    `'${n.getText(file)}' is a generic function given type arguments as a value, which AssemblyScript cannot compile: wrap it in a closure, e.g. '(x: ${args.split(",")[0] || "i32"}) => ${name}<${args}>(x)'.`));
}
