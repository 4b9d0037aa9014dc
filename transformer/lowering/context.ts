// What every frame of one program shares while it is lowered: the checker, the analyses,
// the diagnostics, and the classes generated for go() beside each file's own code.
import * as ts from "typescript";
import { BlockingInfo, inFrame, isFunctionReference, isGoClosure, isInlineClosure, Unit } from "../analysis/blocking";
import { Dialect } from "../analysis/dialect";
import { typeArguments, WrittenTypes } from "../analysis/types";
import { Code, diagnosticAt } from "../diagnostics";
import { frameClassName, frameStarter, GeneratedClass, methodFrameClassName, newMethod, written, type ClassName, type GoStart } from "./classes";
import type { FrameOptions } from "./frame";
import type { ClosureLowering } from "./closures";
import type { NullishRewriter } from "./nullish";
import { printNode } from "./print";
import { isAssignment, isIncrementOrDecrement, symbolOf, within } from "../analysis/syntax";

/**
 * Lowers a function or closure to its frame class (frame.ts). Given to the context by the
 * lowering's entry (index.ts), so that this module, which frames use, does not import them.
 */
export type LowerFrame = (ctx: LoweringContext, unit: Unit, options: FrameOptions) => GeneratedClass;


export class LoweringContext {
  /** Classes generated for go() closures and go(f, …) of non-blocking functions, per file. */
  readonly extraClasses = new Map<ts.SourceFile, GeneratedClass[]>();
  private readonly goClasses = new Map<ts.Node, string>();
  /** The frame classes of closures (go() and blocking values), among goClasses. */
  private readonly closureClasses = new Map<ts.Node, ClassName>();
  /** Variables a goroutine captures and someone assigns afterwards: they live in a Box. */
  readonly boxed = new Set<ts.Symbol>();
  /** The capturing closures (closures.ts), set before any frame is lowered: a frame prints those made in it. */
  closures: ClosureLowering | undefined;
  /** The file's rewriter of `?.` and `??` (nullish.ts), whose temporaries a frame in the file uses too. */
  nullish: NullishRewriter | undefined;

  constructor(
    readonly checker: ts.TypeChecker,
    readonly dialect: Dialect,
    readonly types: WrittenTypes,
    readonly blocking: BlockingInfo,
    private readonly lowerFrame: LowerFrame,
    /** The analysis's diagnostics, which the lowering's follow. */
    readonly diagnostics: ts.Diagnostic[],
  ) {}

  error(node: ts.Node, code: number, message: string): void {
    const file = node.getSourceFile();
    const start = node.getStart(file);
    // A node can be looked at more than once (a go() closure's captures are read twice): report it once.
    if (this.diagnostics.some((d) => d.file === file && d.start === start && d.code === code)) return;
    this.diagnostics.push(diagnosticAt(file, start, node.end - start, code, message));
  }

  isInlineClosure(node: ts.Node): boolean {
    return isInlineClosure(node, this.dialect);
  }

  isGoClosure(node: ts.Node): boolean {
    return isGoClosure(node, this.dialect);
  }

  /** The frame class of a blocking function, as code at `callee`'s position names it. */
  frameClassAt(callee: ts.Expression, target: Unit): string {
    const name = ts.isFunctionDeclaration(target) && target.name ? target.name.text : "anonymous";
    if (target.getSourceFile() === callee.getSourceFile()) return frameClassName(name);
    // Imported: the import was rewritten to bring in the frame class under the local name.
    return frameClassName(ts.isIdentifier(callee) ? callee.text : name);
  }

