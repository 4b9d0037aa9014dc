// One blocking function (or go() closure) lowered to a frame class (docs/runtime.md).
//
// Parameters and locals become fields of the frame; statements that contain a park are
// flattened into states of the frame's state machine, and statements without one are
// printed as they are (with locals read from the frame), as regenerator does. This file
// holds the frame's fields, the printing of code without parks and the statements;
// expressions.ts lowers expressions (spilling operands kept across a park) and select.ts
// the select statement. Their functions take the FrameLowering they work for.
import * as ts from "typescript";
import { Code } from "../diagnostics";
import type { Unit } from "../analysis/blocking";
import { boxedValue, newMethod, spawnText, typeParameterList, written, type ClassName, type FrameParameter } from "./classes";
import type { LoweringContext } from "./context";
import * as expressions from "./expressions";
import { LeapManager } from "./leaps";
import { Label, StateMachine } from "./machine";
import * as nodes from "./nodes";
import * as select from "./select";
import * as statements from "./statements";
import { printNode } from "./print";

/** A line of the state machine: statements, or a function that makes them when the machine is printed. */
type Line = ts.Statement | readonly ts.Statement[] | (() => ts.Statement | readonly ts.Statement[]);
import { LOCALS, isValueType, viewClass, viewClassName } from "./view";
import { isAssignment, isEqualityOperator } from "../analysis/syntax";

/** Names a frame class already has (Waiter, Frame) or the lowering uses. */
const RESERVED = new Set(["pc", "caller", "next", "prev", "elem", "result", "resume", "constructor"]);

interface Field {
  name: string;
  type: string;
  /** Set by the constructor (a parameter or capture): no definite-assignment mark. */
  initialised: boolean;
  /**
   * Where the variable is declared: asc reports a read of a field never assigned (`x!: T`,
   * "Unexpected 'null'") at the field's declaration, which maps here.
   */
  pos?: number;
  /** A variable that goroutines share: the field holds a `__wx_Box` of this type. */
  boxed?: string;
}

export interface FrameOptions {
  className: ClassName;
  exported: boolean;
  /** Captured variables of a go() closure: passed to the constructor before the parameters. */
  captures?: ts.Symbol[];
  /** A method called by dispatch: `result` is the frame's first field, at the same offset in every frame of its family. */
  resultFirst?: boolean;
  /** A go() closure that uses `this`: the class of the object, which its frame keeps (constructor's first parameter). */
  thisType?: string;
  /** A closure used as a value: its result type, which its declaration may not write ("void" for none). */
  result?: string;
}

export class FrameLowering {
  readonly fields: Field[] = [];
  readonly fieldOf = new Map<ts.Symbol, string>();
  /** The nodes fieldNode() made, and the field each reads. */
  private readonly fieldNodes = new WeakMap<ts.Node, string>();
  readonly m: StateMachine;
  /** Where break, continue and return go. */
  readonly leaps = new LeapManager();
  readonly parks: ts.Node[];
  temps = 0;
  readonly defers: ts.Node[] = [];
  /** For a deferred closure (by its number) inside a loop: the fields it keeps per iteration. */
  private readonly snapshots = new Map<number, string[]>();
  runDefers: Label | null = null;
  readonly result: string | undefined;
  readonly file: ts.SourceFile;
  readonly ctorParams: FrameParameter[] = [];
  /** The parameters seen so far, by the names `new$` gives them (for later parameters' defaults). */
  private readonly paramNames = new Map<ts.Symbol, string>();
  /** For a method's frame, the field that holds the object. */
  self: string | undefined;
  /** Whether the frame calls blocking functions: a callee's panic can resume it in the state UNWINDING. */
  callsFrames = false;
  /** With defer(): the bool field set while the frame's deferred calls run under a panic. */
  private panicField: string | undefined;

  constructor(readonly ctx: LoweringContext, readonly unit: Unit, readonly options: FrameOptions) {
    this.file = unit.getSourceFile();
    this.parks = ctx.blocking.parks.get(unit) ?? [];
    this.m = new StateMachine((pos) => this.file.getLineAndCharacterOfPosition(pos).line, baseName(this.file.fileName));
    const written = options.result ?? unit.type?.getText();
    this.result = written && written !== "void" ? written : undefined;
    if (ts.isMethodDeclaration(unit) && !isStatic(unit)) {
      // A method's frame holds its object: `this` in the body reads `this.self`.
      const cls = unit.parent as ts.ClassDeclaration;
      const selfType = cls.name!.text + typeParameterList(cls);
      this.fields.push({ name: "self", type: selfType, initialised: true });
      this.ctorParams.push({ name: "self$", type: selfType, field: "self" });
      this.self = "self";
    }
    if (options.thisType) {
      // A go() closure's `this` is the enclosing method's object: the frame keeps it as a method's does.
      this.fields.push({ name: "self", type: options.thisType, initialised: true });
      this.ctorParams.push({ name: "self$", type: options.thisType, field: "self" });
      this.self = "self";
    }
    for (const symbol of options.captures ?? []) {
      const field = this.addField(symbol, symbol.valueDeclaration!, true);
      if (field) this.ctorParams.push({ name: `${field}$`, type: this.fields.find((f) => f.name === field)!.type, field });
    }
    for (const p of unit.parameters) this.addParameter(p);
    if (unit.body && containsDefer(unit.body, ctx)) this.runDefers = this.m.label();
    if (unit.body && ts.isBlock(unit.body)) unit.body.statements.forEach((st) => this.findPlain(st, false));
    this.collectLocals(unit.body!);
  }

  // ---- fields -------------------------------------------------------------------------

