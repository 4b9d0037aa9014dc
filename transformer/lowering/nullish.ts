// `a ?? b`, `a ??= b` and `a?.b` in code that does not block: AssemblyScript parses none of
// them, so each becomes a conditional on `!= null`. The rewrite only inserts text around the
// operands and replaces the operator tokens, so every operand keeps its own edits (a boxed
// variable, a `new Chan`) and its position in the source.
//
//   a ?? b        (A != null ? A! : (b))            A: the operand itself, when reading it
//   a ??= b       (A != null ? A! : (A = b)!)          twice is harmless, else a temporary
//   a?.b.c        ((q = a) != null ? q!.b.c : <C | null>null)
//   a?.f();       { if ((q = a) != null) q!.f(); }  (a statement: no value to make)
//   a?.n ?? 0     ((q = a) != null ? q!.n : (0))    (a number or bool: it cannot be null)
//
// A temporary `q` is a global of the file, of the operand's type: the value is read back
// right after the test, before anything else can run and store into it again. Generic code
// cannot have one (its type names a type parameter), so there the operand must be simple.
import * as ts from "typescript";
import { depthOf, namesTypeParameter } from "../analysis/syntax";
import type { LoweringContext } from "./context";
import type { SourceEdits } from "./edits";

export class NullishRewriter {
  private readonly temps: string[] = [];
  /**
   * `readOf` gives the text another rewrite puts where a variable (or `this`) is read — a
   * closure's captured variable, a shared (boxed) one — or undefined when there is none. An
   * operand copied into this class's text is written with it, and its node lands in `copied`:
   * the file's visitor must leave the nodes there alone (their span is replaced already).
   */
  constructor(
    private readonly ctx: LoweringContext,
    private readonly file: ts.SourceFile,
    private readonly edits: SourceEdits,
    private readonly prefix: string,
    private readonly readOf: (node: ts.Node) => string | undefined = () => undefined,
  ) {}

  /** Operands whose text this class copied into its own (see the constructor). */
  readonly copied = new Set<ts.Node>();

