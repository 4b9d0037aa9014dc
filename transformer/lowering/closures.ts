// Capturing closures in code that does not block: function values with an environment.
//
// AssemblyScript has function values but no closures. A closure here is a plain function
// value made by the runtime's makeClosure(), which gives it an environment: an object of a
// class generated per closure, holding what the closure captures (runtime/closure.ts says how
// the environment reaches the body at a call). So a closure is a value like any other: stored,
// passed, kept in a field, an array or a Map, and called by AssemblyScript's own library.
//
//   xs.map((x) => x * k)
// becomes
//   xs.map(__wx_makeClosure<(x: i32, _1: i32, _2: Array<i32>) => i32>((x) => {
//     const __wx_e = __wx_closureEnv; return x * load<i32>(__wx_e, offsetof<__wx_Env0>("k")); },
//     new __wx_Env0(k)))
//   class __wx_Env0 { constructor(public k: i32) {} }
//
// Captures are by reference, as in TypeScript and Go: a captured variable that is assigned
// after its declaration lives in a Box (as one shared with a goroutine does), and the
// environment holds the Box. A `for (let …)` variable assigned only by the loop's own update is
// the one exception: each iteration has its own, so the closure keeps the value it saw.
// The function type is spelled in AssemblyScript's types: from the closure's annotations, else
// from the place it is passed to (a parameter's declared type, with the receiver's type
// arguments), else from its body.
import * as ts from "typescript";
import { isInlineClosure, Unit } from "../analysis/blocking";
import { depthOf, namesTypeParameter } from "../analysis/syntax";
import { substituteTypeParameters, typeArguments } from "../analysis/types";
import { enclosingTypeParameters, type LoweringContext } from "./context";
import type { SourceEdits } from "./edits";
import { printNode } from "./print";
import { frameStarter, spawnText } from "./classes";
import * as nodes from "./nodes";

/** `a: i32, b: string`. */
function parameterList(params: readonly { name: string; type: string }[]): string {
  return params.map((p) => `${p.name}: ${p.type}`).join(", ");
}

type Fn = ts.ArrowFunction | ts.FunctionExpression;

interface Capture {
  symbol: ts.Symbol;
  name: string;
  boxed: boolean;
  /** The field's type in the environment. */
  type: string;
}

interface Closure {
  fn: Fn;
  captures: Capture[];
  capturesThis: string | undefined; // the class of `this`
  env: string;
  /** The environment class's declaration, for the end of the closure's file. */
  envClass: string;
  type: string;
  void: boolean;
  /** The parameters the closure's type lists (each a name and a type), and its result type. */
  params: { name: string; type: string }[];
  result: string;
  /** A closure that blocks: its value starts its frame (runtime/values.ts). */
  blocking: boolean;
}

export class ClosureLowering {
  private readonly closures = new Map<ts.Node, Closure>();
  private count = 0;

  constructor(private readonly ctx: LoweringContext) {}

  /**
   * Finds the closures of code that does not block and decides which captures are boxed; a
   * capturing closure in a frame (other than go()'s, select's and defer()'s) is an error.
   */
  prepare(units: readonly Unit[]): void {
    for (const unit of units) {
      if (!ts.isArrowFunction(unit) && !ts.isFunctionExpression(unit)) continue;
      if (this.ctx.blocking.valueClosures.has(unit)) {
        // A closure that blocks, used as a value: always made here (captures or not), as a starter of its frame.
        this.register(unit, this.ctx.capturedVariables(unit), ts.isArrowFunction(unit) && usesThis(unit.body), true);
        continue;
      }
      if (this.ctx.blocking.goClosures.has(unit) || this.ctx.blocking.blocking.has(unit)) continue;
      if (isInlineClosure(unit, this.ctx.dialect)) continue;
      const symbols = this.ctx.capturedVariables(unit);
      const self = ts.isArrowFunction(unit) && usesThis(unit.body) ? unit : undefined;
      if (symbols.length === 0 && !self) {
        this.inferTypeArguments(unit);
        continue;
      }
      this.register(unit, symbols, self !== undefined);
    }
  }

