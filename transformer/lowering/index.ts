// The lowering stage: dialect TypeScript in, AssemblyScript text out.
//
// Each file keeps its own text where nothing blocks: code without concurrency reaches asc as
// the user wrote it, at the same line and column. What changes:
//   - the dialect import points at the runtime (runtime/index.ts);
//   - a function that can block becomes a frame class (frame.ts) in its place;
//   - go(...) becomes a spawn of a frame, and the classes it needs are added at the end;
//   - `@wasmimport` declarations get asc's `@external`, exported functions are exported.
import * as ts from "typescript";
import { importAdapters } from "../abi/imports";
import { Code } from "../diagnostics";
import { analyseBlocking, calledUnit } from "../analysis/blocking";
import { DECLARED_CLASSES, Dialect, DURATIONS, PARKING, TIME_NAMES } from "../analysis/dialect";
import { symbolOf } from "../analysis/syntax";
import { WrittenTypes } from "../analysis/types";
import type { LoweredExport, LoweredModule, LoweringInput, LoweringResult } from "../pipeline";
import { frameClassName, GeneratedClass, methodFrameClassName, startFrame, typeParameterList } from "./classes";
import { LoweringContext } from "./context";
import { Anchor, SourceEdits } from "./edits";
import { FrameLowering } from "./frame";
import { NullishRewriter } from "./nullish";
import { ClosureLowering, inFrame } from "./closures";

export const DIALECT_MODULE = "ts-wasmexport";

/** Dialect names that exist in the runtime under the same name (the rest are lowered away). */
const RUNTIME_NAMES = new Set(["Chan", "WaitGroup", "Mutex", "RWMutex", "Once", "Cond", "panic", "recover", ...[...TIME_NAMES].filter((n) => n !== "sleep"), ...DURATIONS]);

/** What generated code uses from the runtime, under names no user code can clash with. */
const HELPERS = ["Frame", "stateOf", "setState", "received", "leave", "copyField", "clearField", "spawn", "newFrame", "recycle", "makeChan", "sendDone", "chanSend", "chanRecv", "Select", "gosched", "sleep", "block", "ChanBase", "Box", "closureEnv", "makeClosure", "startPanic", "unwind", "recoverIn", ...DECLARED_CLASSES];

