// Which functions block (docs/dialect.md, "Concurrency"): a function blocks if it does a
// channel operation, select, wait(), lock() or gosched(), ranges over a channel, or calls a
// function that blocks. The answer comes from the call graph, with the type checker
// resolving each call.
//
// The units of the analysis are function declarations and methods, and the closures passed
// to go() (each is a goroutine body of its own). Closures passed to select's cases and to
// defer() belong to the function around them: their bodies run inline in its frame.
import * as ts from "typescript";
import { Dialect, PARKING } from "./dialect";

export type Unit = ts.FunctionDeclaration | ts.MethodDeclaration | ts.ArrowFunction | ts.FunctionExpression;

export interface BlockingInfo {
  /** Units that may park, directly or through a call. */
  blocking: Set<Unit>;
  /** For each unit, the nodes in it (not in nested units) that park: calls, and for…of over a channel. */
  parks: Map<Unit, ts.Node[]>;
  /** Every unit found in the files, in source order. */
  units: Unit[];
  /** The go() closures. */
  goClosures: Set<ts.ArrowFunction | ts.FunctionExpression>;
  /** Top-level statements' parking nodes (an error: nothing may block at top level). */
  topLevelParks: ts.Node[];
  /**
   * Methods called by dispatch that block: for each member of an override family (a method,
   * the methods that override it, the interface methods it implements) where one member blocks
   * and there is more than one, the family's members. Every member is lowered to a frame and a
   * call through any of them is a virtual call that starts the object's own method's frame.
   */
  virtual: Map<ts.Node, ts.Node[]>;
  /**
   * Calls of function values that may reach a function that blocks (docs/dialect.md,
   * "Functions as values"): a call through a value whose type a blocking function or closure
   * used as a value has. Empty in a program where no blocking function is a value.
   */
  valueCalls: Set<ts.CallExpression>;
  /** Closures that block and are values (not run by go(), a select case or defer()): each starts a frame when called. */
  valueClosures: Set<ts.ArrowFunction | ts.FunctionExpression>;
  /** Declared functions that block and are named as values: each has a `NAME$value` that starts its frame. */
  valueFunctions: Set<ts.FunctionDeclaration>;
}

/** A method a call may dispatch to: a class's method (with or without a body) or an interface's. */
export type Member = ts.MethodDeclaration | ts.MethodSignature;

/** Whether a function-like node is a case body of select or a deferred closure (part of its parent unit). */
export function isInlineClosure(node: ts.Node, dialect: Dialect): boolean {
  if (!ts.isArrowFunction(node) && !ts.isFunctionExpression(node)) return false;
  const call = node.parent;
  if (!ts.isCallExpression(call)) return false;
  const name = dialect.callName(call);
  return name === "recv" || name === "send" || name === "otherwise" || name === "defer";
}

export function isGoClosure(node: ts.Node, dialect: Dialect): node is ts.ArrowFunction | ts.FunctionExpression {
  if (!ts.isArrowFunction(node) && !ts.isFunctionExpression(node)) return false;
  const call = node.parent;
  return ts.isCallExpression(call) && call.arguments[0] === node && dialect.callName(call) === "go";
}

/** The declaration a call resolves to, when it is one of the program's own functions or methods. */
export function calledUnit(call: ts.CallExpression | ts.NewExpression, checker: ts.TypeChecker): Unit | undefined {
  const decl = checker.getResolvedSignature(call)?.declaration;
  if (decl && (ts.isFunctionDeclaration(decl) || ts.isMethodDeclaration(decl)) && decl.body) return decl;
  return undefined;
}

/**
 * Whether `call` calls a function value of the program's own (a variable, a parameter, a
 * field, an element or a call's result of function type), not a declared function, a method
 * or a function of AssemblyScript's library.
 */
export function isValueCall(call: ts.CallExpression, checker: ts.TypeChecker): boolean {
  if (ts.isPropertyAccessExpression(call.expression) && call.expression.expression.kind === ts.SyntaxKind.SuperKeyword) return false;
  const decl = checker.getResolvedSignature(call)?.declaration;
  if (!decl || decl.getSourceFile().isDeclarationFile) return false;
  return ts.isFunctionTypeNode(decl) || ts.isArrowFunction(decl) || ts.isFunctionExpression(decl);
}