  private register(fn: Fn, symbols: ts.Symbol[], capturesThis: boolean, blocking = false): void {
    const captures: Capture[] = [];
    const fields: string[] = [];
    let generic = false;
    for (const symbol of symbols) {
      const decl = symbol.valueDeclaration!;
      const byValue = this.ctx.assignments(symbol).length === 0;
      if (!byValue && !this.ctx.canShare(decl)) {
        this.ctx.error(decl, 99104, `'${symbol.name}' is captured by a closure and assigned: a parameter is shared only in a function with a block body that is not a closure made inside a function that blocks. Copy the parameter into a let first.`);
        return;
      }
      if (!byValue) this.ctx.boxed.add(symbol);
      const written = this.ctx.types.ofDeclaration(decl);
      if (!written) {
        this.ctx.error(decl, 99105, `Cannot tell the type of '${symbol.name}', which a closure captures: annotate it, e.g. 'let ${symbol.name}: i32 = …'.`);
        return;
      }
      // A type that names a type parameter: the environment class takes the type parameters.
      if (namesTypeParameter(fn, written)) generic = true;
      const boxed = this.ctx.boxed.has(symbol);
      captures.push({ symbol, name: symbol.name, boxed, type: boxed ? `__wx_Box<${written}>` : written });
      fields.push(`public ${symbol.name}: ${boxed ? `__wx_Box<${written}>` : written}`);
    }
    let selfClass: string | undefined;
    if (capturesThis) {
      const cls = enclosingClass(fn);
      if (!cls?.name) {
        this.ctx.error(fn, 99115, "This closure uses 'this' outside a method of a named class: copy 'this' into a local first.");
        return;
      }
      selfClass = cls.name.text + (cls.typeParameters ? `<${cls.typeParameters.map((t) => t.name.text).join(", ")}>` : "");
      if (cls.typeParameters) generic = true;
      fields.push(`public self: ${selfClass}`);
    }
    const signature = this.functionType(fn);
    if (!signature) return;
    // In generic code, an environment of the enclosing type parameters: `__wx_Env0<K, V>`,
    // made and read with them (each instantiation of the generic code has its own).
    const typeParameters = generic || namesTypeParameter(fn, signature.type) ? enclosingTypeParameters(fn) : [];
    const env = `__wx_Env${this.count++}${typeParameters.length ? `<${typeParameters.join(", ")}>` : ""}`;
    const line = fn.getSourceFile().getLineAndCharacterOfPosition(fn.getStart()).line + 1;
    const envClass = `// What the closure at line ${line} captures (a Box: a variable assigned after capture).\nclass ${env} {\n  constructor(${fields.join(", ")}) {}\n}`;
    this.closures.set(fn, { fn, captures, capturesThis: selfClass, env, envClass, type: signature.type, void: signature.void, params: signature.params, result: signature.result, blocking });
  }

  /** Type arguments AssemblyScript cannot infer from a function passed to a generic method. */
  private readonly typeArguments = new Map<ts.CallExpression, string>();

  /**
   * `xs.map((x) => x * 2)`: AssemblyScript infers no type argument from a function argument
   * (AS1140), so the call gets them written, here `<i32>` from the function's body.
   */
  private inferTypeArguments(fn: Fn): void {
    const call = fn.parent;
    if (!ts.isCallExpression(call) || call.typeArguments || !call.arguments.includes(fn) || this.typeArguments.has(call)) return;
    const target = this.ctx.checker.getResolvedSignature(call)?.declaration;
    if (!target || !ts.isFunctionLike(target) || !target.typeParameters || target.getSourceFile().fileName === fn.getSourceFile().fileName) return;
    const at = call.arguments.indexOf(fn);
    const callback = target.parameters[at]?.type;
    const args: string[] = [];
    for (const p of target.typeParameters) {
      const name = p.name.text;
      let arg: string | undefined;
      const param = target.parameters.findIndex((q) => q.type?.getText() === name);
      if (param >= 0 && call.arguments[param]) arg = this.ctx.types.of(call.arguments[param]);
      else if (callback && ts.isFunctionTypeNode(callback) && callback.type.getText() === name) arg = fn.type?.getText() ?? this.resultFromBody(fn);
      if (!arg || arg === "void") return; // left to AssemblyScript, which says what it misses
      args.push(arg);
    }
    this.typeArguments.set(call, `<${args.join(", ")}>`);
  }

