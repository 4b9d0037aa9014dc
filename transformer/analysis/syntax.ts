// Small questions about TypeScript syntax that several stages ask.
import * as ts from "typescript";

/** `=`, `+=`, `??=` and the other assignment operators. */
export function isAssignmentOperator(kind: ts.SyntaxKind): boolean {
  return kind >= ts.SyntaxKind.FirstAssignment && kind <= ts.SyntaxKind.LastAssignment;
}

/** An assignment expression: `a = b`, `a += b`, … */
export function isAssignment(n: ts.Node): n is ts.BinaryExpression {
  return ts.isBinaryExpression(n) && isAssignmentOperator(n.operatorToken.kind);
}

/** `x++`, `x--`, `++x` or `--x`. */
export function isIncrementOrDecrement(n: ts.Node): n is ts.PrefixUnaryExpression | ts.PostfixUnaryExpression {
  return (ts.isPrefixUnaryExpression(n) || ts.isPostfixUnaryExpression(n)) && (n.operator === ts.SyntaxKind.PlusPlusToken || n.operator === ts.SyntaxKind.MinusMinusToken);
}