  addParameter(p: ts.ParameterDeclaration): void {
    if (!ts.isIdentifier(p.name)) {
      this.ctx.error(p, Code.DestructuredParameter, "Destructured parameters are not supported in a function that blocks; take the value whole and destructure it in the body.");
      return;
    }
    const symbol = this.ctx.checker.getSymbolAtLocation(p.name)!;
    const field = this.addField(symbol, p, true);
    if (!field) return;
    // A default is computed in new$, where the earlier parameters are `field$` and `this` is
    // `self$` (one that blocks is TS99108: reportBlockingDefaults).
    const init = p.initializer && this.ctx.defaultValue(p.initializer, this.paramNames, this.self ? "self$" : undefined);
    const { type, boxed } = this.fields.find((f) => f.name === field)!;
    this.ctorParams.push({ name: `${field}$`, type: boxed ?? type, field, init, boxed });
    this.paramNames.set(symbol, `${field}$`);
  }

  addField(symbol: ts.Symbol, decl: ts.Declaration, initialised: boolean): string | undefined {
    if (this.fieldOf.has(symbol)) return this.fieldOf.get(symbol);
    // A catch clause's variable: the try statement is an error of its own (TS99111).
    if (ts.isVariableDeclaration(decl) && ts.isCatchClause(decl.parent)) return undefined;
    const declared = this.ctx.types.ofDeclaration(decl);
    const boxed = declared && this.ctx.boxed.has(symbol) ? declared : undefined;
    const type = boxed ? `__wx_Box<${boxed}>` : declared;
    if (!type) {
      // A blocking function taken as a value is TS99101 already; its variable has no type to tell.
      const init = ts.isVariableDeclaration(decl) ? decl.initializer : undefined;
      const isBlockingValue = !!init && ts.isIdentifier(init) && this.ctx.isBlockingFunctionName(init);
      if (!isBlockingValue) this.ctx.error(decl, Code.UnknownFrameType, `Cannot tell the AssemblyScript type of '${symbol.name}', which must live in the frame of a function that blocks: add a type annotation.`);
      return undefined;
    }
    return this.newField(symbol, type, initialised, decl, boxed);
  }

  addTypedField(symbol: ts.Symbol, type: string | undefined, at: ts.Node): void {
    if (!type) {
      this.ctx.error(at, Code.UnknownFrameType, `Cannot tell the AssemblyScript type of '${symbol.name}': destructure into annotated variables instead.`);
      return;
    }
    this.newField(symbol, type, false, at);
  }

  /** The field of a variable: its own name, or with a `$N` suffix when that is taken or reserved. */
  private newField(symbol: ts.Symbol, type: string, initialised: boolean, declaredAt: ts.Node, boxed?: string): string {
    let name = symbol.name;
    for (let i = 1; RESERVED.has(name) || this.fields.some((f) => f.name === name); i++) name = `${symbol.name}$${i}`;
    this.fields.push({ name, type, initialised, pos: declaredAt.getStart(), boxed });
    this.fieldOf.set(symbol, name);
    return name;
  }

  /** The type of a name in `const [v, ok] = ch.recvOk()` (or another array pattern). */
  elementType(d: ts.VariableDeclaration, id: ts.Identifier): string | undefined {
    const pattern = d.name as ts.ArrayBindingPattern;
    const index = pattern.elements.findIndex((e) => ts.isBindingElement(e) && e.name === id);
    const init = d.initializer;
    if (init && ts.isCallExpression(init) && this.ctx.dialect.callName(init) === "Chan.recvOk") {
      return index === 0 ? this.ctx.types.elementOf((init.expression as ts.PropertyAccessExpression).expression) : "bool";
    }
    return init ? this.ctx.types.elementOf(init) : undefined;
  }

  /** The value of a variable of the enclosing code, as this frame reads it (for a closure's capture). */
  valueOf(symbol: ts.Symbol): string {
    const field = this.fieldOf.get(symbol);
    return field ? this.field(field) : symbol.name;
  }

  /** `this` as this frame reads it: the object a method's (or a go() closure's) frame keeps. */
  thisValue(): string {
    return this.self ? this.field(this.self) : "this";
  }

  /** A temporary field, e.g. an operand kept across a park. */
  temp(type: string, hint: string): string {
    const name = `$${hint}${this.temps++}`;
    this.fields.push({ name, type, initialised: false });
    return name;
  }

  /**
   * Statements printed as they are (no park inside, no jump out): a `let` or `const` declared
   * in one lives and dies within a single state, so it stays a plain local instead of a field.
   */
  readonly plain: ts.Statement[] = [];

  findPlain(st: ts.Statement, inBody: boolean): void {
    if (!this.mustFlatten(st, inBody)) {
      this.plain.push(st);
      return;
    }
    const visit = (n: ts.Node): void => {
      if (this.isOtherUnit(n)) return;
      if ((ts.isArrowFunction(n) || ts.isFunctionExpression(n)) && this.ctx.isInlineClosure(n)) {
        if (ts.isBlock(n.body)) n.body.statements.forEach((t) => this.findPlain(t, true));
        return;
      }
      if (ts.isStatement(n) && !ts.isBlock(n)) return this.findPlain(n, inBody);
      if (ts.isBlock(n)) return n.statements.forEach((t) => this.findPlain(t, inBody));
      ts.forEachChild(n, visit);
    };
    ts.forEachChild(st, visit);
  }

  /** Whether a let/const's whole scope (its block, loop or case clause) lies in one plain statement. */
  scopedInPlainStatement(decl: ts.VariableDeclaration): boolean {
    let scope: ts.Node = decl.parent;
    while (scope && !ts.isBlock(scope) && !ts.isIterationStatement(scope, false) && !ts.isCaseOrDefaultClause(scope) && !ts.isSourceFile(scope)) scope = scope.parent;
    return this.plain.some((st) => scope.pos >= st.pos && scope.end <= st.end);
  }