  /** Whether `node` is a closure made with an environment. */
  has(node: ts.Node): boolean {
    return this.closures.has(node);
  }

  /**
   * A closure made inside a frame, printed whole: the frame's lowering prints its code from
   * nodes, not by editing the file. `valueOf` is how the frame reads a variable (a field, or the
   * Box of a shared one); `thisValue` its `this`.
   */
  printInFrame(fn: ts.Node, valueOf: (symbol: ts.Symbol) => string, thisValue: string): string {
    const c = this.closures.get(fn)!;
    if (c.blocking) return this.starter(c, this.environment(c, valueOf, thisValue));
    const file = fn.getSourceFile();
    const f = ts.factory;
    const fnNode = this.transformInFrame(fn, valueOf, thisValue) as Fn;
    const prologue = nodes.constant("__wx_e", nodes.name("__wx_closureEnv"));
    const body = ts.isBlock(fnNode.body)
      ? f.updateBlock(fnNode.body, [prologue, ...fnNode.body.statements])
      : f.createBlock([prologue, c.void ? f.createExpressionStatement(fnNode.body) : f.createReturnStatement(fnNode.body)]);
    const made = ts.isArrowFunction(fnNode)
      ? f.updateArrowFunction(fnNode, fnNode.modifiers, fnNode.typeParameters, fnNode.parameters, fnNode.type, fnNode.equalsGreaterThanToken, body)
      : f.updateFunctionExpression(fnNode, fnNode.modifiers, fnNode.asteriskToken, fnNode.name, fnNode.typeParameters, fnNode.parameters, fnNode.type, body);
    return `__wx_makeClosure<${c.type}>(${printNode(made, file)}, new ${c.env}(${this.environment(c, valueOf, thisValue).join(", ")}))`;
  }

  /** The values a closure made in a frame starts its environment with: the enclosing closure's, else the frame's. */
  private environment(c: Closure, valueOf: (symbol: ts.Symbol) => string, thisValue: string): string[] {
    const args = c.captures.map((cap) => {
      const outer = this.holderOf(c.fn, cap.symbol);
      return outer ? read(outer, cap.name, cap.type) : valueOf(cap.symbol);
    });
    if (c.capturesThis) {
      const outerThis = this.holderOfThis(c.fn);
      args.push(outerThis ? field(outerThis, "self", outerThis.capturesThis!) : thisValue);
    }
    return args;
  }

  /**
   * A closure that blocks, as a value: a function of its signature that makes its frame from
   * the environment (the captured variables, their Boxes for shared ones, and `this`) and the
   * arguments, and hands it to the frame that called it (runtime/values.ts). `env` is what
   * the environment starts with.
   */
  private starter(c: Closure, env: string[]): string {
    const cls = this.ctx.valueClosureClass(c.fn, c.capturesThis, c.result);
    const own = new Map(c.captures.map((cap) => [cap.symbol, cap]));
    const values = this.ctx.frameCaptures(c.fn).map((symbol) => {
      const cap = own.get(symbol)!;
      return read(c, cap.name, cap.type);
    });
    if (c.capturesThis) values.unshift(field(c, "self", c.capturesThis));
    values.push(...c.params.map((p) => p.name));
    const frame = `${frameStarter(cls.name, cls.typeParameters)}(${values.join(", ")})`;
    const prologue = env.length ? "const __wx_e = __wx_closureEnv; " : "";
    const fn = `(${parameterList(c.params)}): ${c.result} => { ${prologue}__wx_startValue(${frame});${c.void ? "" : ` return __wx_zero<${c.result}>();`} }`;
    return env.length ? `__wx_makeClosure<${c.type}>(${fn}, new ${c.env}(${env.join(", ")}))` : fn;
  }