  /**
   * `go(f, a, b)` or `go(() => { … })` as the runtime call that queues the new goroutine
   * (GoStart: what precedes the call's own arguments), or undefined when `call` is not a go().
   * `frame` is the caller's frame, when it has one (captured variables live there).
   */
  rewriteGo(call: ts.CallExpression, frame?: { valueOf(symbol: ts.Symbol): string; thisValue(): string }): GoStart | undefined {
    if (this.dialect.callName(call) !== "go") return undefined;
    const [fn, ...args] = call.arguments;
    const failed = { failed: true } as const;
    if (!fn) {
      this.error(call, Code.BadGo, "go() needs a function to run.");
      return failed;
    }
    if (ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) {
      const captures = this.captures(fn);
      const thisType = this.goClosureThis(fn);
      const cls = this.closureClass(fn, captures, thisType);
      const self = thisType ? [frame ? frame.thisValue() : "this"] : [];
      // A closure in generic code is a generic class, made with `new` (AssemblyScript has no
      // static call on an instantiated class): such frames are not reused.
      return { start: [frameStarter(cls.name, cls.typeParameters)], values: [...self, ...captures.map((s) => (frame ? frame.valueOf(s) : s.name))] };
    }
    if (ts.isExpressionWithTypeArguments(fn)) {
      // go(f<T>, …): a generic blocking function's frame class, instantiated; any other needs a closure.
      const generic = this.functionOf(fn.expression);
      if (!generic || !this.blocking.blocking.has(generic)) {
        this.error(fn, Code.BadGo, `go() cannot start an instantiated generic function that does not block: start a closure that calls it, go(() => ${fn.getText()}(…)).`);
        return failed;
      }
      const typeArgs = `<${(fn.typeArguments ?? []).map((t) => t.getText()).join(", ")}>`;
      return { start: [frameStarter(this.frameClassAt(fn.expression, generic), typeArgs)], values: [] };
    }
    const method = ts.isPropertyAccessExpression(fn) ? this.methodOf(fn) : undefined;
    if (method) return this.goMethod(call, fn as ts.PropertyAccessExpression, method);
    const decl = this.functionOf(fn);
    if (!decl && this.checker.getTypeAtLocation(fn).getCallSignatures().length) {
      // A function value: evaluated now, with the arguments; called by the new goroutine.
      const cls = this.valueGoClass(call);
      return cls ? { start: [`new ${cls}`], values: [fn] } : failed;
    }
    if (!decl) {
      this.error(fn, Code.BadGo, "go() takes a function declared with 'function', or a closure: 'go(f, a, b)' or 'go(() => { … })'.");
      return failed;
    }
    if (this.blocking.blocking.has(decl) && decl.typeParameters?.length) {
      const list = this.callTypeArguments(call, decl, args);
      if (!list) {
        this.error(fn, Code.BadGo, `Cannot tell the type arguments of '${fn.getText()}' here: write them, go(${fn.getText()}<i32>, …).`);
        return failed;
      }
      return { start: [frameStarter(this.frameClassAt(fn, decl), `<${list.join(", ")}>`)], values: [] };
    }
    const cls = this.blocking.blocking.has(decl) ? this.frameClassAt(fn, decl) : this.plainGoClass(fn as ts.Identifier, decl);
    return { start: [frameStarter(cls, "")], values: [] };
  }

  /** The type arguments of a call of a generic function (WrittenTypes.typeArgumentsOf). */
  callTypeArguments(call: ts.CallExpression, target: ts.SignatureDeclaration, values: readonly ts.Expression[] = call.arguments): string[] | undefined {
    return this.types.typeArgumentsOf(call, target, values);
  }

  /**
   * In `ch!.send(v)`, `ch!.recv()` and `ch!.close()`, where `ch` may be null: `ch`, the channel
   * that may be Go's nil channel (a send or a receive blocks forever, a close panics with Go's
   * words). Undefined for any other receiver.
   */
  nilableChannel(receiver: ts.Expression): ts.Expression | undefined {
    let e = receiver;
    while (ts.isParenthesizedExpression(e)) e = e.expression;
    if (!ts.isNonNullExpression(e)) return undefined;
    const type = this.checker.getTypeAtLocation(e.expression);
    const nullable = type.isUnion() && type.types.some((t) => (t.flags & (ts.TypeFlags.Null | ts.TypeFlags.Undefined)) !== 0);
    return nullable && this.dialect.isChanExpression(e.expression) ? e.expression : undefined;
  }

  /** `greet` where a blocking function is a value: the function that starts its frame, `greet$value`. */
  valueReference(id: ts.Identifier): string | undefined {
    if (!this.blocking.valueFunctions.size) return undefined;
    const decl = isFunctionReference(id, this.checker);
    return decl && this.blocking.valueFunctions.has(decl) ? `${id.text}$value` : undefined;
  }

  /** Whether `id` names a function that blocks (as a value, that is TS99101). */
  isBlockingFunctionName(id: ts.Identifier): boolean {
    const decl = this.functionOf(id);
    return !!decl && this.blocking.blocking.has(decl);
  }

