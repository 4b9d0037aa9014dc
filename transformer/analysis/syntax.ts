// Small questions about TypeScript syntax, and the symbols it names, that several stages ask.
import * as ts from "typescript";

/** `=`, `+=`, `??=` and the other assignment operators. */
export function isAssignmentOperator(kind: ts.SyntaxKind): boolean {
  return kind >= ts.SyntaxKind.FirstAssignment && kind <= ts.SyntaxKind.LastAssignment;
}

/** `==`, `!=`, `===` or `!==`. */
export function isEqualityOperator(kind: ts.SyntaxKind): boolean {
  return kind === ts.SyntaxKind.EqualsEqualsToken || kind === ts.SyntaxKind.ExclamationEqualsToken
    || kind === ts.SyntaxKind.EqualsEqualsEqualsToken || kind === ts.SyntaxKind.ExclamationEqualsEqualsToken;
}

/** An assignment expression: `a = b`, `a += b`, … */
export function isAssignment(n: ts.Node): n is ts.BinaryExpression {
  return ts.isBinaryExpression(n) && isAssignmentOperator(n.operatorToken.kind);
}

/** `x++`, `x--`, `++x` or `--x`. */
export function isIncrementOrDecrement(n: ts.Node): n is ts.PrefixUnaryExpression | ts.PostfixUnaryExpression {
  return (ts.isPrefixUnaryExpression(n) || ts.isPostfixUnaryExpression(n)) && (n.operator === ts.SyntaxKind.PlusPlusToken || n.operator === ts.SyntaxKind.MinusMinusToken);
}

/** The symbol `node` names, seen through an import alias (`import { f as g }`, `import * as wx`). */
export function symbolOf(checker: ts.TypeChecker, node: ts.Node): ts.Symbol | undefined {
  const symbol = checker.getSymbolAtLocation(node);
  return symbol && symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
}

/** Whether a written type names a type parameter of a declaration around `at`. */
export function namesTypeParameter(at: ts.Node, written: string): boolean {
  for (let n: ts.Node | undefined = at; n; n = n.parent) {
    const params = ts.isFunctionLike(n) || ts.isClassLike(n) ? (n as ts.DeclarationWithTypeParameterChildren).typeParameters : undefined;
    if (params?.some((p) => new RegExp(`\\b${p.name.text}\\b`).test(written))) return true;
  }
  return false;
}

/** How many nodes stand above `node`: orders edits of nested spans that start or end together. */
export function depthOf(node: ts.Node): number {
  let depth = 0;
  for (let n = node.parent; n; n = n.parent) depth++;
  return depth;
}

/** Whether `node` lies inside `outer` (or is it), in the same file. */
export function within(node: ts.Node, outer: ts.Node): boolean {
  return node.pos >= outer.pos && node.end <= outer.end && node.getSourceFile() === outer.getSourceFile();
}