  collectLocals(body: ts.Node): void {
    const visit = (node: ts.Node): void => {
      if (node !== body && this.isOtherUnit(node)) return;
      const blockScoped = ts.isVariableDeclaration(node) && (ts.getCombinedNodeFlags(node) & (ts.NodeFlags.Let | ts.NodeFlags.Const)) !== 0;
      if (ts.isVariableDeclaration(node) && blockScoped && ts.isIdentifier(node.name) && this.scopedInPlainStatement(node)) {
        // a plain local: nothing to do
      } else if (ts.isVariableDeclaration(node)) {
        for (const id of bindingNames(node.name)) {
          const symbol = this.ctx.checker.getSymbolAtLocation(id);
          if (!symbol) continue;
          if (id === node.name) this.addField(symbol, node, false);
          else this.addTypedField(symbol, this.elementType(node, id), id);
        }
      } else if (ts.isParameter(node) && node.parent !== this.unit && (ts.isArrowFunction(node.parent) || ts.isFunctionExpression(node.parent))) {
        // a select case's (value, ok)
        const symbol = ts.isIdentifier(node.name) ? this.ctx.checker.getSymbolAtLocation(node.name) : undefined;
        if (symbol) this.addField(symbol, node, false);
      }
      ts.forEachChild(node, visit);
    };
    visit(body);
  }