export function lower(input: LoweringInput): LoweringResult {
  const checker = input.program.getTypeChecker();
  const dialect = new Dialect(checker);
  const types = new WrittenTypes(checker, dialect);
  const blocking = analyseBlocking(input.files, checker, dialect);
  const ctx = new LoweringContext(checker, dialect, types, blocking, (c, unit, options) => new FrameLowering(c, unit, options).lower());

  for (const node of blocking.topLevelParks) {
    if (ts.findAncestor(node, ts.isComputedPropertyName)) {
      ctx.error(node, Code.UnsupportedBlockingPosition, "A computed member name cannot block: it is evaluated where the class is defined, as top-level code. Use a constant name.");
      continue;
    }
    if (inClassInitialiser(node)) {
      ctx.error(node, Code.BlockingInitialiser, "A constructor, getter, setter or field initialiser cannot block: AssemblyScript runs it as a plain call. Move the blocking part into a method and call that.");
      continue;
    }
    ctx.error(node, Code.BlockingAtTopLevel, "Top-level code cannot block: it runs inside _initialize. Start a goroutine instead: go(() => { … }).");
  }
  for (const unit of blocking.units) {
    if (!blocking.blocking.has(unit)) continue;
    if (ts.isMethodDeclaration(unit)) {
      const cls = unit.parent;
      const isStatic = unit.modifiers?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword);
      if (!ts.isClassDeclaration(cls) || !cls.name || unit.typeParameters || isStatic || !ts.isIdentifier(unit.name)) {
        ctx.error(unit.name, Code.UnsupportedBlockingDeclaration, "A method that blocks must be a non-static method of a named class, without type parameters of its own (its class may have them): make it a generic function that takes the object as its first parameter.");
      }
    } else if ((ts.isArrowFunction(unit) || ts.isFunctionExpression(unit)) && !blocking.goClosures.has(unit)) {
      // Lowered to a frame for a defer() alone (nothing in it parks): say so.
      const message = (blocking.parks.get(unit)?.length ?? 0) > 0
        ? "This closure blocks, so it can only be run by go(), a select case or defer(); AssemblyScript calls other closures as plain functions, which cannot park."
        : "This closure calls defer(), whose calls run at each return of the closure: that needs the closure lowered as a goroutine's body, which only a closure that go() runs is. Call defer() in the function around it, or start the closure with go().";
      ctx.error(unit, Code.BlockingClosure, message);
    } else if (ts.isFunctionDeclaration(unit) && !isTopLevel(unit)) {
      ctx.error(unit.name ?? unit, Code.NestedBlockingFunction, "A nested function that blocks is not supported: declare it at the top level of the file.");
    }
  }
  let usesTime = false;
  // The checks that look at every node, in one walk (children first: errors print in source order).
  const check = (n: ts.Node): void => {
    ts.forEachChild(n, check);
    checkGenericClosure(n, ctx);
    checkBlockingValue(n, ctx);
    checkMissingOperator(n, ctx);
    checkBlockingDefault(n, ctx);
    if (!usesTime && ts.isIdentifier(n) && TIME_NAMES.has(n.text) && dialect.nameOf(n) !== undefined) usesTime = true;
  };
  input.files.forEach(check);
  ctx.findSharedCaptures();
  const closures = new ClosureLowering(ctx);
  closures.prepare(blocking.units);
  ctx.closures = closures;

  const modules: LoweredModule[] = [];
  for (const file of input.files) modules.push(lowerFile(file, input, ctx, closures));

  const exports: LoweredExport[] = input.directives.exports.map((directive) => {
    const isBlocking = blocking.blocking.has(directive.declaration);
    const name = directive.declaration.name!.text;
    return {
      directive,
      blocking: isBlocking,
      symbol: isBlocking ? frameClassName(name) : name,
      asPath: input.asPathOf(directive.declaration.getSourceFile()),
    };
  });
  const usesSelect = [...blocking.parks.values()].some((nodes) => nodes.some((n) => ts.isCallExpression(n) && dialect.callName(n) === "select"));
  return { modules, exports, diagnostics: ctx.diagnostics, usesSelect, usesTime };
}

