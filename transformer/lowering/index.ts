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
import type { Analysis } from "../analysis";
import { DECLARED_CLASSES, DURATIONS, TIME_NAMES } from "../analysis/dialect";
import { symbolOf } from "../analysis/syntax";
import type { LoweredExport, LoweredModule, LoweringInput, LoweringResult } from "../pipeline";
import { frameClassName, GeneratedClass, methodFrameClassName, startFrame, typeParameterList, type GoPart } from "./classes";
import { LoweringContext } from "./context";
import type { Anchor } from "../positions";
import { SourceEdits } from "./edits";
import { FrameLowering } from "./frame";
import { NullishRewriter } from "./nullish";
import { ClosureLowering } from "./closures";

export const DIALECT_MODULE = "ts-wasmexport";

/** Dialect names that exist in the runtime under the same name (the rest are lowered away). */
const RUNTIME_NAMES = new Set(["Chan", "WaitGroup", "Mutex", "RWMutex", "Once", "Cond", "panic", "recover", ...[...TIME_NAMES].filter((n) => n !== "sleep"), ...DURATIONS]);

/** What generated code uses from the runtime, under names no user code can clash with. */
const HELPERS = ["Frame", "stateOf", "setState", "received", "leave", "copyField", "clearField", "spawn", "newFrame", "recycle", "makeChan", "sendDone", "chanSend", "chanRecv", "Select", "gosched", "sleep", "block", "ChanBase", "Box", "closureEnv", "makeClosure", "startPanic", "unwind", "recoverIn", "beginValueCall", "valueFrame", "startValue", "zero", "ValueFrame", "closeChan", ...DECLARED_CLASSES];