  /** A nested function that is not part of this frame (go closures, plain callbacks, declarations). */
  isOtherUnit(node: ts.Node): boolean {
    if (ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node) || ts.isClassDeclaration(node)) return true;
    if (ts.isArrowFunction(node) || ts.isFunctionExpression(node)) return !this.ctx.isInlineClosure(node);
    return false;
  }

  // ---- printing code without parks ----------------------------------------------------

  hasPark(node: ts.Node): boolean {
    return this.parks.some((p) => p.pos >= node.pos && p.end <= node.end);
  }

  /** Whether a statement must be flattened: it parks, or jumps out of itself, or returns where a return is not plain. */
  mustFlatten(s: ts.Statement, inBody = this.leaps.returnTarget() !== undefined): boolean {
    if (this.hasPark(s)) return true;
    let escapes = false;
    const labels: string[] = [];
    const visit = (n: ts.Node, loops: number, breakables: number): void => {
      if (escapes || (n !== s && this.isOtherUnit(n))) return;
      if (ts.isLabeledStatement(n)) {
        escapes = true; // AssemblyScript has no labels: lower them
        return;
      }
      if (ts.isBreakStatement(n)) escapes ||= n.label ? !labels.includes(n.label.text) : breakables === 0;
      if (ts.isContinueStatement(n)) escapes ||= n.label ? !labels.includes(n.label.text) : loops === 0;
      if (ts.isReturnStatement(n) && (this.runDefers || inBody)) escapes = true;
      if (ts.isCallExpression(n) && this.ctx.dialect.callName(n) === "defer") escapes = true;
      if (ts.isCallExpression(n) && this.ctx.dialect.callName(n) === "panic" && this.unwindsPanics) escapes = true;
      if (ts.isForOfStatement(n)) escapes = true; // AssemblyScript has no for…of
      if (ts.isVariableDeclarationList(n) && !ts.isForStatement(n.parent) && !ts.isVariableStatement(n.parent)) escapes = true;
      if (ts.isVariableDeclaration(n) && !ts.isIdentifier(n.name)) escapes = true;
      const loop = ts.isIterationStatement(n, false);
      const breakable = loop || ts.isSwitchStatement(n);
      ts.forEachChild(n, (c) => visit(c, loops + (loop ? 1 : 0), breakables + (breakable ? 1 : 0)));
    };
    visit(s, 0, 0);
    return escapes;
  }

  /** How resume() reads and writes field `name`: a number or bool through the frame's view (view.ts), a reference as `this.name`. */
  field(name: string): string {
    return this.isValueField(name) ? `${LOCALS}.${name}` : `this.${name}`;
  }

  /** The field that `e` reads, when it is a read of one made by fieldNode(): a value to use as it is, or to take the address of. */
  readsField(e: ts.Expression | undefined): string | undefined {
    return e && this.fieldNodes.get(e);
  }

  /** `offsetof<C>("name")`: the offset of field `name` in the frame. */
  offsetOf(name: string): ts.Expression {
    return nodes.offsetOf(written(this.options.className), name);
  }

  /**
   * `self$ + offsetof<C>("name")`: the address of field `name`. resume() starts with
   * `const self$ = changetype<usize>(this)`: the runtime's operations take the frame as an
   * address, so that resume() holds no reference in a local and needs no shadow-stack slot for
   * them (docs/runtime.md, "Costs").
   */
  addressOf(name: string): ts.Expression {
    return ts.factory.createAdd(nodes.self(), this.offsetOf(name));
  }

  /** `load<usize>(self$, offsetof<C>("name"))`: a reference field read raw, with no null check and no shadow-stack slot. */
  loadAddress(name: string): ts.Expression {
    return nodes.call("load", [nodes.self(), this.offsetOf(name)], ["usize"]);
  }

  /**
   * A line of the state machine: statements, printed on one line. A line that names what is
   * known only once the machine is placed (a state's number, a flag set later in the body) is
   * given as a function, called when the machine is printed.
   */
  emit(s: Line, pos: number): void {
    this.m.emit(typeof s === "function" ? () => this.printLine(s()) : this.printLine(s), pos);
  }

  /** A line that leaves resume() (see StateMachine.emitEnd). */
  emitEnd(s: Line, pos: number): void {
    this.m.emitEnd(typeof s === "function" ? () => this.printLine(s()) : this.printLine(s), pos);
  }

  private printLine(s: ts.Statement | readonly ts.Statement[]): string {
    return (Array.isArray(s) ? s : [s as ts.Statement]).map((t) => this.print(t)).join(" ");
  }

  /** A park on `op`, an operation of the runtime that answers whether it completed at once. */
  park(op: ts.Expression, pos: number): void {
    this.m.park(this.print(op), pos);
  }

  /** Jumps to `label` when `condition` holds. */
  jumpIf(condition: ts.Expression, label: Label, pos: number): void {
    this.m.jumpIf(this.print(condition), label, pos);
  }

  /** Jumps to `label` when `test` does not hold. */
  jumpUnless(test: ts.Expression, label: Label, pos: number): void {
    this.m.jumpUnless(this.print(test), label, pos);
  }

  /** field(), as a node; readsField() answers which field it reads. */
  fieldNode(name: string): ts.PropertyAccessExpression {
    const f = ts.factory;
    const read = f.createPropertyAccessExpression(this.isValueField(name) ? f.createIdentifier(LOCALS) : f.createThis(), name);
    this.fieldNodes.set(read, name);
    return read;
  }

  /** Prints a node that the lowering built or transformed (the one printer, print.ts). */
  print(node: ts.Node): string {
    return printNode(node, this.file);
  }

  isValueField(name: string): boolean {
    return isValueType(this.fields.find((f) => f.name === name)?.type);
  }

  /**
   * For `t.c`, `t.reset(d)` or `t.stop()` of the dialect's Timer or Ticker held in a frame field
   * of that class: the class and the field. resume() reads such a field from the frame's
   * memory (timerRead), since `this.t` is AssemblyScript's null-checking getter of a definitely
   * assigned field, a call with a shadow-stack frame of its own, which was a tenth of a select
   * with a timeout whose timer is reset before each select. The field is not null there:
   * TypeScript saw it assigned before the use.
   */
  timerField(n: ts.PropertyAccessExpression): { cls: "Timer" | "Ticker"; field: string } | undefined {
    if (!ts.isIdentifier(n.expression) || this.isBoxed(n.expression)) return undefined;
    const cls = this.ctx.dialect.nameOf(n.name)?.split(".")[0];
    if (cls !== "Timer" && cls !== "Ticker") return undefined;
    const field = this.fieldFor(n.expression);
    const type = field && this.fields.find((f) => f.name === field)?.type;
    return type === cls || type === `__wx_${cls}` ? { cls, field: field! } : undefined;
  }

  /** The Timer or Ticker of timerField(), read from the frame's memory. */
  timerRead(t: { cls: string; field: string }): ts.Expression {
    return nodes.call("changetype", [this.loadAddress(t.field)], [`__wx_${t.cls}`]);
  }

  /** Prints a node that contains no park, with locals read from the frame. */
  /** `node` as resume() runs it, printed (renderNode). */
  render(node: ts.Node): string {
    return this.print(this.renderNode(node));
  }

  /**
   * `node` (with nothing in it that parks) as resume() runs it: the frame's variables read
   * from their fields, closures made, go() calls started, returns leaving the frame.
   */
  renderNode(node: ts.Node): ts.Node {
    const f = ts.factory;
    const self = this;
    const transformer: ts.TransformerFactory<ts.Node> = (context) => {
      const visit = (n: ts.Node): ts.VisitResult<ts.Node> => {
        if (ts.isTypeNode(n)) return n; // a type names no variable (a function type's parameters are not the frame's)
        const rewritten = self.ctx.nullish?.node(n, visit as (n: ts.Node) => ts.Node);
        if (rewritten) return rewritten;
        if (self.ctx.closures?.has(n)) return f.createIdentifier(self.ctx.closures.printInFrame(n, (s) => self.valueOf(s), self.thisValue()));
        if (n !== node && (ts.isArrowFunction(n) || ts.isFunctionExpression(n)) && self.isOtherUnit(n) && !self.ctx.isGoClosure(n) && self.ctx.closures) {
          return f.createIdentifier(self.ctx.closures.printPlainInFrame(n, (s) => self.valueOf(s), self.thisValue()));
        }
        if (n !== node && self.isOtherUnit(n) && !self.ctx.isGoClosure(n)) return n;
        if (n.kind === ts.SyntaxKind.ThisKeyword && self.self) return f.createPropertyAccessExpression(f.createThis(), self.self);
        if (n.kind === ts.SyntaxKind.SuperKeyword && self.self) {
          // A blocking super.m() is lowered as a call (expressions.ts); any other runs in the
          // frame class, which is no subclass of the base, and cannot name it statically.
          self.ctx.error(n.parent, Code.UnsupportedBlockingPosition, "'super' in a method that blocks can only call a method that blocks: this body runs in a frame class, which cannot call the base class's method. Add a method that does not block and calls it through 'super', and call that one.");
          return f.createPropertyAccessExpression(f.createThis(), self.self);
        }
        if (ts.isIdentifier(n)) {
          const field = self.fieldFor(n);
          if (field) {
            const read = self.fieldNode(field);
            if (self.isBoxed(n)) return f.createPropertyAccessExpression(read, "value");
            return self.narrowedFromNull(n, field) ? f.createNonNullExpression(read) : read;
          }
          if (self.isBoxed(n) && !isDeclarationName(n)) return f.createPropertyAccessExpression(n, "value");
          const value = self.ctx.valueReference(n);
          return value ? f.createIdentifier(value) : n;
        }
        if (ts.isPropertyAccessExpression(n)) {
          const timer = self.timerField(n);
          if (timer) return f.updatePropertyAccessExpression(n, self.timerRead(timer), n.name);
          return f.updatePropertyAccessExpression(n, ts.visitNode(n.expression, visit) as ts.Expression, n.name);
        }
        if (ts.isShorthandPropertyAssignment(n)) {
          const field = self.fieldFor(n.name);
          if (field) return f.createPropertyAssignment(n.name, self.fieldNode(field));
        }
        if (self.ctx.dialect.isNewChan(n)) {
          const args = (n.arguments ?? []).map((a) => ts.visitNode(a, visit) as ts.Expression);
          return f.createCallExpression(f.createIdentifier("__wx_makeChan"), n.typeArguments, args);
        }
        if (ts.isCallExpression(n) && self.ctx.dialect.callName(n) === "Chan.close" && ts.isPropertyAccessExpression(n.expression)) {
          const nil = self.ctx.nilableChannel(n.expression.expression);
          const elem = nil && self.ctx.types.elementOf(nil);
          if (nil && elem) return f.createCallExpression(f.createIdentifier("__wx_closeChan"), [f.createTypeReferenceNode(elem)], [ts.visitNode(nil, visit) as ts.Expression]);
        }
        if (ts.isCallExpression(n) && self.ctx.dialect.callName(n) === "recover") {
          const recovered = self.recoverCall(n);
          if (recovered) return recovered;
        }
        if (ts.isCallExpression(n)) {
          const spawn = self.ctx.rewriteGo(n, self);
          if (spawn !== undefined) return f.createIdentifier(spawnText(spawn, n.arguments.slice(1), (e) => self.render(e)));
        }
        if (ts.isVariableDeclaration(n) && ts.isIdentifier(n.name) && !self.fieldFor(n.name)) {
          // a plain local; a shared one holds its Box
          const init = n.initializer && (ts.visitNode(n.initializer, visit) as ts.Expression);
          if (!self.isBoxed(n.name)) return f.updateVariableDeclaration(n, n.name, n.exclamationToken, n.type, init);
          const written = self.ctx.types.ofDeclaration(n);
          if (!written) self.ctx.error(n, Code.UnknownFrameType, `Cannot tell the AssemblyScript type of '${n.name.text}', which goroutines share: add a type annotation.`);
          const boxType = f.createTypeReferenceNode(written ?? "i32");
          return f.updateVariableDeclaration(n, n.name, undefined, undefined, f.createNewExpression(f.createIdentifier("__wx_Box"), [boxType], [init ?? f.createNumericLiteral(0)]));
        }
        if ((ts.isVariableStatement(n) || ts.isVariableDeclarationList(n)) && !self.declaresFields(ts.isVariableStatement(n) ? n.declarationList : n)) {
          return ts.visitEachChild(n, visit, context);
        }
        if (ts.isVariableStatement(n)) {
          const assignments = self.declarationAssignments(n.declarationList, visit);
          return assignments.length ? f.createExpressionStatement(f.createCommaListExpression(assignments)) : f.createEmptyStatement();
        }
        if (ts.isVariableDeclarationList(n)) {
          const assignments = self.declarationAssignments(n, visit);
          return assignments.length ? f.createCommaListExpression(assignments) : f.createOmittedExpression();
        }
        if (ts.isForStatement(n) && self.ctx.boxedCounters(n).length) {
          // Each iteration's own counter: the next one starts as a copy (boxedCounters).
          const copies = self.ctx.boxedCounters(n).map(({ name, type }) => {
            const field = self.fieldFor(name);
            const box = field ? self.fieldNode(field) : name;
            const value = f.createPropertyAccessExpression(box, "value");
            return f.createAssignment(box, f.createNewExpression(f.createIdentifier("__wx_Box"), [f.createTypeReferenceNode(type)], [value]));
          });
          const loop = ts.visitEachChild(n, visit, context) as ts.ForStatement;
          const incrementor = f.createCommaListExpression(loop.incrementor ? [...copies, loop.incrementor] : copies);
          return f.updateForStatement(loop, loop.initializer, loop.condition, incrementor, loop.statement);
        }
        if (ts.isReturnStatement(n)) {
          const value = n.expression ? (ts.visitNode(n.expression, visit) as ts.Expression) : undefined;
          return self.returnCode(value);
        }
        return ts.visitEachChild(n, visit, context);
      };
      return (root) => ts.visitNode(root, visit) as ts.Node;
    };
    const result = ts.transform(node, [transformer]);
    const transformed = result.transformed[0];
    result.dispose();
    return transformed;
  }

  declarationAssignments(list: ts.VariableDeclarationList, visit: (n: ts.Node) => ts.VisitResult<ts.Node>): ts.Expression[] {
    const f = ts.factory;
    const out: ts.Expression[] = [];
    for (const d of list.declarations) {
      if (!d.initializer || !ts.isIdentifier(d.name)) continue;
      const field = this.fieldFor(d.name);
      let value = ts.visitNode(d.initializer, visit) as ts.Expression;
      if (field && this.isBoxed(d.name)) value = f.createNewExpression(f.createIdentifier("__wx_Box"), undefined, [value]);
      out.push(f.createAssignment(field ? this.fieldNode(field) : d.name, value));
    }
    return out;
  }

  declaresFields(list: ts.VariableDeclarationList): boolean {
    return list.declarations.some((d) => bindingNames(d.name).some((id) => this.fieldFor(id)));
  }

  isBoxed(id: ts.Identifier): boolean {
    const symbol = this.ctx.checker.getSymbolAtLocation(id);
    return !!symbol && this.ctx.boxed.has(symbol);
  }

  /**
   * Whether `id` reads a nullable variable where TypeScript has narrowed it to non-null (after
   * `if (t == null) return`). AssemblyScript narrows locals but not fields, so the read of the
   * frame's field gets a `!`.
   */
  private narrowedFromNull(id: ts.Identifier, field: string): boolean {
    const type = this.fields.find((x) => x.name === field)?.type;
    if (!type || !/\bnull\b/.test(type)) return false;
    const parent = id.parent;
    if (isAssignment(parent) && parent.left === id) return false;
    if (isDeclarationName(id)) return false;
    // Compared or tested for truth, a nullable read is what the program means: TypeScript's
    // narrowing does not see assignments in select case bodies and defer() bodies, which run
    // inline, so a variable narrowed to non-null may be null again here (x = null in a case).
    if (isNullTest(id)) return false;
    const nullable = (t: ts.Type): boolean => !!(t.flags & (ts.TypeFlags.Null | ts.TypeFlags.Undefined)) || (t.isUnion() && t.types.some(nullable));
    // Where a nullable value is wanted anyway (an argument to a nullable parameter, as a
    // select case's channel; a value for a nullable variable), the read stays as it is too.
    const wanted = this.ctx.checker.getContextualType(outermostParenthesis(id));
    if (wanted && nullable(wanted)) return false;
    const at = this.ctx.checker.getTypeAtLocation(id);
    return !nullable(at) && !(at.flags & ts.TypeFlags.Any);
  }

  fieldFor(id: ts.Identifier): string | undefined {
    const symbol = this.ctx.checker.getSymbolAtLocation(id);
    return symbol ? this.fieldOf.get(symbol) : undefined;
  }

  /** How resume() names the frame's `result` (see field()). */
  resultField(): ts.Expression {
    return nodes.name(isValueType(this.result) ? `${LOCALS}.result` : "this.result");
  }

  /** `value` kept as the frame's result (or evaluated, when the frame has none). */
  setResult(value: ts.Expression): ts.Statement {
    return this.result ? nodes.assign(this.resultField(), value) : nodes.statement(value);
  }

  /** How the frame returns, with the value already evaluated to `value`: `{ result = value; return __wx_leave(self$); }`. */
  returnCode(value: ts.Expression | undefined): ts.Block {
    const leave = ts.factory.createReturnStatement(nodes.call("__wx_leave", [nodes.self()]));
    return nodes.block(value ? [this.setResult(value), leave] : [leave]);
  }

  /** A select case's or a deferred closure's body, inline; its `return` goes to `end`. */
  inlineBody(fn: ts.ArrowFunction | ts.FunctionExpression, end: Label): void {
    const body = fn.body;
    this.leaps.withEntry({ kind: "body", returnTo: end }, () => {
      if (ts.isBlock(body)) body.statements.forEach((s) => statements.statement(this, s));
      else expressions.effect(this, body);
    });
  }

  /** `select(...)` in an expression: its value, the index of the case that ran (select.ts). */
  select(call: ts.CallExpression): ts.Expression {
    return select.select(this, call);
  }

  // ---- panic --------------------------------------------------------------------------

  /**
   * Whether `panic()` here unwinds (scheduler/unwind.ts): runs this frame's deferred calls,
   * then its callers'. A goroutine body without defer() has neither, and traps at once.
   */
  get unwindsPanics(): boolean {
    return this.runDefers !== null || !this.ctx.isGoClosure(this.unit);
  }

  /** `panic(text)` as a statement of this frame: the deferred calls run, then the caller unwinds. */
  panicStatement(message: ts.Expression, pos: number): void {
    this.emit(nodes.statement(nodes.call("__wx_startPanic", [message])), pos);
    this.unwindHere(pos);
  }

  /** Unwinds from here: through the deferred calls when there are any, else straight to the caller. */
  private unwindHere(pos: number): void {
    if (!this.runDefers) {
      this.emitEnd(ts.factory.createReturnStatement(nodes.call("__wx_unwind", [nodes.self()])), pos);
      return;
    }
    this.panicField ??= this.temp("bool", "panic");
    this.emit(nodes.assign(this.fieldNode(this.panicField), ts.factory.createTrue()), pos);
    this.m.jump(this.runDefers, pos);
  }

  /**
   * `recover()` directly in one of this frame's deferred closures: reads and clears the flag the
   * frame's deferred calls run under during a panic (`__wx_recoverIn(flag, flag = false)`), so
   * that the frame leaves normally after them. Anywhere else it is the runtime's recover(),
   * which recovers nothing, as Go's does when not called by a deferred function.
   */
  recoverCall(call: ts.CallExpression): ts.Expression | undefined {
    const fn = ts.findAncestor(call.parent, (n) => ts.isFunctionLike(n));
    if (!fn || !this.defers.includes(fn)) return undefined;
    const f = ts.factory;
    this.panicField ??= this.temp("bool", "panic");
    const flag = this.fieldNode(this.panicField);
    const cleared = f.createBinaryExpression(this.fieldNode(this.panicField), ts.SyntaxKind.EqualsToken, f.createFalse());
    return f.createCallExpression(f.createIdentifier("__wx_recoverIn"), undefined, [flag, cleared]);
  }

  // ---- defer --------------------------------------------------------------------------

  /** Called for `defer(() => …)` statements: remembers the closure, runs it at return. */
  deferCall(e: ts.CallExpression): ts.Statement[] {
    const fn = e.arguments[0];
    if (!fn || (!ts.isArrowFunction(fn) && !ts.isFunctionExpression(fn))) {
      const shown = fn && (ts.isIdentifier(fn) || ts.isPropertyAccessExpression(fn)) ? fn.getText() : "f";
      const args = e.arguments.slice(1).map((a) => a.getText()).join(", ");
      this.ctx.error(e, Code.BadDefer, `defer() takes a closure: 'defer(() => ${shown}(${args}))' (Go's 'defer f(x)' evaluates x at the defer; copy it into a const first where it changes).`);
      return [];
    }
    // The deferred body runs inline at return, on the frame's variables: those of the loops
    // around it are copied now (one snapshot object per defer()), and put back before it runs.
    const kept = this.ctx.deferredLoopVariables(e, fn, this.unit).map((s) => this.fieldOf.get(s)).filter((f): f is string => !!f);
    const push = nodes.statement(nodes.call("this.$defers.push", [nodes.num(this.defers.length)]));
    if (kept.length) {
      this.snapshots.set(this.defers.length, kept);
      const cls = written(this.snapshotClass(this.defers.length));
      this.defers.push(fn);
      return [push, nodes.statement(nodes.call("this.$deferred.push", [nodes.construct(cls, kept.map((f) => this.fieldNode(f)))]))];
    }
    this.defers.push(fn);
    return [push];
  }

  /** The class of deferred closure `i`'s snapshot: the frame class's name (and type parameters) + `$defer<i>`. */
  private snapshotClass(i: number): ClassName {
    const { name, typeParameters } = this.options.className;
    return { name: `${name}$defer${i}`, typeParameters };
  }

  // ---- the class ----------------------------------------------------------------------

  /** What the frame runs, as its header comment names it. */
  private describeUnit(): string {
    const u = this.unit;
    if (ts.isMethodDeclaration(u)) return `${(u.parent as ts.ClassDeclaration).name?.text ?? "a class"}.${u.name.getText()}`;
    if (ts.isFunctionDeclaration(u) && u.name) return u.name.text;
    return "a go() closure";
  }

  lower(): { text: string; lines: { text: string; pos: number }[] } {
    const start = this.m.label();
    this.m.mark(start, this.unit.body!.getStart());
    const body = this.unit.body!;
    if (ts.isBlock(body)) body.statements.forEach((s) => statements.statement(this, s));
    else if (this.result) this.emitEnd(this.returnCode(expressions.expr(this, body)), body.getStart());
    else expressions.effect(this, body);
    const endPos = body.end - 1;
    // Where a callee's panic resumes this frame (scheduler/unwind.ts): placed after the body, reached only by that.
    const unwinding = this.callsFrames ? this.m.label() : undefined;
    if (this.runDefers) {
      this.m.jump(this.runDefers, endPos);
      if (unwinding) {
        // …and falls into the deferred calls, under the panic.
        this.m.mark(unwinding, endPos);
        this.panicField ??= this.temp("bool", "panic");
        this.emit(nodes.assign(this.fieldNode(this.panicField), ts.factory.createTrue()), endPos);
      }
      this.m.mark(this.runDefers, endPos);
      const which = this.temp("i32", "d");
      // Whether a panic is unwinding is known once the whole body is lowered (a recover() or a
      // callee may need the flag): the line is printed when the machine is.
      const leave = nodes.call("__wx_leave", [nodes.self()]);
      this.emit(() => nodes.when(ts.factory.createEquality(nodes.name("this.$defers.length"), nodes.num(0)), ts.factory.createReturnStatement(this.panicField
        ? ts.factory.createConditionalExpression(this.fieldNode(this.panicField), undefined, nodes.call("__wx_unwind", [nodes.self()]), undefined, leave)
        : leave)), endPos);
      this.emit(nodes.assign(this.fieldNode(which), nodes.call("this.$defers.pop", [])), endPos);
      const labels = this.defers.map(() => this.m.label());
      labels.forEach((l, i) => this.jumpIf(ts.factory.createEquality(this.fieldNode(which), nodes.num(i)), l, endPos));
      this.defers.forEach((fn, i) => {
        this.m.mark(labels[i], fn.getStart());
        const kept = this.snapshots.get(i);
        if (kept) {
          const snapshot = nodes.constant("d$", nodes.call("changetype", [nodes.call("this.$deferred.pop", [])], [written(this.snapshotClass(i))]));
          const restore = kept.map((k) => nodes.assign(this.fieldNode(k), nodes.name(`d$.${k}`)));
          this.emit(nodes.block([snapshot, ...restore]), fn.getStart());
        }
        this.inlineBody(fn as ts.ArrowFunction, this.runDefers!);
        this.m.jump(this.runDefers!, fn.getStart());
      });
    } else {
      this.emitEnd(ts.factory.createReturnStatement(nodes.call("__wx_leave", [nodes.self()])), endPos);
      if (unwinding) {
        this.m.mark(unwinding, endPos);
        this.unwindHere(endPos);
      }
    }

    const o = this.options;
    const head: { text: string; pos: number }[] = [];
    const pos = this.unit.getStart();
    const line = this.file.getLineAndCharacterOfPosition(pos).line + 1;
    const view = viewClass(o.className, this.result ? [...this.fields, { name: "result", type: this.result }] : this.fields);
    head.push({ text: `// The frame of ${this.describeUnit()} (${baseName(this.file.fileName)}:${line}). resume() runs from state pc until it parks, calls or returns.`, pos });
    head.push({
      text: view.length
        ? `// Variables live in fields: numbers and bools through locals$ (${viewClassName(o.className)}, below: no shadow stack), references as this.x (the collector sees them).`
        : "// Variables live in fields, references as this.x (the collector sees them).",
      pos,
    });
    const cls = written(o.className);
    head.push({ text: `${o.exported ? "export " : ""}class ${cls} extends __wx_Frame {`, pos });
    // A function that can recover returns its zero result when a panic is recovered before
    // it returned: Go's "" for a string, an empty array for a slice (others stay null, Go's nil).
    const zero = this.runDefers && this.result ? zeroOf(this.result) : undefined;
    const resultField = zero ? `  result: ${this.result} = ${zero};` : `  result!: ${this.result};`;
    if (this.result && o.resultFirst) head.push({ text: resultField, pos });
    for (const f of this.fields) head.push({ text: `  ${f.name}${f.initialised ? "" : "!"}: ${f.type};`, pos: f.pos ?? pos });
    if (this.runDefers) head.push({ text: "  $defers: Array<i32> = new Array<i32>();", pos });
    if (this.snapshots.size) head.push({ text: "  $deferred: Array<Object> = new Array<Object>();", pos });
    if (this.result && !o.resultFirst) head.push({ text: resultField, pos });
    const params = this.ctorParams.map((p) => `${p.name}: ${p.type}${p.init ? ` = ${p.init}` : ""}`).join(", ");
    const assigns = this.ctorParams.map((p) => ` this.${p.field} = ${boxedValue(p)};`).join("");
    head.push({ text: `  constructor(${params}) { super();${assigns} }`, pos });
    for (const text of newMethod(cls, this.ctorParams, [...(this.runDefers ? ["$defers = new Array<i32>()"] : []), ...(this.snapshots.size ? ["$deferred = new Array<Object>()"] : []), ...(zero ? [`result = ${zero}`] : [])], o.resultFirst)) head.push({ text, pos });
    head.push({ text: "  resume(): __wx_Frame | null {", pos });
    head.push({ text: "    const self$ = changetype<usize>(this);", pos });
    if (view.length) head.push({ text: `    const ${LOCALS} = changetype<${viewClassName(o.className)}>(self$);`, pos });
    head.push({ text: "    while (true) {", pos });
    head.push({ text: "      switch (__wx_stateOf(self$)) {", pos });
    const states = this.m.render("        ");
    const tail = [
      // The runtime's UNWINDING state (scheduler/unwind.ts) is this frame's unwinding label.
      ...(unwinding ? [{ text: `        case -2: // a callee panicked`, pos }, { text: `          __wx_setState(self$, ${unwinding.id}); continue;`, pos }] : []),
      { text: "        default:", pos },
      { text: "          unreachable();", pos },
      { text: "      }", pos },
      { text: "    }", pos },
      { text: "    return null;", pos },
      { text: "  }", pos },
      { text: "}", pos },
      ...view.map((text) => ({ text, pos })),
      ...[...this.snapshots].flatMap(([i, kept]) => {
        const { name, typeParameters: params } = this.snapshotClass(i);
        const fields = kept.map((f) => `public ${f}: ${this.fields.find((x) => x.name === f)!.type}`).join(", ");
        return [
          { text: `// What the deferred closure at line ${this.file.getLineAndCharacterOfPosition(this.defers[i].getStart()).line + 1} keeps of its loop iteration.`, pos },
          { text: `class ${name}${params} {`, pos },
          { text: `  constructor(${fields}) {}`, pos },
          { text: "}", pos },
        ];
      }),
    ];
    const lines = [...head, ...states, ...tail];
    return { text: lines.map((l) => l.text).join("\n"), lines };
  }
}