  /** Rewrites `node` if it is one of the operators (its operands are visited as usual after). */
  visit(node: ts.Node): void {
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken) this.coalesce(node);
    else if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.QuestionQuestionEqualsToken) this.coalesceAssign(node);
    else if (isChainEnd(node) && !this.handledByParent(node)) this.chain(node as ts.Expression);
  }

  /**
   * For a frame's printer, which builds `?.` and `??` from nodes (frame.ts): the global
   * temporary that holds `operand` between its test and its use, whether a value is a number
   * or a bool (never null), and whether it may be null.
   */
  temporaryFor(operand: ts.Expression, op: string): string | undefined {
    return this.temp(operand, op);
  }

  isNumberOrBool(e: ts.Expression): boolean {
    return this.isValueType(e);
  }

  nullable(e: ts.Expression): boolean {
    return this.mayBeNull(e);
  }

  /**
   * The same rewrites as nodes, for a frame's printer (frame.ts), which prints from nodes where
   * this class edits text: `visit` prints an operand as the frame reads it. Undefined when `n`
   * is none of the operators (or is one with an error reported).
   */
  node(n: ts.Node, visit: (n: ts.Node) => ts.Node): ts.Node | undefined {
    const f = ts.factory;
    const e = (x: ts.Node) => visit(x) as ts.Expression;
    if (ts.isExpressionStatement(n) && isChainEnd(skipParens(n.expression))) {
      // a?.f(); — a statement: each `?.` an if, no value to make.
      const end = skipParens(n.expression);
      const links = linksOf(end);
      const temps = this.temporaries(links);
      if (!temps) return undefined;
      let statement: ts.Statement = f.createExpressionStatement(this.chainPart(end, links, temps, links.length, visit));
      for (let i = links.length - 1; i >= 0; i--) statement = f.createIfStatement(this.holds(temps[i], this.chainPart(links[i].operand, links, temps, i, visit)), statement);
      return statement;
    }
    if (ts.isBinaryExpression(n) && n.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken) {
      const left = skipParens(n.left);
      if (this.absorbs(n)) return this.chainNode(left, visit, e(n.right));
      if (this.isValueType(n.left)) return f.createParenthesizedExpression(e(n.left));
      const temp = this.temp(n.left, "??");
      if (!temp) return undefined;
      const held = this.mayBeNull(n.right) ? f.createIdentifier(temp) : f.createNonNullExpression(f.createIdentifier(temp));
      return f.createParenthesizedExpression(f.createConditionalExpression(this.holds(temp, e(n.left)), undefined, held, undefined, f.createParenthesizedExpression(e(n.right))));
    }
    if (ts.isBinaryExpression(n) && n.operatorToken.kind === ts.SyntaxKind.QuestionQuestionEqualsToken) {
      if (this.simpleText(n.left) === undefined) {
        this.ctx.error(n.operatorToken, 99120, "'??=' needs a variable or a field on its left ('x ??= v', 'this.f ??= v'): assign the object to a local first.");
        return undefined;
      }
      const target = e(n.left);
      if (this.isValueType(n.left)) return target;
      const bang = (x: ts.Expression) => (this.mayBeNull(n.right) ? x : f.createNonNullExpression(x));
      const assigned = f.createParenthesizedExpression(f.createBinaryExpression(target, ts.SyntaxKind.EqualsToken, e(n.right)));
      const test = f.createBinaryExpression(target, ts.SyntaxKind.ExclamationEqualsToken, f.createNull());
      return f.createParenthesizedExpression(f.createConditionalExpression(test, undefined, bang(target), undefined, bang(assigned)));
    }
    if (isChainEnd(n) && !this.handledByParent(n)) return this.chainNode(n as ts.Expression, visit);
    return undefined;
  }

  private temporaries(links: Link[]): string[] | undefined {
    const temps = links.map((l) => this.temp(l.operand, "?."));
    return temps.every((t): t is string => t !== undefined) ? temps : undefined;
  }

  /** `(temp = value) != null` */
  private holds(temp: string, value: ts.Expression): ts.Expression {
    const f = ts.factory;
    const assign = f.createParenthesizedExpression(f.createBinaryExpression(f.createIdentifier(temp), ts.SyntaxKind.EqualsToken, value));
    return f.createBinaryExpression(assign, ts.SyntaxKind.ExclamationEqualsToken, f.createNull());
  }

  /** A chain as a value: each `?.` a conditional whose null branch is `orElse`, or null of the chain's type. */
  private chainNode(end: ts.Expression, visit: (n: ts.Node) => ts.Node, orElse?: ts.Expression): ts.Expression | undefined {
    const f = ts.factory;
    const links = linksOf(end);
    if (!orElse && this.isValueType(end)) {
      this.ctx.error(links[0].token, 99119, `'?.' here gives a number or a bool, which cannot be null in AssemblyScript: give the value for null with '??', e.g. '${end.getText(this.file)} ?? 0'.`);
      return undefined;
    }
    const temps = this.temporaries(links);
    if (!temps) return undefined;
    const nothing = orElse ?? f.createIdentifier(this.nullOf(end));
    let result = this.chainPart(end, links, temps, links.length, visit);
    for (let i = links.length - 1; i >= 0; i--) {
      const operand = this.chainPart(links[i].operand, links, temps, i, visit);
      result = f.createParenthesizedExpression(f.createConditionalExpression(this.holds(temps[i], operand), undefined, result, undefined, nothing));
    }
    return result;
  }

  /** `node`, a part of the chain, with the operands of its first `upto` links read from their temporaries (`q!`) and those `?.` gone. */
  private chainPart(node: ts.Expression, links: Link[], temps: string[], upto: number, visit: (n: ts.Node) => ts.Node): ts.Expression {
    const f = ts.factory;
    const sub = (m: ts.Expression): ts.Expression => {
      const j = links.findIndex((l, k) => k < upto && l.operand === m);
      if (j >= 0) return f.createNonNullExpression(f.createIdentifier(temps[j]));
      if (ts.isPropertyAccessExpression(m) && isChainNode(m)) return f.createPropertyAccessExpression(sub(m.expression), m.name);
      if (ts.isElementAccessExpression(m) && isChainNode(m)) return f.createElementAccessExpression(sub(m.expression), visit(m.argumentExpression) as ts.Expression);
      if (ts.isCallExpression(m) && isChainNode(m)) return f.createCallExpression(sub(m.expression), m.typeArguments, m.arguments.map((a) => visit(a) as ts.Expression));
      if (ts.isParenthesizedExpression(m)) return f.createParenthesizedExpression(sub(m.expression));
      return visit(m) as ts.Expression;
    };
    return sub(node);
  }

  /** The temporaries' declarations, for the end of the file. */
  declarations(): string {
    return this.temps.map((t) => `\n${t}`).join("");
  }

  // ---- a ?? b --------------------------------------------------------------------------

  private coalesce(e: ts.BinaryExpression): void {
    const left = skipParens(e.left);
    const opener = depthOf(e);
    if (this.absorbs(e)) {
      // a?.n ?? d: the chain's null branch is d.
      this.chain(left as ts.Expression, e.right);
      return;
    }
    if (this.isValueType(e.left)) {
      // A number or a bool is never null: the right operand is never evaluated.
      this.open(e.left.getStart(this.file), "(true ? (", opener);
      this.edits.replace(e.left.end, e.right.getStart(this.file), ") : (");
      this.close(e.right.end, "))", opener);
      return;
    }
    const bang = this.mayBeNull(e.right) ? "" : "!";
    const simple = this.simpleText(e.left);
    if (simple !== undefined) {
      this.copied.add(e.left);
      this.edits.replace(e.left.getStart(this.file), e.right.getStart(this.file), `(${simple} != null ? ${simple}${bang} : (`);
      this.close(e.right.end, "))", opener);
      return;
    }
    const temp = this.temp(e.left, "??");
    if (!temp) return;
    this.open(e.left.getStart(this.file), `((${temp} = `, opener);
    this.edits.replace(e.left.end, e.right.getStart(this.file), `) != null ? ${temp}${bang} : (`);
    this.close(e.right.end, "))", opener);
  }

  // ---- a ??= b -------------------------------------------------------------------------

  private coalesceAssign(e: ts.BinaryExpression): void {
    const simple = this.simpleText(e.left);
    if (simple === undefined) {
      this.ctx.error(e.operatorToken, 99120, "'??=' needs a variable or a field on its left ('x ??= v', 'this.f ??= v'): assign the object to a local first.");
      return;
    }
    this.copied.add(e.left);
    if (this.isValueType(e.left)) {
      // Never null: the assignment never happens.
      const opener = depthOf(e);
      this.edits.replace(e.left.getStart(this.file), e.right.getStart(this.file), `(true ? ${simple} : (`);
      this.close(e.right.end, "))", opener);
      return;
    }
    const bang = this.mayBeNull(e.right) ? "" : "!";
    const opener = depthOf(e);
    this.edits.replace(e.left.getStart(this.file), e.right.getStart(this.file), `(${simple} != null ? ${simple}${bang} : (${simple} = `);
    this.close(e.right.end, `)${bang})`, opener);
  }

  // ---- a?.b ----------------------------------------------------------------------------

  /** A `??` around a chain of a number or a bool handles the chain itself (absorbs). */
  private handledByParent(node: ts.Node): boolean {
    let p = node.parent;
    while (ts.isParenthesizedExpression(p)) p = p.parent;
    return ts.isBinaryExpression(p) && p.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken && skipParens(p.left) === node && this.absorbs(p);
  }

  /**
   * Whether `a?.n ?? d`, a chain of a number or a bool, makes `d` the chain's null branch:
   * with one `?.`, always; with several, each has a null branch, so `d` must be a literal or
   * a simple operand that can be written more than once.
   */
  private absorbs(e: ts.BinaryExpression): boolean {
    const left = skipParens(e.left);
    if (!isChainEnd(left) || !this.isValueType(left)) return false;
    return countLinks(left) === 1 || this.repeatable(e.right) !== undefined;
  }

  /** The text of a literal or simple operand, which may be written more than once. */
  private repeatable(e: ts.Expression): string | undefined {
    const inner = skipParens(e);
    if (ts.isPrefixUnaryExpression(inner) && inner.operator === ts.SyntaxKind.MinusToken && ts.isNumericLiteral(inner.operand)) return inner.getText(this.file);
    if (ts.isLiteralExpression(inner) || inner.kind === ts.SyntaxKind.TrueKeyword || inner.kind === ts.SyntaxKind.FalseKeyword) return inner.getText(this.file);
    return this.simpleText(inner);
  }

  /**
   * The chain ending at `end`: each `?.` tests what stands before it, from a temporary that
   * holds it (or the operand itself when simple). `orElse`: the `??` operand that stands in
   * for null (the chain is a number or a bool).
   */
  private chain(end: ts.Expression, orElse?: ts.Expression): void {
    const links = linksOf(end);
    const asStatement = ts.isExpressionStatement(end.parent) && !orElse;
    if (!asStatement && !orElse && this.isValueType(end)) {
      this.ctx.error(links[0].token, 99119, `'?.' here gives a number or a bool, which cannot be null in AssemblyScript: give the value for null with '??', e.g. '${end.getText(this.file)} ?? 0'.`);
      return;
    }
    const opener = depthOf(end);
    const start = end.getStart(this.file);
    const tests: string[] = [];
    for (const [i, link] of links.entries()) {
      const operand = link.operand;
      const simple = links.length === 1 ? this.simpleText(operand) : undefined;
      const holder = simple ?? this.temp(operand, "?.");
      if (!holder) return;
      const rest = ts.isPropertyAccessExpression(link.access) ? "." : "";
      if (simple !== undefined) {
        // The operand is read again after the test: replace it with its text, test included.
        this.copied.add(operand);
        this.edits.replace(operand.getStart(this.file), link.token.end, `${asStatement ? "{ if (" : "("}${simple} != null${asStatement ? ") " : " ? "}${simple}!${rest}`);
      } else {
        if (i === 0) this.open(start, asStatement ? "{ if ((" + holder + " = " : "((" + holder + " = ", opener);
        const next = links[i + 1] ? (asStatement ? `if ((${this.peekTemp(links[i + 1].operand)} = ` : `((${this.peekTemp(links[i + 1].operand)} = `) : "";
        this.edits.replace(link.token.getStart(this.file), link.token.end, `) != null${asStatement ? ") " : " ? "}${next}${holder}!${rest}`);
      }
      tests.push(holder);
    }
    if (asStatement) {
      this.close(end.parent.end, " }", opener);
      return;
    }
    const nothing = orElse ? undefined : this.nullOf(end);
    if (orElse && links.length === 1) {
      this.edits.replace(end.end, orElse.getStart(this.file), " : (");
      this.close(orElse.end, "))", opener);
    } else if (orElse) {
      const d = this.repeatable(orElse)!;
      this.copied.add(orElse);
      this.edits.replace(end.end, orElse.end, tests.map(() => ` : (${d}))`).join(""));
    } else {
      this.close(end.end, tests.map(() => ` : ${nothing})`).join(""), opener);
    }
  }

  /** `null` typed as the chain's result, which AssemblyScript needs for a string or a class. */
  private nullOf(end: ts.Expression): string {
    const written = this.ctx.types.of(end);
    if (!written) return "null";
    return `<${withNull(written)}>null`;
  }

  // ---- operands ------------------------------------------------------------------------

  /**
   * The text of an operand that may be read twice: a variable (not a shared, boxed one),
   * `this`, or a field of one of them. Undefined for anything else.
   */
  private simpleText(e: ts.Expression): string | undefined {
    e = skipParens(e);
    const rewritten = this.readOf(e);
    if (rewritten !== undefined) return rewritten;
    if (e.kind === ts.SyntaxKind.ThisKeyword) return "this";
    if (ts.isIdentifier(e)) return e.text;
    if (ts.isPropertyAccessExpression(e) && !e.questionDotToken && ts.isIdentifier(e.name)) {
      const object = this.simpleText(e.expression);
      return object === undefined ? undefined : `${object}.${e.name.text}`;
    }
    return undefined;
  }

  private readonly tempOf = new Map<ts.Node, string>();

  /** The temporary that holds `operand`, made once per operand. */
  private temp(operand: ts.Expression, op: string): string | undefined {
    const known = this.tempOf.get(operand);
    if (known) return known;
    const written = this.ctx.types.of(operand);
    if (!written || namesTypeParameter(operand, written)) {
      this.ctx.error(operand, op === "??" ? 99120 : 99119, `'${op}' on this operand needs a temporary of its type, which ${written ? "names a type parameter" : "cannot be told"} here: assign the operand to a local first ('const x = …; x ${op === "??" ? "?? …" : "?.…"}').`);
      return undefined;
    }
    const name = `${this.prefix}${this.temps.length}`;
    this.temps.push(`let ${name}: ${withNull(written)} = null;`);
    this.tempOf.set(operand, name);
    return name;
  }

  /** The name `temp()` will give `operand` (made now, so that the text can name it). */
  private peekTemp(operand: ts.Expression): string {
    return this.temp(operand, "?.") ?? "null";
  }

  private isValueType(e: ts.Expression): boolean {
    const type = this.ctx.checker.getNonNullableType(this.ctx.checker.getTypeAtLocation(e));
    return (type.flags & (ts.TypeFlags.NumberLike | ts.TypeFlags.BooleanLike | ts.TypeFlags.BigIntLike)) !== 0;
  }

  private mayBeNull(e: ts.Expression): boolean {
    const type = this.ctx.checker.getTypeAtLocation(e);
    const parts = type.isUnion() ? type.types : [type];
    return parts.some((t) => (t.flags & (ts.TypeFlags.Null | ts.TypeFlags.Undefined)) !== 0);
  }

  /** Edits at one offset: openers outer first, closers inner first (`order` is the depth). */
  private open(at: number, text: string, order: number): void {
    this.edits.insert(at, text, order);
  }

  private close(at: number, text: string, order: number): void {
    this.edits.insert(at, text, -order);
  }
}