/** Lowers the program's files, given the analysis of them (analysis/index.ts), whose diagnostics the result carries on. */
export function lower(input: LoweringInput, analysis: Analysis): LoweringResult {
  const { checker, dialect, types, blocking } = analysis;
  const ctx = new LoweringContext(checker, dialect, types, blocking, (c, unit, options) => new FrameLowering(c, unit, options).lower(), analysis.diagnostics);

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
  return { modules, exports, diagnostics: ctx.diagnostics, usesSelect, usesTime: analysis.usesTime };
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
      const isValue = blocking.valueFunctions.has(statement);
      const generated = new FrameLowering(ctx, statement, { className: { name: frameClassName(statement.name!.text), typeParameters: typeParameterList(statement) }, exported: exported || isWasmExport, resultFirst: isValue }).lower();
      replaceWithGenerated(edits, statement.getStart(file), statement.end, generated);
      if (isValue && !statement.typeParameters?.length) edits.insert(statement.end, "\n" + valueStarter(statement, file, exported));
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
      // A method's frame class takes the class's type parameters, then the method's own.
      const generated = new FrameLowering(ctx, member, { className: { name: methodFrameClassName(member), typeParameters: typeParameterList(statement, member) }, exported, resultFirst: virtual }).lower();
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
  // elsewhere), as do a function value and a method's object; the text between them is
  // replaced. The values of a go() closure's captures are read as the code around it reads
  // them, through the environment of a closure it is in. Its own body became a class.
  const rewriteGoCall = (call: ts.CallExpression): void => {
    const go = ctx.rewriteGo(call, { valueOf: (s) => closures.storageOf(call, s), thisValue: () => closures.thisAt(call) });
    if (go === undefined) return;
    if ("failed" in go) {
      edits.replace(call.getStart(file), call.end, "0");
      return;
    }
    const parts: GoPart[] = ["__wx_spawn(", ...go.start, "("];
    [...go.values, ...call.arguments.slice(1)].forEach((p, i) => parts.push(...(i ? [", "] : []), p));
    parts.push("))");
    let text = "";
    let from = call.getStart(file);
    for (const p of parts) {
      if (typeof p === "string") {
        text += p;
        continue;
      }
      edits.replace(from, p.getStart(file), text);
      visit(p);
      text = "";
      from = p.end;
    }
    edits.replace(from, call.end, text);
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
    if (ts.isCallExpression(node) && dialect.callName(node) === "Chan.close" && ts.isPropertyAccessExpression(node.expression)) {
      // ch!.close() on a channel that may be null: Go's close of a nil channel.
      const nil = ctx.nilableChannel(node.expression.expression);
      const elem = nil && ctx.types.elementOf(nil);
      if (nil && elem) {
        edits.replace(node.getStart(file), nil.getStart(file), `__wx_closeChan<${elem}>(`);
        edits.replace(nil.end, node.end, ")");
      }
    }
    if (ts.isPropertyDeclaration(node) && !node.type && node.initializer && ts.isClassLike(node.parent)) {
      // `m = new Map<string, i32>()`: AssemblyScript wants a field's type written (AS1110).
      const type = ctx.types.of(node.initializer);
      if (type) edits.insert((node.exclamationToken ?? node.questionToken ?? node.name).end, `: ${type}`);
    }
    if (ts.isParameter(node) && ts.isIdentifier(node.name)) {
      const symbol = ctx.checker.getSymbolAtLocation(node.name);
      if (symbol && ctx.boxed.has(symbol)) {
        boxParameter(node, node.name, file, edits, ctx);
        if (node.initializer) visit(node.initializer);
        return;
      }
    }
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
    const value = ts.isIdentifier(node) ? ctx.valueReference(node) : undefined;
    if (value !== undefined) edits.replace(node.getStart(file), node.end, value);
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

/**
 * What a blocking function is as a value: `greet$value`, of its signature, which starts its
 * frame and hands it to the frame that called it (runtime/values.ts).
 */
function valueStarter(fn: ts.FunctionDeclaration, file: ts.SourceFile, exported: boolean): string {
  const name = fn.name!.text;
  // A default value stays with the frame's new$ (it may read earlier parameters): the value's
  // signature has the parameter as written, without it.
  const params = fn.parameters.map((p) => `${p.dotDotDotToken ? "..." : ""}${p.name.getText(file)}${p.questionToken ? "?" : ""}${p.type ? `: ${p.type.getText(file)}` : ""}`);
  const names = fn.parameters.map((p) => p.name.getText(file));
  const result = fn.type?.getText(file) ?? "void";
  const start = `__wx_startValue(${frameClassName(name)}.new$(${names.join(", ")}));`;
  const body = result === "void" ? start : `${start} return __wx_zero<${result}>();`;
  return `// ${name} as a value: starts its frame for the frame that calls it.\n${exported ? "export " : ""}function ${name}$value(${params.join(", ")}): ${result} { ${body} }`;
}

function insideFunction(node: ts.Node): boolean {
  for (let n = node.parent; n; n = n.parent) if (ts.isFunctionLike(n)) return true;
  return false;
}

/**
 * A parameter of a plain function that a closure captures and something assigns: the
 * parameter takes the name `n$`, and the body starts by putting it in the Box every use reads
 * (`const n = new __wx_Box<i32>(n$);`), as for a `let` (LoweringContext.canShare).
 */
function boxParameter(param: ts.ParameterDeclaration, name: ts.Identifier, file: ts.SourceFile, edits: SourceEdits, ctx: LoweringContext): void {
  const body = (param.parent as ts.FunctionLikeDeclaration).body as ts.Block;
  const type = ctx.types.ofDeclaration(param) ?? "i32";
  edits.replace(name.getStart(file), name.end, `${name.text}$`);
  edits.insert(body.getStart(file) + 1, ` const ${name.text} = new __wx_Box<${type}>(${name.text}$);`);
}


/** The signature of the method that starts a blocking method's frame, for dispatch: `m$frame(params): __wx_Frame`. */
function virtualStarter(member: ts.MethodDeclaration | ts.MethodSignature, file: ts.SourceFile): string {
  return `${member.name.getText(file)}$frame(${member.parameters.map((p) => p.getText(file)).join(", ")}): __wx_Frame`;
}


