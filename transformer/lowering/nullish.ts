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
  constructor(private readonly ctx: LoweringContext, private readonly file: ts.SourceFile, private readonly edits: SourceEdits, private readonly prefix: string) {}

  /** Rewrites `node` if it is one of the operators (its operands are visited as usual after). */
  visit(node: ts.Node): void {
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken) this.coalesce(node);
    else if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.QuestionQuestionEqualsToken) this.coalesceAssign(node);
    else if (isChainEnd(node) && !this.handledByParent(node)) this.chain(node as ts.Expression);
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
    if (e.kind === ts.SyntaxKind.ThisKeyword) return "this";
    if (ts.isIdentifier(e)) {
      const symbol = this.ctx.checker.getSymbolAtLocation(e);
      if (symbol && this.ctx.boxed.has(symbol)) return undefined;
      return e.text;
    }
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

interface Link {
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
function isChainEnd(n: ts.Node): boolean {
  return isChainNode(n) && !(isChainNode(n.parent) && n.parent.expression === n);
}

/** The chain's `?.` links, first to last. */
function linksOf(end: ts.Node): Link[] {
  const links: Link[] = [];
  for (let n: ts.Node = end; isChainNode(n); n = n.expression) {
    if (n.questionDotToken) links.unshift({ operand: n.expression, token: n.questionDotToken, access: n });
  }
  return links;
}

function countLinks(end: ts.Node): number {
  return linksOf(end).length;
}

function skipParens(e: ts.Expression): ts.Expression {
  while (ts.isParenthesizedExpression(e)) e = e.expression;
  return e;
}

function withNull(written: string): string {
  const t = written.trim().replace(/\s*\|\s*null$/, "");
  return `${t} | null`;
}