export interface Link {
  /** What stands before the `?.`. */
  operand: ts.Expression;
  token: ts.QuestionDotToken;
  access: ts.PropertyAccessExpression | ts.ElementAccessExpression | ts.CallExpression;
}

type ChainNode = ts.PropertyAccessExpression | ts.ElementAccessExpression | ts.CallExpression;

function isChainNode(n: ts.Node): n is ChainNode {
  return (ts.isPropertyAccessExpression(n) || ts.isElementAccessExpression(n) || ts.isCallExpression(n)) && (n.flags & ts.NodeFlags.OptionalChain) !== 0;
}

/** The outermost node of an optional chain (`a?.b.c`, not its part `a?.b`). */
export function isChainEnd(n: ts.Node): boolean {
  return isChainNode(n) && !(isChainNode(n.parent) && n.parent.expression === n);
}

/** The chain's `?.` links, first to last. */
export function linksOf(end: ts.Node): Link[] {
  const links: Link[] = [];
  for (let n: ts.Node = end; isChainNode(n); n = n.expression) {
    if (n.questionDotToken) links.unshift({ operand: n.expression, token: n.questionDotToken, access: n });
  }
  return links;
}

function countLinks(end: ts.Node): number {
  return linksOf(end).length;
}

export function skipParens(e: ts.Expression): ts.Expression {
  while (ts.isParenthesizedExpression(e)) e = e.expression;
  return e;
}

export function withNull(written: string): string {
  const t = written.trim().replace(/\s*\|\s*null$/, "");
  return `${t} | null`;
}