  /**
   * A closure without an environment made inside a frame, printed whole with the rewrites of
   * code outside frames that it needs (go(), '??' and '?.', the closures in it); the frame's
   * printer printed it as written.
   */
  printPlainInFrame(fn: ts.Node, valueOf: (symbol: ts.Symbol) => string, thisValue: string): string {
    return printNode(this.transformInFrame(fn, valueOf, thisValue), fn.getSourceFile());
  }

  private transformInFrame(fn: ts.Node, valueOf: (symbol: ts.Symbol) => string, thisValue: string): ts.Node {
    const file = fn.getSourceFile();
    const f = ts.factory;
    const transformer: ts.TransformerFactory<ts.Node> = (context) => {
      const visit = (n: ts.Node): ts.Node => {
        if (n !== fn && this.closures.has(n)) return f.createIdentifier(this.printInFrame(n, valueOf, thisValue));
        // go(…) in the closure: the spawn, its arguments and captures read as the closure reads them.
        if (ts.isCallExpression(n) && this.ctx.dialect.callName(n) === "go") {
          const spawn = this.ctx.rewriteGo(n, { valueOf: (s) => this.storageOf(n, s, valueOf), thisValue: () => this.thisAt(n, thisValue) });
          if (spawn !== undefined) return f.createIdentifier(spawnText(spawn, n.arguments.slice(1), (e) => printNode(visit(e), file)));
        }
        const rewritten = this.ctx.nullish?.node(n, visit);
        if (rewritten) return rewritten;
        if (ts.isForOfStatement(n)) {
          const loop = this.arrayForOf(n, visit);
          if (loop) return loop;
        }
        const read = this.readText(n);
        if (read !== undefined) return f.createIdentifier(read);
        if (ts.isIdentifier(n) || n.kind === ts.SyntaxKind.ThisKeyword) return n;
        return ts.visitEachChild(n, visit, context);
      };
      return (node) => visit(node);
    };
    return ts.transform(fn, [transformer]).transformed[0];
  }

  private forOfCount = 0;

  /**
   * `for (const x of xs) body` over an array, as an index loop (AssemblyScript has no for…of),
   * as code outside frames has it (index.ts). Undefined for anything else (a channel's is
   * blocking: no closure of this kind has one).
   */
  private arrayForOf(n: ts.ForOfStatement, visit: (n: ts.Node) => ts.Node): ts.Statement | undefined {
    const decl = ts.isVariableDeclarationList(n.initializer) ? n.initializer.declarations[0] : undefined;
    if (!decl || !ts.isIdentifier(decl.name) || this.ctx.dialect.isChanExpression(n.expression)) return undefined;
    const f = ts.factory;
    const k = this.forOfCount++;
    const index = f.createIdentifier(`$ic${k}`);
    const array = f.createIdentifier(`$ofc${k}`);
    const keyword = n.initializer.flags & ts.NodeFlags.Const ? ts.NodeFlags.Const : ts.NodeFlags.Let;
    const bind = f.createVariableStatement(undefined, f.createVariableDeclarationList([f.createVariableDeclaration(decl.name.text, undefined, decl.type, f.createElementAccessExpression(array, index))], keyword));
    const header = f.createVariableDeclarationList([
      f.createVariableDeclaration(index, undefined, f.createTypeReferenceNode("i32"), f.createNumericLiteral(0)),
      f.createVariableDeclaration(array, undefined, undefined, f.createParenthesizedExpression(visit(n.expression) as ts.Expression)),
    ], ts.NodeFlags.Let);
    const body = visit(n.statement) as ts.Statement;
    return f.createForStatement(header, f.createLessThan(index, f.createPropertyAccessExpression(array, "length")), f.createPostfixIncrement(index),
      f.createBlock([bind, ...(ts.isBlock(body) ? body.statements : [body])], true));
  }