function baseName(fileName: string): string {
  return fileName.split(/[\\/]/).pop()!;
}

function isDeclarationName(id: ts.Identifier): boolean {
  const p = id.parent;
  return (ts.isVariableDeclaration(p) || ts.isParameter(p) || ts.isBindingElement(p)) && p.name === id;
}

function bindingNames(name: ts.BindingName): ts.Identifier[] {
  if (ts.isIdentifier(name)) return [name];
  const out: ts.Identifier[] = [];
  for (const e of name.elements) if (!ts.isOmittedExpression(e)) out.push(...bindingNames(e.name));
  return out;
}

function containsDefer(body: ts.Node, ctx: LoweringContext): boolean {
  let found = false;
  const visit = (n: ts.Node): void => {
    if (found) return;
    if (n !== body && (ts.isFunctionDeclaration(n) || ((ts.isArrowFunction(n) || ts.isFunctionExpression(n)) && !ctx.isInlineClosure(n)))) return;
    if (ts.isCallExpression(n) && ctx.dialect.callName(n) === "defer") found = true;
    ts.forEachChild(n, visit);
  };
  visit(body);
  return found;
}

function outermostParenthesis(e: ts.Expression): ts.Expression {
  while (ts.isParenthesizedExpression(e.parent)) e = e.parent;
  return e;
}