  private functionOf(e: ts.Expression): ts.FunctionDeclaration | undefined {
    const decl = symbolOf(this.checker, e)?.valueDeclaration;
    return decl && ts.isFunctionDeclaration(decl) && decl.body ? decl : undefined;
  }

  /**
   * Variables of enclosing functions that a go() closure uses. Go captures by reference; the
   * closure's frame gets a copy, which is the same thing for a variable nobody assigns after
   * its declaration (a per-iteration `let` gives each goroutine its own).
   */
  private captures(fn: ts.ArrowFunction | ts.FunctionExpression): ts.Symbol[] {
    return this.capturedVariables(fn);
  }

  private readonly thisTypes = new Map<ts.Node, string | undefined>();

  /**
   * The class of the object `this` names in a go() closure, when the closure uses `this` (its
   * frame keeps the object, as a method's frame does), else undefined. `this` that names no
   * object (in a static method, or outside a class) is an error.
   */
  goClosureThis(fn: ts.ArrowFunction | ts.FunctionExpression): string | undefined {
    if (this.thisTypes.has(fn)) return this.thisTypes.get(fn);
    let use: ts.Node | undefined;
    const visit = (n: ts.Node): void => {
      if (use || ts.isFunctionDeclaration(n) || ts.isFunctionExpression(n) || ts.isClassLike(n)) return;
      if (n.kind === ts.SyntaxKind.ThisKeyword) use = n;
      ts.forEachChild(n, visit);
    };
    visit(fn.body);
    let type: string | undefined;
    if (use) {
      let container: ts.Node = fn.parent;
      while (!ts.isSourceFile(container) && !(ts.isFunctionLike(container) && !ts.isArrowFunction(container)) && !ts.isPropertyDeclaration(container)) container = container.parent;
      const cls = container.parent;
      const isStatic = ts.canHaveModifiers(container) && ts.getModifiers(container)?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword);
      const inMember = ts.isMethodDeclaration(container) || ts.isConstructorDeclaration(container) || ts.isPropertyDeclaration(container) || ts.isGetAccessor(container) || ts.isSetAccessor(container);
      if (inMember && !isStatic && cls && ts.isClassDeclaration(cls) && cls.name) {
        type = cls.name.text + (cls.typeParameters ? `<${cls.typeParameters.map((t) => t.name.text).join(", ")}>` : "");
      } else {
        this.error(use, Code.ThisInGoClosure, "'this' in this go() closure names no object (it is not in a method of a named class): pass the value as an argument, 'go((o: C) => { … }, value)'.");
      }
    }
    this.thisTypes.set(fn, type);
    return type;
  }

  /** Variables of enclosing functions that `fn` uses. */
  capturedVariables(fn: ts.ArrowFunction | ts.FunctionExpression): ts.Symbol[] {
    const found = new Map<ts.Symbol, ts.Identifier>();
    const visit = (n: ts.Node): void => {
      if (ts.isIdentifier(n) && !(ts.isPropertyAccessExpression(n.parent) && n.parent.name === n)) {
        const symbol = this.checker.getSymbolAtLocation(n);
        const decl = symbol?.valueDeclaration;
        if (symbol && decl && (ts.isVariableDeclaration(decl) || ts.isParameter(decl)) && !within(decl, fn) && (enclosingFunction(decl) || !isFileScope(decl))) {
          if (!found.has(symbol)) found.set(symbol, n);
        }
      }
      ts.forEachChild(n, visit);
    };
    visit(fn.body);
    return [...found.keys()];
  }

  /**
   * The variables a deferred closure keeps one of per loop iteration: those it uses that are
   * declared inside the loops around its defer() (Go 1.22 and JavaScript give each iteration
   * its own). The frame copies them when defer() runs and puts them back before the body runs.
   */
  deferredLoopVariables(call: ts.CallExpression, fn: ts.ArrowFunction | ts.FunctionExpression, unit: ts.Node): ts.Symbol[] {
    const loop = outermostLoop(call, unit);
    if (!loop) return [];
    return this.capturedVariables(fn).filter((s) => !!s.valueDeclaration && within(s.valueDeclaration, loop));
  }

  /** Before lowering: which captured variables must be shared through a Box. */
  findSharedCaptures(): void {
    // A deferred closure's copy of an iteration's variable is the variable itself only when
    // nothing assigns it after the copy: a variable that is assigned lives in a Box, and the
    // copy is the Box.
    for (const unit of this.blocking.blocking) {
      const visit = (n: ts.Node): void => {
        if (n !== unit && (ts.isFunctionDeclaration(n) || ts.isMethodDeclaration(n) || ts.isClassDeclaration(n) || ((ts.isArrowFunction(n) || ts.isFunctionExpression(n)) && !this.isInlineClosure(n)))) return;
        const fn = ts.isCallExpression(n) && this.dialect.callName(n) === "defer" ? n.arguments[0] : undefined;
        if (fn && (ts.isArrowFunction(fn) || ts.isFunctionExpression(fn))) {
          for (const symbol of this.deferredLoopVariables(n as ts.CallExpression, fn, unit)) {
            const decl = symbol.valueDeclaration!;
            if (ts.isVariableDeclaration(decl) && ts.isIdentifier(decl.name) && this.assignments(symbol).length > 0) this.boxed.add(symbol);
          }
        }
        ts.forEachChild(n, visit);
      };
      if (unit.body) visit(unit.body);
    }
    for (const fn of [...this.blocking.goClosures, ...this.blocking.valueClosures]) {
      if (this.blocking.goClosures.has(fn)) this.goClosureThis(fn); // reports a `this` that names no object
      for (const symbol of this.captures(fn)) {
        if (this.assignments(symbol).length === 0) continue;
        const decl = symbol.valueDeclaration!;
        if (!this.canShare(decl)) {
          this.error(decl, Code.SharedParameter, `'${symbol.name}' is captured by a goroutine and assigned: a parameter is shared only in a function with a block body that is not a closure made inside a function that blocks. Copy the parameter into a let first.`);
          continue;
        }
        this.boxed.add(symbol);
      }
    }
  }

  /**
   * Whether a captured variable that is assigned can live in a Box: a `let`/`const`, a
   * parameter of a function lowered to a frame (its frame field holds the Box, made in new$),
   * or a parameter of a plain function with a block body (which starts by putting it in a Box:
   * index.ts, boxParameter). Not a parameter property, nor one of a closure made in a frame
   * (printed whole, from nodes).
   */
  canShare(decl: ts.Declaration): boolean {
    if (ts.isVariableDeclaration(decl)) return ts.isIdentifier(decl.name);
    if (!ts.isParameter(decl) || !ts.isIdentifier(decl.name)) return false;
    const fn = decl.parent;
    if (!(ts.isFunctionDeclaration(fn) || ts.isMethodDeclaration(fn) || ts.isArrowFunction(fn) || ts.isFunctionExpression(fn))) return false;
    if (this.blocking.blocking.has(fn) || this.blocking.goClosures.has(fn as ts.ArrowFunction)) return true;
    return !!fn.body && ts.isBlock(fn.body) && !inFrame(fn, this.blocking) && this.types.ofDeclaration(decl) !== undefined;
  }

  /**
   * The counters of `for (let …)` that live in a Box, with their written types. JavaScript and
   * Go 1.22 give each iteration its own variable: before the incrementor runs, the next
   * iteration's variable is made as a copy of this one's, so a goroutine that captured this
   * iteration's keeps it, even when the body assigns it.
   */
  boxedCounters(loop: ts.ForStatement): { name: ts.Identifier; type: string }[] {
    const list = loop.initializer;
    if (!list || !ts.isVariableDeclarationList(list) || !(list.flags & ts.NodeFlags.Let)) return [];
    const out: { name: ts.Identifier; type: string }[] = [];
    for (const d of list.declarations) {
      const symbol = ts.isIdentifier(d.name) ? this.checker.getSymbolAtLocation(d.name) : undefined;
      if (symbol && this.boxed.has(symbol)) out.push({ name: d.name as ts.Identifier, type: this.types.ofDeclaration(d) ?? "i32" });
    }
    return out;
  }

  /** Assignments to a variable other than its declaration's initialiser. */
  /** The assignments of a variable in its scope (not a for-let counter's own update). */
  assignments(symbol: ts.Symbol): ts.Node[] {
    const decl = symbol.valueDeclaration!;
    const scope = enclosingFunction(decl) ?? decl.getSourceFile();
    const out: ts.Node[] = [];
    const isTarget = (e: ts.Expression) => ts.isIdentifier(e) && this.checker.getSymbolAtLocation(e) === symbol;
    const visit = (n: ts.Node): void => {
      if (isAssignment(n) && isTarget(n.left)) out.push(n);
      if (isIncrementOrDecrement(n) && isTarget(n.operand)) out.push(n);
      ts.forEachChild(n, visit);
    };
    visit(scope);
    // A for loop's own counter (`for (let i = 0; …; i++)`) gets a fresh binding per iteration.
    const list = decl.parent;
    if (ts.isVariableDeclarationList(list) && ts.isForStatement(list.parent) && list.flags & ts.NodeFlags.Let) {
      const loop = list.parent;
      return out.filter((n) => !(loop.incrementor && within(n, loop.incrementor)));
    }
    return out;
  }

  /**
   * The frame class of a closure that blocks and is a value (its result first, for a caller
   * that reads it without knowing the class): made like a go() closure's, from the captured
   * variables (this first, when it uses this) and then the parameters.
   */
  valueClosureClass(fn: ts.ArrowFunction | ts.FunctionExpression, thisType: string | undefined, result: string): ClassName {
    return this.closureClass(fn, this.captures(fn), thisType, { resultFirst: true, result });
  }

  /** The variables of enclosing functions that a closure's frame takes, in its constructor's order. */
  frameCaptures(fn: ts.ArrowFunction | ts.FunctionExpression): ts.Symbol[] {
    return this.captures(fn);
  }

  private closureClass(fn: ts.ArrowFunction | ts.FunctionExpression, captures: ts.Symbol[], thisType: string | undefined, value?: { resultFirst: true; result: string }): ClassName {
    const known = this.closureClasses.get(fn);
    if (known) return known;
    const file = fn.getSourceFile();
    const owner = enclosingFunction(fn);
    const ownerName = owner && (ts.isFunctionDeclaration(owner) || ts.isMethodDeclaration(owner)) && owner.name ? owner.name.getText() : "main";
    const line = file.getLineAndCharacterOfPosition(fn.getStart()).line + 1;
    const typeParameters = enclosingTypeParameters(fn);
    const className = { name: `${ownerName}$go${line}$${this.goClasses.size}`, typeParameters: typeParameters.length ? `<${typeParameters.join(", ")}>` : "" };
    this.goClasses.set(fn, written(className));
    this.closureClasses.set(fn, className);
    const generated = this.lowerFrame(this, fn, { className, exported: false, captures, thisType, ...value });
    this.addClass(file, generated);
    return className;
  }

  /** go(f, a) for a function that never blocks: a frame that calls it once. */
  private plainGoClass(callee: ts.Identifier, decl: ts.FunctionDeclaration): string {
    const known = this.goClasses.get(decl);
    const file = callee.getSourceFile();
    const cls = `${callee.text}$Go`;
    if (known && decl.getSourceFile() === file) return known;
    this.goClasses.set(decl, cls);
    const pos = callee.getStart();
    const names = new Map<ts.Symbol, string>();
    const params = decl.parameters.map((p, i) => {
      const param = { name: `a${i}`, type: p.type ? p.type.getText() : "i32", init: p.initializer && this.defaultValue(p.initializer, names) };
      const symbol = this.checker.getSymbolAtLocation(p.name);
      if (symbol) names.set(symbol, `a${i}$`);
      return param;
    });
    const lines = [
      `class ${cls} extends __wx_Frame {`,
      ...params.map((p) => `  ${p.name}: ${p.type};`),
      `  constructor(${params.map((p) => `${p.name}: ${p.type}`).join(", ")}) { super();${params.map((p) => ` this.${p.name} = ${p.name};`).join("")} }`,
      // Returns through the frame's address, as lowered frames do (leave), not `this.caller`,
      // which AssemblyScript reads through a getter in a shadow-stack frame of its own.
      `  resume(): __wx_Frame | null { ${callee.text}(${params.map((p) => `this.${p.name}`).join(", ")}); return __wx_leave(changetype<usize>(this)); }`,
      ...newMethod(cls, params.map((p) => ({ name: `${p.name}$`, type: p.type, field: p.name, init: p.init }))),
      `}`,
    ].map((text) => ({ text, pos }));
    this.addClass(file, { text: lines.map((l) => l.text).join("\n"), lines });
    return cls;
  }

  /** The method `obj.m` names, when it is a non-static method of the program's own with a body. */
  private methodOf(e: ts.PropertyAccessExpression): ts.MethodDeclaration | undefined {
    const decl = this.checker.getSymbolAtLocation(e.name)?.valueDeclaration;
    if (!decl || !ts.isMethodDeclaration(decl) || !decl.body || decl.getSourceFile().isDeclarationFile) return undefined;
    return decl.modifiers?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword) ? undefined : decl;
  }

  /**
   * go(obj.m, a, b), Go's `go obj.m(a, b)`: the object and the arguments are taken at the go();
   * the goroutine runs the method on that object. A method that blocks starts its frame (by
   * dispatch when it is called by dispatch); any other runs in a small frame that calls it.
   */
  private goMethod(call: ts.CallExpression, fn: ts.PropertyAccessExpression, method: ts.MethodDeclaration): GoStart {
    const object = fn.expression;
    const owner = method.parent as ts.ClassDeclaration;
    const objectType = this.types.of(fn.expression);
    if (method.typeParameters?.length || !owner.name || !objectType) {
      this.error(fn, Code.BadGo, `go() cannot start '${fn.getText()}' here${method.typeParameters?.length ? " (a method with type parameters of its own)" : ""}: start a closure that calls it, go(() => ${fn.getText()}(…)).`);
      return { failed: true };
    }
    if (this.blocking.blocking.has(method)) {
      if (this.blocking.virtual.has(method)) return { start: [object, `.${fn.name.text}$frame`], values: [] };
      const typeArgs = owner.typeParameters?.length ? `<${typeArguments(objectType).join(", ")}>` : "";
      return { start: [frameStarter(methodFrameClassName(method), typeArgs)], values: [object] };
    }
    const file = call.getSourceFile();
    const line = file.getLineAndCharacterOfPosition(call.getStart()).line + 1;
    const cls = `${owner.name.text}$${fn.name.text}$Go${line}$${this.goClasses.size}`;
    this.goClasses.set(call, cls);
    const pos = call.getStart();
    const fields = [{ name: "o", type: objectType }, ...method.parameters.map((p, i) => ({ name: `a${i}`, type: this.types.ofDeclaration(p) ?? "i32" }))];
    const lines = [
      `// go(${fn.getText(file)}, …) at line ${line}: runs the method on the object given, in a goroutine of its own.`,
      `class ${cls} extends __wx_Frame {`,
      ...fields.map((p) => `  ${p.name}: ${p.type};`),
      `  constructor(${fields.map((p) => `${p.name}: ${p.type}`).join(", ")}) { super();${fields.map((p) => ` this.${p.name} = ${p.name};`).join("")} }`,
      `  resume(): __wx_Frame | null { this.o.${fn.name.text}(${fields.slice(1).map((p) => `this.${p.name}`).join(", ")}); return __wx_leave(changetype<usize>(this)); }`,
      `}`,
    ].map((text) => ({ text, pos }));
    this.addClass(file, { text: lines.map((l) => l.text).join("\n"), lines });
    return { start: [`new ${cls}`], values: [object] };
  }

  /**
   * go(f, a, b) for a function value `f`: a frame that keeps the value and the arguments and
   * calls it once, as a call of a value that may block (runtime/values.ts): when the value
   * starts a frame, that frame runs as its callee.
   */
  private valueGoClass(call: ts.CallExpression): string | undefined {
    const [fn, ...args] = call.arguments;
    const file = call.getSourceFile();
    const types = [fn, ...args].map((a) => this.types.of(a));
    const unknown = [fn, ...args].findIndex((_, i) => !types[i]);
    if (unknown >= 0) {
      this.error(call.arguments[unknown], Code.BadGo, "Cannot tell the AssemblyScript type of this value, which the new goroutine keeps: give it a type annotation.");
      return undefined;
    }
    const owner = enclosingFunction(call);
    const ownerName = owner && (ts.isFunctionDeclaration(owner) || ts.isMethodDeclaration(owner)) && owner.name ? owner.name.getText() : "main";
    const line = file.getLineAndCharacterOfPosition(call.getStart()).line + 1;
    const cls = `${ownerName}$goValue${line}$${this.goClasses.size}`;
    this.goClasses.set(call, cls);
    const pos = call.getStart();
    const fields = types.map((type, i) => ({ name: i === 0 ? "f" : `a${i - 1}`, type: type! }));
    const lines = [
      `// go(${fn.getText(file)}, …) at line ${line}: calls the function value in a goroutine of its own.`,
      `class ${cls} extends __wx_Frame {`,
      ...fields.map((p) => `  ${p.name}: ${p.type};`),
      `  call: __wx_Frame | null = null;`,
      `  constructor(${fields.map((p) => `${p.name}: ${p.type}`).join(", ")}) { super();${fields.map((p) => ` this.${p.name} = ${p.name};`).join("")} }`,
      `  resume(): __wx_Frame | null {`,
      `    const self$ = changetype<usize>(this);`,
      `    const pc = __wx_stateOf(self$);`,
      `    if (pc == 0) {`,
      `      __wx_beginValueCall(); this.f(${fields.slice(1).map((p) => `this.${p.name}`).join(", ")});`,
      `      const c$ = __wx_valueFrame();`,
      `      if (c$) { c$.caller = this; this.call = c$; __wx_setState(self$, 1); return c$; }`,
      `    } else if (pc == -2) {`,
      `      return __wx_unwind(self$); // the function panicked`,
      `    }`,
      `    return __wx_leave(self$);`,
      `  }`,
      `}`,
    ].map((text) => ({ text, pos }));
    this.addClass(file, { text: lines.map((l) => l.text).join("\n"), lines });
    return cls;
  }

  /**
   * A parameter's default value, as the `new$` of a frame class writes it: earlier parameters
   * by the names `names` gives their symbols, and `this` as `self` (a method frame's object).
   */
  defaultValue(init: ts.Expression, names: Map<ts.Symbol, string>, self?: string): string {
    const transformer: ts.TransformerFactory<ts.Node> = (context) => {
      const visit = (n: ts.Node): ts.Node => {
        if (n.kind === ts.SyntaxKind.ThisKeyword && self) return ts.factory.createIdentifier(self);
        if (ts.isIdentifier(n) && !(ts.isPropertyAccessExpression(n.parent) && n.parent.name === n)) {
          const symbol = this.checker.getSymbolAtLocation(n);
          const name = symbol && names.get(symbol);
          if (name) return ts.factory.createIdentifier(name);
        }
        return ts.visitEachChild(n, visit, context);
      };
      return (root) => ts.visitNode(root, visit) as ts.Node;
    };
    const result = ts.transform(init, [transformer]);
    const text = printNode(result.transformed[0], init.getSourceFile());
    result.dispose();
    return text;
  }

  private addClass(file: ts.SourceFile, c: GeneratedClass): void {
    const list = this.extraClasses.get(file) ?? [];
    list.push(c);
    this.extraClasses.set(file, list);
  }
}