function lowerFile(file: ts.SourceFile, input: LoweringInput, ctx: LoweringContext, closures: ClosureLowering): LoweredModule {
  const asPath = input.asPathOf(file);
  const edits = new SourceEdits(file.text);
  const { blocking, dialect } = ctx;
  // A file may import from the dialect in several statements: they become one import of the runtime.
  const dialectImports: ts.ImportDeclaration[] = [];

  for (const statement of file.statements) {
    if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)) {
      if (statement.moduleSpecifier.text === DIALECT_MODULE) dialectImports.push(statement);
      else rewriteBlockingImports(statement, ctx, edits);
    }
  }

  // A shared (boxed) variable is read through its Box.
  const boxedRead = (node: ts.Node): string | undefined => {
    if (!ts.isIdentifier(node) || (ts.isPropertyAccessExpression(node.parent) && node.parent.name === node)) return undefined;
    const symbol = ctx.checker.getSymbolAtLocation(node);
    return symbol && ctx.boxed.has(symbol) ? `${node.text}.value` : undefined;
  };
  const nullish = new NullishRewriter(ctx, file, edits, "__wx_q", (node) => closures.readText(node) ?? boxedRead(node));
  ctx.nullish = nullish;
  // Blocking functions become frame classes; go() elsewhere becomes a spawn.
  const frames = new Set<ts.Node>();
  for (const statement of file.statements) {
    if (ts.isFunctionDeclaration(statement) && statement.body && blocking.blocking.has(statement)) {
      frames.add(statement);
      const exported = statement.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword) ?? false;
      const isWasmExport = input.directives.exports.some((e) => e.declaration === statement);
      const generated = new FrameLowering(ctx, statement, { className: frameClassName(statement.name!.text) + typeParameterList(statement), exported: exported || isWasmExport }).lower();
      replaceWithGenerated(edits, statement.getStart(file), statement.end, generated);
    }
  }
  let forOfCount = 0;
  // Blocking methods become frame classes after their class; the method itself goes away.
  for (const statement of file.statements) {
    if (!ts.isClassDeclaration(statement) || !statement.name) continue;
    const exported = statement.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword) ?? false;
    for (const member of statement.members) {
      if (ts.isMethodDeclaration(member) && !member.body && blocking.virtual.has(member)) {
        // An abstract method of a family that blocks: its subclasses' starters override this one.
        edits.replace(member.getStart(file), member.end, `abstract ${virtualStarter(member, file)};`);
        continue;
      }
      if (!ts.isMethodDeclaration(member) || !member.body || !blocking.blocking.has(member)) continue;
      frames.add(member);
      const virtual = blocking.virtual.has(member);
      // A method called by dispatch keeps a method that starts its frame: the object's own class's.
      const starter = virtual ? `${virtualStarter(member, file)} { return ${startFrame(methodFrameClassName(member), typeParameterList(statement), ["this", ...member.parameters.map((p) => p.name.getText(file))])}; }` : "";
      edits.replace(member.getStart(file), member.end, starter);
      const generated = new FrameLowering(ctx, member, { className: methodFrameClassName(member) + typeParameterList(statement), exported, resultFirst: virtual }).lower();
      replaceWithGenerated(edits, statement.end, statement.end, generated, "\n\n");
    }
  }
  // An interface method of a family that blocks becomes the starter its classes implement.
  for (const statement of file.statements) {
    if (!ts.isInterfaceDeclaration(statement)) continue;
    for (const member of statement.members) {
      if (ts.isMethodSignature(member) && blocking.virtual.has(member)) edits.replace(member.getStart(file), member.end, `${virtualStarter(member, file)};`);
    }
  }
  // go(f, a, b) becomes the spawn around its arguments, which stay in place and are visited as
  // any code is (a captured variable, a shared one, a closure among them is rewritten as
  // elsewhere); the values of a go() closure's captures are read as the code around it reads
  // them, through the environment of a closure it is in. Its own body became a class.
  const rewriteGoCall = (call: ts.CallExpression): void => {
    const args = call.arguments.slice(1);
    const marks = args.map((_, i) => `\u0000${i}\u0000`);
    const spawn = ctx.rewriteGo(call, (e) => marks[args.indexOf(e)], { valueOf: (s) => closures.storageOf(call, s), thisValue: () => closures.thisAt(call) });
    if (spawn === undefined) return;
    const order = [...spawn.matchAll(/\u0000(\d+)\u0000/g)].map((m) => Number(m[1]));
    if (args.length === 0 || order.join() !== args.map((_, i) => i).join()) {
      // No argument, or not each once in order (an error's "0"): the call's text, replaced whole.
      edits.replace(call.getStart(file), call.end, spawn.replace(/\u0000(\d+)\u0000/g, (_, i: string) => args[Number(i)].getText(file)));
      return;
    }
    const pieces = spawn.split(/\u0000\d+\u0000/);
    edits.replace(call.getStart(file), args[0].getStart(file), pieces[0]);
    for (let i = 1; i < args.length; i++) edits.replace(args[i - 1].end, args[i].getStart(file), pieces[i]);
    edits.replace(args[args.length - 1].end, call.end, pieces[args.length]);
    for (const a of args) visit(a);
  };
  const visit = (node: ts.Node): void => {
    if (frames.has(node) || nullish.copied.has(node)) return;
    if (ts.isCallExpression(node) && dialect.callName(node) === "go") {
      rewriteGoCall(node);
      return;
    }
    // (In a closure, the closure's own error says it: TS99102.)
    if (ts.isCallExpression(node) && dialect.callName(node) === "defer" && !insideFunction(node)) {
      ctx.error(node, Code.BadDefer, "defer() belongs in a function: top-level code has no return to run it at.");
    }
    if (ts.isForOfStatement(node)) rewriteArrayForOf(node, file, edits, forOfCount++);
    if (ts.isForStatement(node)) {
      // Each iteration's own counter: the next one starts as a copy (boxedCounters).
      const copies = ctx.boxedCounters(node).map(({ name, type }) => `${name.text} = new __wx_Box<${type}>(${name.text}.value)`);
      if (copies.length && node.incrementor) edits.insert(node.incrementor.getStart(file), copies.map((c) => `${c}, `).join(""));
      // No incrementor: the copies stand in its place, before the header's ')'.
      else if (copies.length) edits.insert(file.text.lastIndexOf(")", node.statement.getStart(file)), copies.join(", "));
    }
    nullish.visit(node);
    if (closures.visit(node, file, edits)) return;
    if (dialect.isNewChan(node)) edits.replace(node.getStart(file), node.expression.end, "__wx_makeChan");
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name)) {
      const symbol = ctx.checker.getSymbolAtLocation(node.name);
      if (symbol && ctx.boxed.has(symbol)) {
        const type = ctx.types.ofDeclaration(node) ?? "i32";
        if (!node.initializer) {
          edits.replace(node.getStart(file), node.end, `${node.name.text} = new __wx_Box<${type}>(0)`);
          return;
        }
        // The initializer stays in place, rewritten as any code (a closure's captured variable).
        edits.replace(node.getStart(file), node.initializer.getStart(file), `${node.name.text} = new __wx_Box<${type}>(`);
        edits.replace(node.initializer.end, node.end, ")");
        visit(node.initializer);
        return;
      }
    }
    const boxed = boxedRead(node);
    if (boxed !== undefined) edits.replace(node.getStart(file), node.end, boxed);
    ts.forEachChild(node, visit);
  };
  ts.forEachChild(file, visit);

  // Imports carrying interface types become adapters (abi/imports.ts); record classes are
  // exported, for the entry file and other files' adapters to name.
  const adapters = importAdapters(file, input);
  for (const imp of input.directives.imports) {
    if (imp.declaration.getSourceFile() !== file) continue;
    const adapter = adapters?.replacements.find((r) => r.start === imp.declaration.getStart(file));
    if (adapter) edits.replace(adapter.start, adapter.end, adapter.text);
    else edits.insert(imp.declaration.getStart(file), `@external(${JSON.stringify(imp.module)}, ${JSON.stringify(imp.name)}) `);
  }
  if (adapters) {
    edits.insert(0, adapters.prelude + "\n");
    edits.insert(file.text.length, "\n\n" + adapters.helpers + "\n");
  }
  for (const record of input.directives.records) {
    const decl = record.declaration;
    if (decl.getSourceFile() !== file || decl.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) continue;
    edits.insert(decl.getStart(file), "export ");
  }
  for (const exp of input.directives.exports) {
    const decl = exp.declaration;
    if (decl.getSourceFile() !== file || frames.has(decl)) continue;
    const exported = decl.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
    if (!exported) edits.insert(decl.getStart(file), "export ");
  }

  const extra = ctx.extraClasses.get(file) ?? [];
  const environments = closures.declarations(file);
  const needsHelpers = frames.size > 0 || extra.length > 0 || dialectImports.length > 0 || environments !== "";
  if (needsHelpers) {
    const runtimeImport = runtimeImportText(dialectImports, input.runtimeSpecifier(asPath));
    const [first, ...others] = dialectImports;
    if (first) edits.replace(first.getStart(file), first.end, runtimeImport);
    else edits.insert(0, runtimeImport + "\n");
    for (const other of others) edits.replace(other.getStart(file), other.end, "");
  }
  for (const c of extra) replaceWithGenerated(edits, file.text.length, file.text.length, c, "\n\n");
  const temporaries = nullish.declarations() + environments;
  if (temporaries) edits.insert(file.text.length, "\n" + temporaries);

  const { text, origin, originTable } = edits.apply();
  return { source: file, asPath, text, origin, originTable };
}

