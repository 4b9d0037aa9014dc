// The pieces the lines of a frame's state machine are built from, as ts.factory nodes: names of
// the runtime, calls, numbers, assignments, one-line blocks. A type argument is a type as the
// user wrote it (the analysis keeps types as written, analysis/types.ts), in a type reference.
import * as ts from "typescript";

const f = ts.factory;

/** A name of the generated code or of the runtime; a dotted name (`__wx_Select.enter`, `this.$defers`) is a member access. */
export function name(text: string): ts.Expression {
  const [first, ...rest] = text.split(".");
  const head = first === "this" ? f.createThis() : f.createIdentifier(first);
  return rest.reduce<ts.Expression>((e, member) => f.createPropertyAccessExpression(e, member), head);
}

/** `self$`: resume()'s local holding the frame's address. */
export function self(): ts.Identifier {
  return f.createIdentifier("self$");
}

/** A type as written: `i32`, `Chan<string> | null`. */
export function type(written: string): ts.TypeNode {
  return f.createTypeReferenceNode(written);
}

/** `callee<T, …>(args)`. */
export function call(callee: string | ts.Expression, args: readonly ts.Expression[], typeArguments?: readonly string[]): ts.CallExpression {
  return f.createCallExpression(typeof callee === "string" ? name(callee) : callee, typeArguments?.map(type), [...args]);
}

/** `new C<T, …>(args)`. */
export function construct(cls: string, args: readonly ts.Expression[], typeArguments?: readonly string[]): ts.NewExpression {
  return f.createNewExpression(f.createIdentifier(cls), typeArguments?.map(type), [...args]);
}

/** `offsetof<C>("field")`: where `field` lies in an object of class `cls`. */
export function offsetOf(cls: string, field: string): ts.Expression {
  return call("offsetof", [f.createStringLiteral(field)], [cls]);
}

/** `const name = value;` */
export function constant(name: string, value: ts.Expression): ts.Statement {
  return f.createVariableStatement(undefined, f.createVariableDeclarationList([f.createVariableDeclaration(name, undefined, undefined, value)], ts.NodeFlags.Const));
}

/** A number of the generated code: a state, an index. */
export function num(n: number): ts.Expression {
  return n < 0 ? f.createPrefixUnaryExpression(ts.SyntaxKind.MinusToken, f.createNumericLiteral(-n)) : f.createNumericLiteral(n);
}

/** `target = value;` */
export function assign(target: ts.Expression, value: ts.Expression): ts.Statement {
  return f.createExpressionStatement(f.createAssignment(target, value));
}

/** `e;` */
export function statement(e: ts.Expression): ts.Statement {
  return f.createExpressionStatement(e);
}

/** `{ s; … }` on one line. */
export function block(statements: readonly ts.Statement[]): ts.Block {
  return ts.setEmitFlags(f.createBlock([...statements], false), ts.EmitFlags.SingleLine);
}

/** `if (test) then` on one line. */
export function when(test: ts.Expression, then: ts.Statement): ts.Statement {
  return ts.setEmitFlags(f.createIfStatement(test, then), ts.EmitFlags.SingleLine);
}