/**
 * Whether a declaration outside every function is a global of the file (a statement of the
 * file itself), rather than a variable of a top-level block or loop, which runs inside the
 * start function: a generated class can name the global, but not such a variable.
 */
function isFileScope(decl: ts.Declaration): boolean {
  const statement = ts.isVariableDeclaration(decl) ? decl.parent.parent : undefined;
  return !!statement && ts.isVariableStatement(statement) && ts.isSourceFile(statement.parent);
}

/** The type parameters in scope at `node`: of the functions, methods and classes around it, outermost first. */
export function enclosingTypeParameters(node: ts.Node): string[] {
  const names: string[] = [];
  for (let n = node.parent; n; n = n.parent) {
    if (ts.isFunctionLike(n) || ts.isClassLike(n)) names.unshift(...(n.typeParameters ?? []).map((t) => t.name.text));
  }
  return names;
}

/** The outermost loop around `node` within `unit`, if any. */
function outermostLoop(node: ts.Node, unit: ts.Node): ts.IterationStatement | undefined {
  let found: ts.IterationStatement | undefined;
  for (let n = node.parent; n && n !== unit; n = n.parent) if (ts.isIterationStatement(n, false)) found = n;
  return found;
}

function enclosingFunction(node: ts.Node): ts.FunctionLikeDeclaration | undefined {
  for (let n = node.parent; n; n = n.parent) {
    if (ts.isFunctionDeclaration(n) || ts.isMethodDeclaration(n) || ts.isArrowFunction(n) || ts.isFunctionExpression(n) || ts.isConstructorDeclaration(n)) return n;
  }
  return undefined;
}