/** The import of the runtime that replaces the dialect's: the user's names, then the helpers. */
function runtimeImportText(dialectImports: ts.ImportDeclaration[], specifier: string): string {
  const names: string[] = [];
  for (const dialectImport of dialectImports) {
    const bindings = dialectImport.importClause?.namedBindings;
    if (!bindings || !ts.isNamedImports(bindings)) continue;
    for (const el of bindings.elements) {
      const imported = (el.propertyName ?? el.name).text;
      const name = el.propertyName ? `${imported} as ${el.name.text}` : imported;
      if (RUNTIME_NAMES.has(imported) && !names.includes(name)) names.push(name);
    }
  }
  for (const h of HELPERS) names.push(`${h} as __wx_${h}`);
  const namespaces = dialectImports
    .map((d) => d.importClause?.namedBindings)
    .filter((b): b is ts.NamespaceImport => !!b && ts.isNamespaceImport(b))
    .map((b) => ` import * as ${b.name.text} from ${JSON.stringify(specifier)};`);
  return `import { ${names.join(", ")} } from ${JSON.stringify(specifier)};` + namespaces.join("");
}

/** `import { f } from "./other"` where f blocks: bring in its frame class too. */
function rewriteBlockingImports(statement: ts.ImportDeclaration, ctx: LoweringContext, edits: SourceEdits): void {
  const bindings = statement.importClause?.namedBindings;
  if (!bindings || !ts.isNamedImports(bindings)) return;
  for (const el of bindings.elements) {
    const decl = symbolOf(ctx.checker, el.name)?.valueDeclaration;
    if (ctx.isBlockingFunctionName(el.name)) {
      const imported = (el.propertyName ?? el.name).text;
      edits.replace(el.getStart(), el.end, `${frameClassName(imported)} as ${frameClassName(el.name.text)}`);
    }
    if (decl && ts.isClassDeclaration(decl)) {
      const frames = decl.members.filter((m): m is ts.MethodDeclaration => ts.isMethodDeclaration(m) && ctx.blocking.blocking.has(m));
      if (frames.length > 0) edits.insert(el.end, frames.map((m) => `, ${methodFrameClassName(m)}`).join(""));
    }
  }
}