/** Whether `id` is only compared (==, !=, ===, !==) or tested for truth (!x, if (x), x ? :, x && …). */
function isNullTest(id: ts.Identifier): boolean {
  const node = outermostParenthesis(id);
  const parent = node.parent;
  if (ts.isBinaryExpression(parent)) {
    const op = parent.operatorToken.kind;
    const logical = (op === ts.SyntaxKind.AmpersandAmpersandToken || op === ts.SyntaxKind.BarBarToken) && parent.left === node;
    return isEqualityOperator(op) || logical;
  }
  if (ts.isPrefixUnaryExpression(parent)) return parent.operator === ts.SyntaxKind.ExclamationToken;
  if (ts.isIfStatement(parent) || ts.isWhileStatement(parent) || ts.isDoStatement(parent)) return parent.expression === node;
  if (ts.isConditionalExpression(parent)) return parent.condition === node;
  return false;
}

function isStatic(method: ts.MethodDeclaration): boolean {
  return method.modifiers?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword) ?? false;
}

/** Go's zero value of a result type, where AssemblyScript's would be a null it checks on read: "" for a string, an empty array for an array. */
function zeroOf(type: string): string | undefined {
  const t = type.trim();
  if (t === "string") return '""';
  const array = /^(.+)\[\]$/.exec(t)?.[1] ?? /^Array<(.+)>$/.exec(t)?.[1];
  return array ? `new Array<${array}>()` : undefined;
}