/** A declared function named where it is not called: `handlers.set("greet", greet)`. */
export function isFunctionReference(id: ts.Identifier, checker: ts.TypeChecker): ts.FunctionDeclaration | undefined {
  const parent = id.parent;
  if (ts.isCallExpression(parent) && parent.expression === id) return undefined;
  if ((ts.isFunctionDeclaration(parent) && parent.name === id) || ts.isImportSpecifier(parent) || ts.isExportSpecifier(parent) || ts.isImportClause(parent)) return undefined;
  if (ts.isPropertyAccessExpression(parent) && parent.name === id) return undefined;
  if (ts.isExpressionWithTypeArguments(parent) || ts.isTypeQueryNode(parent)) return undefined;
  let symbol = checker.getSymbolAtLocation(id);
  if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
  const decl = symbol?.valueDeclaration;
  return decl && ts.isFunctionDeclaration(decl) && decl.body ? decl : undefined;
}

/** The method or interface method a call names, when it names one (dispatch may pick another of its family). */
export function calledMember(call: ts.CallExpression, checker: ts.TypeChecker): Member | undefined {
  const decl = checker.getResolvedSignature(call)?.declaration;
  if (decl && (ts.isMethodDeclaration(decl) || ts.isMethodSignature(decl)) && ts.isIdentifier(decl.name)) return decl;
  return undefined;
}

/**
 * Override families: a class method joined with the method of the same name in its base class
 * and in the interfaces the class implements (union-find, by declaration).
 */