function replaceWithGenerated(edits: SourceEdits, start: number, end: number, c: GeneratedClass, prefix = ""): void {
  // Each generated line maps back to the statement it came from (lines of no statement, to the declaration).
  const anchors: Anchor[] = [];
  let at = prefix.length;
  for (const l of c.lines) {
    anchors.push({ at, pos: l.pos >= 0 ? l.pos : start });
    at += l.text.length + 1;
  }
  edits.replace(start, end, prefix + c.text, anchors);
}

/**
 * `for (const x of xs) body` in code that never blocks: AssemblyScript has no for…of, so the
 * header becomes an index loop and the body starts by binding `x`. Only the header and the
 * body's edges change: everything inside the body keeps its position.
 */
function rewriteArrayForOf(node: ts.ForOfStatement, file: ts.SourceFile, edits: SourceEdits, n: number): void {
  const decl = ts.isVariableDeclarationList(node.initializer) ? node.initializer.declarations[0] : undefined;
  if (!decl || !ts.isIdentifier(decl.name)) return; // AssemblyScript reports the rest at the user's line
  const keyword = node.initializer.flags & ts.NodeFlags.Const ? "const" : "let";
  const array = `$of${n}`;
  const index = `$i${n}`;
  // The array's expression stays in place, for the file's visitor to rewrite as any code (a
  // variable a closure captures, a shared one).
  edits.replace(node.getStart(file), node.expression.getStart(file), `for (let ${index}: i32 = 0, ${array} = (`);
  edits.replace(node.expression.end, node.statement.getStart(file), `); ${index} < ${array}.length; ${index}++) `);
  const bind = `${keyword} ${decl.name.text}${decl.type ? `: ${decl.type.getText(file)}` : ""} = ${array}[${index}];`;
  if (ts.isBlock(node.statement)) {
    edits.insert(node.statement.getStart(file) + 1, ` ${bind}`);
  } else {
    edits.insert(node.statement.getStart(file), `{ ${bind} `);
    edits.insert(node.statement.end, " }");
  }
}

function insideFunction(node: ts.Node): boolean {
  for (let n = node.parent; n; n = n.parent) if (ts.isFunctionLike(n)) return true;
  return false;
}

function isTopLevel(fn: ts.FunctionDeclaration): boolean {
  return ts.isSourceFile(fn.parent);
}

/** A blocking function used as a value (not called, not go()'s first argument) cannot work. */
function checkBlockingValue(n: ts.Node, ctx: LoweringContext): void {
  if (!ts.isIdentifier(n)) return;
  const parent = n.parent;
  const isCallee = ts.isCallExpression(parent) && parent.expression === n;
  // go(f, …), or go(f<T>, …) (which is an error of its own: rewriteGo)
  const target = ts.isExpressionWithTypeArguments(parent) && parent.expression === n ? parent : n;
  const isGoTarget = ts.isCallExpression(target.parent) && target.parent.arguments[0] === target && ctx.dialect.callName(target.parent) === "go";
  const isDeclarationName = (ts.isFunctionDeclaration(parent) && parent.name === n) || ts.isImportSpecifier(parent) || ts.isExportSpecifier(parent);
  if (!isCallee && !isGoTarget && !isDeclarationName && ctx.isBlockingFunctionName(n)) {
    ctx.error(n, Code.BlockingFunctionValue, `'${n.text}' blocks, so it cannot be used as a value: a blocking function runs in a goroutine's frame, which a function reference cannot carry. Call it directly, or start it with go(${n.text}, …).`);
  }
}