  /** The environment classes, for the end of the file. */
  declarations(file: ts.SourceFile): string {
    return [...this.closures.values()].filter((c) => c.fn.getSourceFile() === file).map((c) => `\n${c.envClass}`).join("");
  }

  /**
   * Rewrites what belongs to closures at `node`: a closure itself (made with its environment),
   * a captured variable or `this` read inside one. Answers true when `node` needs no other edit.
   */
  visit(node: ts.Node, file: ts.SourceFile, edits: SourceEdits): boolean {
    const typeArguments = ts.isCallExpression(node) ? this.typeArguments.get(node) : undefined;
    if (typeArguments) edits.insert((node as ts.CallExpression).expression.end, typeArguments);
    const closure = this.closures.get(node);
    if (closure) {
      this.make(closure, file, edits);
      return closure.blocking; // a blocking one is replaced whole: its body is its frame class's
    }
    const read = this.readText(node);
    if (read === undefined) return false;
    edits.replace(node.getStart(file), node.end, read);
    return true;
  }

  private make(c: Closure, file: ts.SourceFile, edits: SourceEdits): void {
    if (c.blocking) {
      const env = c.captures.map((cap) => this.storageAt(c.fn, cap));
      if (c.capturesThis) {
        const outerThis = this.holderOfThis(c.fn);
        env.push(outerThis ? field(outerThis, "self", outerThis.capturesThis!) : "this");
      }
      edits.replace(c.fn.getStart(file), c.fn.end, this.starter(c, env));
      return;
    }
    // The environment's address, not a reference: a reference in a local would be kept on
    // the shadow stack at every call (the function value keeps the environment alive anyway).
    const prologue = "const __wx_e = __wx_closureEnv;";
    // Insertions where others start or end too: openers outer first, closers inner first.
    const body = c.fn.body;
    if (ts.isBlock(body)) {
      edits.insert(body.getStart(file) + 1, ` ${prologue}`);
    } else {
      // The body's braces go outside any rewrite of the body expression itself (a '??' there
      // opens and closes at the same offsets, at the same depth): half a level further out.
      edits.insert(body.getStart(file), `{ ${prologue} ${c.void ? "" : "return "}`, depthOf(body) - 0.5);
      edits.insert(body.end, "; }", -(depthOf(body) - 0.5));
    }
    const args = c.captures.map((cap) => this.storageAt(c.fn, cap));
    const outerThis = this.holderOfThis(c.fn);
    if (c.capturesThis) args.push(outerThis ? field(outerThis, "self", outerThis.capturesThis!) : "this");
    edits.insert(c.fn.getStart(file), `__wx_makeClosure<${c.type}>(`, depthOf(c.fn));
    edits.insert(c.fn.end, `, new ${c.env}(${args.join(", ")}))`, -depthOf(c.fn));
  }

  /** Where a capture's value (or its Box) is read at the point a closure is made. */
  private storageAt(fn: Fn, cap: Capture): string {
    const outer = this.holderOf(fn, cap.symbol);
    return outer ? read(outer, cap.name, cap.type) : cap.name;
  }

  /**
   * How code at `node` hands `symbol` to a go() closure made there: through the environment of
   * a closure around `node` that captures it (the Box itself, for a shared variable), else as
   * `outside` reads it (by its name; a frame, from its fields).
   */
  storageOf(node: ts.Node, symbol: ts.Symbol, outside: (symbol: ts.Symbol) => string = (s) => s.name): string {
    const holder = this.holderOf(node, symbol);
    const cap = holder?.captures.find((c) => c.symbol === symbol);
    return holder && cap ? read(holder, cap.name, cap.type) : outside(symbol);
  }