function overrideFamilies(files: readonly ts.SourceFile[], checker: ts.TypeChecker): ts.Node[][] {
  const parent = new Map<ts.Node, ts.Node>();
  const find = (n: ts.Node): ts.Node => {
    let root = n;
    while (parent.has(root) && parent.get(root) !== root) root = parent.get(root)!;
    parent.set(n, root);
    return root;
  };
  const union = (a: ts.Node, b: ts.Node) => {
    if (!parent.has(a)) parent.set(a, a);
    if (!parent.has(b)) parent.set(b, b);
    parent.set(find(a), find(b));
  };
  const visit = (node: ts.Node): void => {
    if (ts.isClassDeclaration(node) || ts.isInterfaceDeclaration(node)) {
      const heritage = (node.heritageClauses ?? []).flatMap((c) => c.types);
      for (const member of node.members) {
        if (!(ts.isMethodDeclaration(member) || ts.isMethodSignature(member)) || !ts.isIdentifier(member.name)) continue;
        if (member.modifiers?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword)) continue;
        const name = member.name.text;
        for (const h of heritage) {
          for (const d of checker.getTypeAtLocation(h).getProperty(name)?.declarations ?? []) {
            if (d !== member && (ts.isMethodDeclaration(d) || ts.isMethodSignature(d))) union(member, d);
          }
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  for (const file of files) visit(file);
  const groups = new Map<ts.Node, ts.Node[]>();
  for (const n of parent.keys()) {
    const root = find(n);
    if (!groups.has(root)) groups.set(root, []);
    groups.get(root)!.push(n);
  }
  return [...groups.values()].filter((g) => g.length > 1);
}

export function analyseBlocking(files: readonly ts.SourceFile[], checker: ts.TypeChecker, dialect: Dialect): BlockingInfo {
  const units: Unit[] = [];
  const parks = new Map<Unit, ts.Node[]>();
  const calls = new Map<Unit, ts.Node[]>();
  const goClosures = new Set<ts.ArrowFunction | ts.FunctionExpression>();
  const topLevelParks: ts.Node[] = [];
  /** Units that call panic() directly, and those that call recover(). */
  const panics = new Set<Unit>();
  const recovers = new Set<Unit>();
  /** Calls of function values, by the unit they are in. */
  const valueCallsIn = new Map<Unit, ts.CallExpression[]>();
  /** Declared functions named as values, with where. */
  const references: [ts.Identifier, ts.FunctionDeclaration][] = [];

  const visit = (node: ts.Node, unit: Unit | undefined): void => {
    let inner = unit;
    if (ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node)) {
      if (node.body) {
        inner = node;
        units.push(node);
      }
    } else if (ts.isArrowFunction(node) || ts.isFunctionExpression(node)) {
      if (isGoClosure(node, dialect)) {
        inner = node;
        units.push(node);
        goClosures.add(node);
      } else if (!isInlineClosure(node, dialect)) {
        inner = node; // a plain callback: its own unit (an error if it blocks)
        units.push(node);
      }
    }
    if (inner && !parks.has(inner)) {
      parks.set(inner, []);
      calls.set(inner, []);
    }
    const park = (n: ts.Node) => (inner ? parks.get(inner)!.push(n) : topLevelParks.push(n));
    if (ts.isCallExpression(node)) {
      const name = dialect.callName(node);
      if (name && PARKING.has(name)) park(node);
      else if (name === "panic" && inner) panics.add(inner);
      else if (name === "recover" && inner) recovers.add(inner);
      else if (!name && inner) {
        const target = calledUnit(node, checker) ?? calledMember(node, checker);
        if (target) calls.get(inner)!.push(target);
        else if (isValueCall(node, checker)) {
          if (!valueCallsIn.has(inner)) valueCallsIn.set(inner, []);
          valueCallsIn.get(inner)!.push(node);
        }
      }
    } else if (ts.isForOfStatement(node) && dialect.isChanExpression(node.expression)) {
      park(node);
    } else if (ts.isIdentifier(node)) {
      const isGoTarget = ts.isCallExpression(node.parent) && node.parent.arguments[0] === node && dialect.callName(node.parent) === "go";
      const decl = isGoTarget ? undefined : isFunctionReference(node, checker);
      if (decl) references.push([node, decl]);
    }
    // A member's computed name is evaluated where the class or object is defined, not in the member.
    ts.forEachChild(node, (child) => visit(child, ts.isComputedPropertyName(child) ? unit : inner));
  };
  for (const file of files) visit(file, undefined);

  // Fixpoint over the call graph (spread, below): a caller of a blocking unit blocks.
  const families = overrideFamilies(files, checker);
  const recovering = panicsToRecover(recovers, panics, calls);
  // A call of a function value may block when a blocking function or closure of a type it
  // accepts is used as a value; that may make more closures block: repeat until nothing changes.
  let valueCalls = new Set<ts.CallExpression>();
  let blocking: Set<ts.Node>;
  const isValueClosure = (u: Unit): u is ts.ArrowFunction | ts.FunctionExpression => (ts.isArrowFunction(u) || ts.isFunctionExpression(u)) && !goClosures.has(u);
  while (true) {
    blocking = spread(units, parks, calls, valueCalls, valueCallsIn, recovering, families, dialect);
    const valueTypes: ts.Type[] = [];
    for (const u of units) if (isValueClosure(u) && blocking.has(u)) valueTypes.push(checker.getTypeAtLocation(u));
    for (const [id, decl] of references) if (blocking.has(decl)) valueTypes.push(checker.getTypeAtLocation(id));
    const next = new Set<ts.CallExpression>();
    if (valueTypes.length) {
      for (const list of valueCallsIn.values()) {
        for (const call of list) {
          const callee = checker.getTypeAtLocation(call.expression);
          if (valueTypes.some((t) => checker.isTypeAssignableTo(t, callee))) next.add(call);
        }
      }
    }
    if (next.size === valueCalls.size) break;
    valueCalls = next;
  }
  const virtual = new Map<ts.Node, ts.Node[]>();
  for (const family of families) if (blocking.has(family[0])) for (const m of family) virtual.set(m, family);
  // A call to a blocking unit parks its caller.
  for (const u of units) {
    const visitCalls = (node: ts.Node): void => {
      if (node !== u && (ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node) || ((ts.isArrowFunction(node) || ts.isFunctionExpression(node)) && !isInlineClosure(node, dialect)))) return;
      if (ts.isCallExpression(node) && !dialect.callName(node)) {
        const target = calledUnit(node, checker) ?? calledMember(node, checker);
        if ((target && blocking.has(target)) || valueCalls.has(node)) parks.get(u)!.push(node);
      }
      ts.forEachChild(node, visitCalls);
    };
    // The body itself, not only its children: an arrow function's body may be the call.
    if (u.body) visitCalls(u.body);
  }
  for (const list of parks.values()) list.sort((a, b) => a.pos - b.pos);
  const valueClosures = new Set(units.filter((u): u is ts.ArrowFunction | ts.FunctionExpression => isValueClosure(u) && blocking.has(u)));
  const valueFunctions = new Set(references.filter(([, decl]) => blocking.has(decl)).map(([, decl]) => decl));
  return { blocking: new Set(units.filter((u) => blocking.has(u))), parks, units, goClosures, topLevelParks, virtual, valueCalls, valueClosures, valueFunctions };
}

/**
 * The units that block: those that park or need a frame, those that call a value that may
 * block, and, to a fixpoint over the call graph, their callers. A function that uses defer()
 * or labeled statements is lowered to a frame too: its frame runs the deferred calls at every
 * return, and AssemblyScript has no labels to break to. A method blocks when any method of its
 * override family does: a call may reach any of them.
 */
function spread(
  units: readonly Unit[],
  parks: Map<Unit, ts.Node[]>,
  calls: Map<Unit, ts.Node[]>,
  valueCalls: Set<ts.CallExpression>,
  valueCallsIn: Map<Unit, ts.CallExpression[]>,
  recovering: readonly Unit[],
  families: readonly ts.Node[][],
  dialect: Dialect,
): Set<ts.Node> {
  const blocking = new Set<ts.Node>(units.filter((u) => parks.get(u)!.length > 0 || needsFrame(u, dialect) || (valueCallsIn.get(u) ?? []).some((c) => valueCalls.has(c))));
  for (const u of recovering) blocking.add(u);
  let changed = true;
  while (changed) {
    changed = false;
    for (const u of units) {
      if (blocking.has(u)) continue;
      if (calls.get(u)!.some((c) => blocking.has(c))) {
        blocking.add(u);
        changed = true;
      }
    }
    for (const family of families) {
      if (!family.some((m) => blocking.has(m)) || family.every((m) => blocking.has(m))) continue;
      for (const m of family) blocking.add(m);
      changed = true;
    }
  }
  return blocking;
}

/**
 * A panic unwinds only through frames (scheduler/unwind.ts); a function that is no frame traps
 * at once. So a function that calls panic() and can be called, directly or not, from one
 * that calls recover() is lowered to a frame too (and, as with blocking, so are its callers).
 * Programs without recover() are not touched. Functions that cannot be frames (methods with type
 * parameters of their own, closures that are not goroutine bodies) are left as they are: their panics trap.
 */
function panicsToRecover(recovers: Set<Unit>, panics: Set<Unit>, calls: Map<Unit, ts.Node[]>): Unit[] {
  const reached = new Set<ts.Node>();
  const todo: ts.Node[] = [...recovers];
  while (todo.length) {
    const u = todo.pop()!;
    if (reached.has(u)) continue;
    reached.add(u);
    todo.push(...(calls.get(u as Unit) ?? []));
  }
  return [...reached].filter((u): u is Unit => panics.has(u as Unit) && canBeFrame(u as Unit));
}

function canBeFrame(u: Unit): boolean {
  if (ts.isFunctionDeclaration(u)) return !!u.name && ts.isSourceFile(u.parent);
  if (ts.isMethodDeclaration(u)) {
    const cls = u.parent;
    return ts.isClassDeclaration(cls) && !!cls.name && !u.typeParameters && ts.isIdentifier(u.name) && !u.modifiers?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword);
  }
  return false;
}

/** defer() or a labeled statement directly in `unit` (not in a nested unit). */
function needsFrame(unit: Unit, dialect: Dialect): boolean {
  let found = false;
  const visit = (n: ts.Node): void => {
    if (found) return;
    if (n !== unit && (ts.isFunctionDeclaration(n) || ts.isMethodDeclaration(n) || ((ts.isArrowFunction(n) || ts.isFunctionExpression(n)) && !isInlineClosure(n, dialect)))) return;
    if (ts.isLabeledStatement(n)) found = true;
    if (ts.isCallExpression(n) && dialect.callName(n) === "defer") found = true;
    ts.forEachChild(n, visit);
  };
  if (unit.body) visit(unit.body);
  return found;
}

/** Whether `node` is in a function lowered to a frame, or in a go() closure. */
export function inFrame(node: ts.Node, blocking: BlockingInfo): boolean {
  for (let n = node.parent; n; n = n.parent) {
    if ((ts.isFunctionDeclaration(n) || ts.isMethodDeclaration(n)) && blocking.blocking.has(n)) return true;
    if ((ts.isArrowFunction(n) || ts.isFunctionExpression(n)) && (blocking.goClosures.has(n) || blocking.blocking.has(n))) return true;
  }
  return false;
}