/** `<T>(a: T): T => a`: AssemblyScript compiles no generic arrow function or function expression. */
function checkGenericClosure(n: ts.Node, ctx: LoweringContext): void {
  if ((ts.isArrowFunction(n) || ts.isFunctionExpression(n)) && n.typeParameters) {
    ctx.error(n.typeParameters[0], Code.GenericClosure, "A generic arrow function or function expression is not supported: AssemblyScript has none. Declare a generic function with 'function' at the top level.");
  }
}

/**
 * Operators TypeScript has and AssemblyScript does not parse, in code lowered to frames:
 * asc would report only "Expression expected" (and at the start of the statement). Elsewhere
 * they are rewritten (nullish.ts).
 */
function checkMissingOperator(n: ts.Node, ctx: LoweringContext): void {
  if (!inFrame(n, ctx)) return;
  // Without a park inside, a frame's printer rewrites them (frame.ts, as nullish.ts does elsewhere).
  let whole = n;
  while ((ts.isPropertyAccessExpression(whole.parent) || ts.isElementAccessExpression(whole.parent) || ts.isCallExpression(whole.parent)) && whole.parent.expression === whole) whole = whole.parent;
  if (!containsPark(whole, ctx)) return;
  if ((ts.isPropertyAccessExpression(n) || ts.isElementAccessExpression(n) || ts.isCallExpression(n)) && n.questionDotToken) {
    ctx.error(n.questionDotToken, Code.OptionalChaining, "Optional chaining ('?.') around a blocking operation is not supported. Test for null first: 'if (x != null) x.f(…)'.");
  }
  if (ts.isBinaryExpression(n) && (n.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken || n.operatorToken.kind === ts.SyntaxKind.QuestionQuestionEqualsToken)) {
    const op = n.operatorToken.getText();
    ctx.error(n.operatorToken, Code.NullishCoalescing, `'${op}' around a blocking operation is not supported. Write 'a != null ? a : b'${op === "??=" ? " in an assignment" : ""}, or take the blocking operation's value into a local first.`);
  }
}

/** Whether a blocking operation or call stands inside `n`. */
function containsPark(n: ts.Node, ctx: LoweringContext): boolean {
  const file = n.getSourceFile();
  for (const list of ctx.blocking.parks.values()) if (list.some((p) => p.pos >= n.pos && p.end <= n.end && p.getSourceFile() === file)) return true;
  return false;
}

/** The signature of the method that starts a blocking method's frame, for dispatch: `m$frame(params): __wx_Frame`. */
function virtualStarter(member: ts.MethodDeclaration | ts.MethodSignature, file: ts.SourceFile): string {
  return `${member.name.getText(file)}$frame(${member.parameters.map((p) => p.getText(file)).join(", ")}): __wx_Frame`;
}

/**
 * A parameter's default value that blocks. A blocking function's defaults are computed in its
 * frame class's new$, before its frame runs; any other function's, in a plain call: neither can
 * park.
 */
function checkBlockingDefault(n: ts.Node, ctx: LoweringContext): void {
  const blocks = (e: ts.Node): boolean => {
    if (ts.isArrowFunction(e) || ts.isFunctionExpression(e)) return false;
    if (ts.isCallExpression(e)) {
      const name = ctx.dialect.callName(e);
      const unit = name ? undefined : calledUnit(e, ctx.checker);
      if (name ? PARKING.has(name) : unit !== undefined && ctx.blocking.blocking.has(unit)) return true;
    }
    return ts.forEachChild(e, blocks) ?? false;
  };
  if (ts.isParameter(n) && n.initializer && blocks(n.initializer)) {
    ctx.error(n.initializer, Code.UnsupportedBlockingPosition, "A default parameter value that blocks is not supported: it is computed before the function runs, as a plain call. Pass the value, or compute it in the body.");
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