  /** `this` at `node`: the environment's, in a closure that captures it, else `outside`. */
  thisAt(node: ts.Node, outside = "this"): string {
    const holder = this.holderOfThis(node);
    return holder ? field(holder, "self", holder.capturesThis!) : outside;
  }

  /** What `visit` writes where `node` (an identifier or `this`) is read: undefined if it keeps it. */
  readText(node: ts.Node): string | undefined {
    if (node.kind === ts.SyntaxKind.ThisKeyword) {
      const holder = this.holderOfThis(node);
      return holder && field(holder, "self", holder.capturesThis!);
    }
    if (!ts.isIdentifier(node) || (ts.isPropertyAccessExpression(node.parent) && node.parent.name === node)) return undefined;
    const symbol = this.ctx.checker.getSymbolAtLocation(node);
    const holder = symbol && this.holderOf(node, symbol);
    if (!holder) return undefined;
    const capture = holder.captures.find((c) => c.symbol === symbol)!;
    return capture.boxed ? `${field(holder, capture.name, capture.type)}.value` : read(holder, capture.name, capture.type);
  }

  private holderOf(node: ts.Node, symbol: ts.Symbol): Closure | undefined {
    for (let n = node.parent; n; n = n.parent) {
      const c = this.closures.get(n);
      if (c?.blocking) return undefined; // inside a blocking closure's frame, which holds its captures
      if (c && c.captures.some((cap) => cap.symbol === symbol)) return c;
    }
    return undefined;
  }

  /** The innermost closure around `node` that captures `this` (an arrow function's). */
  private holderOfThis(node: ts.Node): Closure | undefined {
    for (let n = node.parent; n; n = n.parent) {
      const c = this.closures.get(n);
      if (c?.blocking) return undefined;
      if (c) return c.capturesThis ? c : undefined;
      if (ts.isFunctionLike(n) && !ts.isArrowFunction(n)) return undefined;
    }
    return undefined;
  }

  // ---- the function type ---------------------------------------------------------------

  private functionType(fn: Fn): { type: string; void: boolean; params: { name: string; type: string }[]; result: string } | undefined {
    const checker = this.ctx.checker;
    const signature = checker.getContextualType(fn)?.getNonNullableType().getCallSignatures()[0];
    const count = Math.max(fn.parameters.length, signature?.parameters.length ?? 0);
    const params: { name: string; type: string }[] = [];
    for (let i = 0; i < count; i++) {
      const own = fn.parameters[i];
      const name = own && ts.isIdentifier(own.name) ? own.name.text : `_${i}`;
      const type = own?.type?.getText() ?? this.contextualParameter(fn, signature, i);
      if (!type) {
        this.ctx.error(own ?? fn, 99105, `Cannot tell the type of ${own ? `'${name}'` : `parameter ${i + 1}`} of this closure: annotate it, e.g. '(${name}: i32) => …'.`);
        return undefined;
      }
      params.push({ name, type });
    }
    const result = fn.type?.getText() ?? this.contextualResult(fn, signature) ?? this.resultFromBody(fn);
    if (!result) {
      this.ctx.error(fn, 99105, "Cannot tell the result type of this closure: annotate it, e.g. '(x: i32): i32 => …'.");
      return undefined;
    }
    return { type: `(${parameterList(params)}) => ${result}`, void: result === "void", params, result };
  }

  /** A parameter's type as the declaration the closure is passed to writes it. */
  private contextualParameter(fn: Fn, signature: ts.Signature | undefined, i: number): string | undefined {
    const decl = signature?.parameters[i]?.valueDeclaration;
    if (!decl || !ts.isParameter(decl) || !decl.type) return undefined;
    return this.substitute(decl.type.getText(), fn);
  }

  private contextualResult(fn: Fn, signature: ts.Signature | undefined): string | undefined {
    const decl = signature?.declaration;
    if (!decl || !decl.type) return undefined;
    return this.substitute(decl.type.getText(), fn);
  }

  private resultFromBody(fn: Fn): string | undefined {
    if (!ts.isBlock(fn.body)) return this.ctx.types.of(fn.body);
    let found: ts.Expression | undefined;
    const visit = (n: ts.Node): void => {
      if (ts.isFunctionLike(n) || found) return;
      if (ts.isReturnStatement(n) && n.expression) found = n.expression;
      ts.forEachChild(n, visit);
    };
    ts.forEachChild(fn.body, visit);
    return found ? this.ctx.types.of(found) : "void";
  }

  /**
   * A type written in a declaration the closure is passed to, with the type parameters it
   * names replaced: the receiver's (`Array<T>`'s T from `xs: i32[]`), the call's own type
   * arguments or the argument written for a parameter of that type (reduce's U from its
   * initial value), and `this` (the receiver's type). Undefined while any stays unknown.
   */
  private substitute(written: string, fn: Fn): string | undefined {
    const call = fn.parent;
    const params = new Map<string, string | undefined>();
    if (ts.isCallExpression(call)) {
      const target = this.ctx.checker.getResolvedSignature(call)?.declaration;
      const receiver = ts.isPropertyAccessExpression(call.expression) ? call.expression.expression : undefined;
      const receiverType = receiver ? this.ctx.types.of(receiver) : undefined;
      if (target && receiverType) {
        params.set("this", receiverType.replace(/\s*\|\s*null$/, ""));
        const owner = target.parent;
        if ((ts.isClassDeclaration(owner) || ts.isInterfaceDeclaration(owner)) && owner.typeParameters) {
          const args = typeArguments(receiverType);
          owner.typeParameters.forEach((p, i) => params.set(p.name.text, args[i]));
        }
      }
      if (target && ts.isFunctionLike(target) && target.typeParameters) {
        target.typeParameters.forEach((p, i) => {
          let arg = call.typeArguments?.[i]?.getText();
          if (!arg) {
            const at = target.parameters.findIndex((q) => q.type?.getText() === p.name.text);
            if (at >= 0 && call.arguments[at]) arg = this.ctx.types.of(call.arguments[at]);
          }
          params.set(p.name.text, arg);
        });
      }
    }
    const text = substituteTypeParameters(written, params);
    return text === undefined || /\bnumber\b/.test(text) ? undefined : text;
  }
}

// A closure reads its environment through the address in `__wx_e`. A field read is a load:
// `changetype<Env>(__wx_e).k` would be a reference that AssemblyScript keeps on the shadow
// stack, which doubled the cost of a small closure. A Box or `this`, which may be written
// through, is a reference.

function read(c: Closure, name: string, type: string): string {
  return `load<${type}>(__wx_e, offsetof<${c.env}>(${JSON.stringify(name)}))`;
}

function field(c: Closure, name: string, type: string): string {
  return `changetype<${type}>(${read(c, name, "usize")})`;
}


function usesThis(body: ts.Node): boolean {
  let found = false;
  const visit = (n: ts.Node): void => {
    if (found) return;
    if (n.kind === ts.SyntaxKind.ThisKeyword) found = true;
    else if (!(ts.isFunctionLike(n) && !ts.isArrowFunction(n))) ts.forEachChild(n, visit);
  };
  visit(body);
  return found;
}

function enclosingClass(node: ts.Node): ts.ClassDeclaration | undefined {
  for (let n = node.parent; n; n = n.parent) {
    if (ts.isClassDeclaration(n)) return n;
    if (ts.isFunctionLike(n) && !ts.isArrowFunction(n) && !ts.isMethodDeclaration(n) && !ts.isConstructorDeclaration(n) && !ts.isAccessor(n)) return undefined;
  }
  return undefined;
}
