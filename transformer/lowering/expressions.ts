// Expressions in a frame: a blocking call anywhere in an expression, with the operands
// evaluated before it kept in temporary fields (spilled) in evaluation order, short-circuit
// operators turned into branches, and the channel operations, calls and select that park.
//
// What an expression lowers to is a node (ts.factory), or undefined for a blocking call that
// returns nothing. Nodes are printed once, where a statement of the frame uses them (printed);
// whether a value is already a field of the frame is asked of the node (FrameLowering.readsField).
import * as ts from "typescript";
import { isValueType } from "./view";
import * as nodes from "./nodes";
import { Code } from "../diagnostics";
import { calledMember, calledUnit, Member, Unit } from "../analysis/blocking";
import { PARKING_METHODS } from "../analysis/dialect";
import { methodFrameClassName, spawnText } from "./classes";
import { substituteTypeParameters, typeArguments } from "../analysis/types";
import { isChainEnd, skipParens } from "./nullish";
import type { FrameLowering } from "./frame";
import { isAssignmentOperator, isIncrementOrDecrement, symbolOf } from "../analysis/syntax";


/**
 * Evaluates `e` for its effects only. The operands of `&&`, `||` and `?:` are evaluated only
 * when reached, as branches: `false || ch.send(1)` and `c ? ch.send(1) : ch.send(2)` have
 * no value to keep.
 */
export function effect(fl: FrameLowering, e: ts.Expression): void {
  while (ts.isParenthesizedExpression(e)) e = e.expression;
  if (fl.hasPark(e) && ts.isBinaryExpression(e) && isShortCircuit(e.operatorToken.kind)) {
    const end = fl.m.label();
    const left = value(fl, e.left);
    if (e.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken) fl.jumpUnless(left, end, e.getStart());
    else fl.jumpIf(left, end, e.getStart());
    effect(fl, e.right);
    fl.m.mark(end, -1);
    return;
  }
  if (fl.hasPark(e) && ts.isConditionalExpression(e)) {
    const otherwise = fl.m.label();
    const end = fl.m.label();
    fl.jumpUnless(value(fl, e.condition), otherwise, e.getStart());
    effect(fl, e.whenTrue);
    fl.m.jump(end, e.getStart());
    fl.m.mark(otherwise, e.whenFalse.getStart());
    effect(fl, e.whenFalse);
    fl.m.mark(end, -1);
    return;
  }
  if (ts.isCallExpression(e) && fl.ctx.dialect.callName(e) === "defer") {
    const pushed = fl.deferCall(e);
    if (pushed.length) fl.emit(pushed, e.getStart());
    return;
  }
  if (ts.isCallExpression(e) && fl.ctx.dialect.callName(e) === "panic" && fl.unwindsPanics && e.arguments.length === 1) {
    fl.panicStatement(value(fl, e.arguments[0]), e.getStart());
    return;
  }
  if (isChainEnd(skipParens(e)) && ts.isExpressionStatement(e.parent)) {
    // a?.f(); — printed as the statement it is: an if per `?.` (nullish.ts), no value to make.
    fl.m.emit(fl.render(e.parent), e.getStart());
    return;
  }
  // A value that is a field of the frame, or that prints as nothing (a part missing from code
  // with a syntax error, `c ? ch.send(v)`), is no statement.
  const lowered = expr(fl, e);
  if (lowered && !fl.readsField(lowered) && printed(fl, lowered) !== "") fl.emit(nodes.statement(lowered), e.getStart());
}

/** A lowered value as text ("" for none), for a statement or a jump of the frame. */
export function printed(fl: FrameLowering, e: ts.Expression | undefined): string {
  return e ? fl.print(e) : "";
}

/** `<-ch` into a field: the runtime's raw operation, so the frame holds no channel reference around it. */
export function recvOp(fl: FrameLowering, ch: ts.Expression, elem: string, field: string): ts.Expression {
  return nodes.call("__wx_chanRecv", [chanAddress(fl, ch), nodes.self(), fl.addressOf(field)], [elem]);
}

/**
 * A channel as an address. A channel kept in a field of the frame is read raw: reading a
 * definitely-assigned reference field through its getter costs a null check with a
 * shadow-stack frame of its own, and the lowering only reads such a field after writing it.
 */
export function chanAddress(fl: FrameLowering, ch: ts.Expression): ts.Expression {
  const field = fl.readsField(ch);
  if (field) return fl.loadAddress(field);
  return nodes.call("changetype", [ch], ["usize"]);
}


/** `name` when the frame has a field of that name and of type `type`. */
function fieldOfType(fl: FrameLowering, name: string | undefined, type: string | undefined): string | undefined {
  const field = name === undefined ? undefined : fl.fields.find((f) => f.name === name);
  return field && type !== undefined && field.type === type ? field.name : undefined;
}

/**
 * `field = ch.recv()`: when the field has the channel's element type, the value is received
 * straight into it. Answers false, emitting nothing, when `value` is not such a receive.
 */
export function recvIntoField(fl: FrameLowering, field: string, value: ts.Expression): boolean {
  if (!ts.isCallExpression(value) || fl.ctx.dialect.callName(value) !== "Chan.recv") return false;
  const receiver = (value.expression as ts.PropertyAccessExpression).expression;
  const elem = fl.ctx.types.elementOf(receiver);
  if (!fieldOfType(fl, field, elem)) return false;
  fl.park(recvOp(fl, channelOperand(fl, receiver, value.getStart()), elem!, field), value.getStart());
  return true;
}

/** Keeps a value across the parks that follow, in a temporary field. */
function spill(fl: FrameLowering, e: ts.Expression, lowered: ts.Expression): ts.Expression {
  if (ts.isLiteralExpression(e) || fl.readsField(lowered) || e.kind === ts.SyntaxKind.ThisKeyword) return lowered;
  const type = fl.ctx.types.of(e);
  if (!type) {
    fl.ctx.error(e, Code.UnknownFrameType, "Cannot tell the AssemblyScript type of this operand, which must be kept across a blocking call: move it into a 'const' with a type annotation.");
    return lowered;
  }
  const tmp = fl.temp(type, "t");
  fl.emit(nodes.assign(fl.fieldNode(tmp), lowered), e.getStart());
  return fl.fieldNode(tmp);
}

function isShortCircuit(op: ts.SyntaxKind): boolean {
  return op === ts.SyntaxKind.AmpersandAmpersandToken || op === ts.SyntaxKind.BarBarToken;
}

/**
 * `e` where a value is wanted. A blocking call that returns nothing (send, wait, lock, a void
 * function) has none: `${ch.send(v)}`, `-(ch.send(v))` and `switch (ch.send(v))` are refused
 * at its position.
 */
export function value(fl: FrameLowering, e: ts.Expression): ts.Expression {
  const lowered = expr(fl, e);
  if (!lowered) {
    fl.ctx.error(e, Code.UnsupportedBlockingPosition, "This blocking call returns nothing, so it cannot stand where a value is wanted: call it in a statement of its own.");
    return zero();
  }
  return lowered;
}

/** What an expression that is an error lowers to, so that the lowering goes on. */
function zero(): ts.Expression {
  return ts.factory.createNumericLiteral(0);
}

/** Evaluates a list in order; a value followed by a park is kept in a temporary. */
function exprList(fl: FrameLowering, list: readonly ts.Expression[], after: readonly ts.Expression[] = []): ts.Expression[] {
  // Each value is kept in a temporary when a later one (in the list, or in `after`, lowered by
  // the caller next) parks.
  return list.map((e, i) => {
    const lowered = value(fl, e);
    return [...list.slice(i + 1), ...after].some((later) => fl.hasPark(later)) ? spill(fl, e, lowered) : lowered;
  });
}

export function expr(fl: FrameLowering, e: ts.Expression): ts.Expression | undefined {
  const f = ts.factory;
  if (!fl.hasPark(e)) return fl.renderNode(e) as ts.Expression;
  const pos = e.getStart();
  if (ts.isParenthesizedExpression(e)) {
    const inner = expr(fl, e.expression);
    return inner && f.createParenthesizedExpression(inner);
  }
  if (ts.isCallExpression(e)) return call(fl, e);
  if (ts.isBinaryExpression(e)) return binary(fl, e);
  if (ts.isConditionalExpression(e)) {
    const type = fl.ctx.types.of(e);
    const tmp = fl.temp(type ?? "i32", "c");
    if (!type) fl.ctx.error(e, Code.UnknownFrameType, "Cannot tell the AssemblyScript type of this conditional expression: move it into a 'const' with a type annotation.");
    const otherwise = fl.m.label();
    const end = fl.m.label();
    fl.jumpUnless(value(fl, e.condition), otherwise, pos);
    fl.emit(nodes.assign(fl.fieldNode(tmp), value(fl, e.whenTrue)), pos);
    fl.m.jump(end, pos);
    fl.m.mark(otherwise, e.whenFalse.getStart());
    fl.emit(nodes.assign(fl.fieldNode(tmp), value(fl, e.whenFalse)), pos);
    fl.m.mark(end, -1);
    return fl.fieldNode(tmp);
  }
  if (ts.isPrefixUnaryExpression(e) && e.operator !== ts.SyntaxKind.PlusPlusToken && e.operator !== ts.SyntaxKind.MinusMinusToken) {
    return f.createPrefixUnaryExpression(e.operator, f.createParenthesizedExpression(value(fl, e.operand)));
  }
  if (ts.isTemplateExpression(e)) {
    const values = exprList(fl, e.templateSpans.map((s) => s.expression));
    return f.updateTemplateExpression(e, e.head, e.templateSpans.map((s, i) => f.updateTemplateSpan(s, values[i], s.literal)));
  }
  if (ts.isPropertyAccessExpression(e)) return f.createPropertyAccessExpression(value(fl, e.expression), e.name.text);
  if (ts.isElementAccessExpression(e)) {
    const [obj, index] = exprList(fl, [e.expression, e.argumentExpression]);
    return f.createElementAccessExpression(obj, index);
  }
  if (ts.isAsExpression(e)) return f.createParenthesizedExpression(f.createAsExpression(value(fl, e.expression), e.type));
  if (ts.isTypeAssertionExpression(e)) return f.createTypeAssertion(e.type, f.createParenthesizedExpression(value(fl, e.expression)));
  if (ts.isNonNullExpression(e)) return f.createNonNullExpression(value(fl, e.expression));
  if (ts.isNewExpression(e)) {
    const args = exprList(fl, e.arguments ?? []);
    return f.createNewExpression(fl.renderNode(e.expression) as ts.Expression, e.typeArguments, args);
  }
  if (ts.isArrayLiteralExpression(e)) return f.createArrayLiteralExpression(exprList(fl, e.elements));
  fl.ctx.error(e, Code.UnsupportedBlockingPosition, `A blocking operation cannot stand in ${expressionKind(e)}: move it into a statement of its own.`);
  return zero();
}

/** `[v, ok] = ch.recvOk()` (Go's `v, ok = <-ch`): receives, then assigns to the targets written. */
function recvOkInto(fl: FrameLowering, targets: ts.ArrayLiteralExpression, call: ts.CallExpression): undefined {
  const pos = call.getStart();
  const chExpr = (call.expression as ts.PropertyAccessExpression).expression;
  const elem = fl.ctx.types.elementOf(chExpr);
  if (!elem) fl.ctx.error(call, Code.UnknownFrameType, "Cannot tell the element type of this channel: annotate it, e.g. 'new Chan<i32>()'.");
  const value = fl.temp(elem ?? "i32", "v");
  fl.park(recvOp(fl, channelOperand(fl, chExpr, pos), elem ?? "i32", value), pos);
  const [v, ok] = targets.elements;
  if (v && !ts.isOmittedExpression(v)) fl.emit(nodes.assign(fl.renderNode(v) as ts.Expression, fl.fieldNode(value)), pos);
  if (ok && !ts.isOmittedExpression(ok)) fl.emit(nodes.assign(fl.renderNode(ok) as ts.Expression, received()), pos);
  return undefined;
}

function binary(fl: FrameLowering, e: ts.BinaryExpression): ts.Expression | undefined {
  const f = ts.factory;
  const op = e.operatorToken.kind;
  const pos = e.getStart();
  if (op === ts.SyntaxKind.AmpersandAmpersandToken || op === ts.SyntaxKind.BarBarToken) {
    if (!fl.hasPark(e.right)) return f.createBinaryExpression(value(fl, e.left), op, fl.renderNode(e.right) as ts.Expression);
    const tmp = fl.temp("bool", "b");
    const end = fl.m.label();
    fl.emit(nodes.assign(fl.fieldNode(tmp), truth(value(fl, e.left))), pos);
    fl.jumpIf(op === ts.SyntaxKind.AmpersandAmpersandToken ? f.createLogicalNot(fl.fieldNode(tmp)) : fl.fieldNode(tmp), end, pos);
    fl.emit(nodes.assign(fl.fieldNode(tmp), truth(value(fl, e.right))), pos);
    fl.m.mark(end, -1);
    return fl.fieldNode(tmp);
  }
  if (op === ts.SyntaxKind.CommaToken) {
    effect(fl, e.left);
    return expr(fl, e.right);
  }
  if (op === ts.SyntaxKind.EqualsToken && ts.isArrayLiteralExpression(e.left) && ts.isCallExpression(e.right) && fl.ctx.dialect.callName(e.right) === "Chan.recvOk") {
    return recvOkInto(fl, e.left, e.right);
  }
  if (isAssignmentOperator(op)) {
    let target: ts.Expression;
    if (op === ts.SyntaxKind.EqualsToken && ts.isIdentifier(e.left)) {
      const field = fl.isBoxed(e.left) ? undefined : fl.fieldFor(e.left);
      if (field && recvIntoField(fl, field, e.right)) return fl.fieldNode(field);
    }
    if (ts.isIdentifier(e.left)) target = fl.renderNode(e.left) as ts.Expression;
    else if (ts.isPropertyAccessExpression(e.left)) {
      const object = value(fl, e.left.expression);
      target = f.createPropertyAccessExpression(fl.hasPark(e.right) ? spill(fl, e.left.expression, object) : object, e.left.name.text);
    } else if (ts.isElementAccessExpression(e.left)) {
      // The right-hand side is lowered here, once, after the object and the index.
      const [obj, index] = exprList(fl, [e.left.expression, e.left.argumentExpression], [e.right]);
      target = f.createElementAccessExpression(obj, index);
    } else target = value(fl, e.left);
    // `x += f()` where f parks: the left's value is read before the call, as JavaScript reads
    // it (and as the same code that does not block computes it), then combined with the result.
    // A variable of this frame's own that nothing shares cannot change meanwhile: read as it is.
    const combine = COMPOUND.get(op);
    const ownVariable = ts.isIdentifier(e.left) && !fl.isBoxed(e.left) && fl.fieldFor(e.left) !== undefined;
    if (combine && !ownVariable && fl.hasPark(e.right)) {
      const type = fl.ctx.types.of(e.left);
      if (type) {
        const before = fl.temp(type, "o");
        fl.emit(nodes.assign(fl.fieldNode(before), target), e.getStart());
        return f.createAssignment(target, f.createBinaryExpression(fl.fieldNode(before), combine, value(fl, e.right)));
      }
    }
    return f.createBinaryExpression(target, op, value(fl, e.right));
  }
  const [left, right] = exprList(fl, [e.left, e.right]);
  return f.createBinaryExpression(left, op, right);
}

/** The binary operator of each compound assignment whose left is read before its right (`+=` is `+`). */
const COMPOUND = new Map<ts.SyntaxKind, ts.BinaryOperator>([
  [ts.SyntaxKind.PlusEqualsToken, ts.SyntaxKind.PlusToken], [ts.SyntaxKind.MinusEqualsToken, ts.SyntaxKind.MinusToken],
  [ts.SyntaxKind.AsteriskEqualsToken, ts.SyntaxKind.AsteriskToken], [ts.SyntaxKind.SlashEqualsToken, ts.SyntaxKind.SlashToken],
  [ts.SyntaxKind.PercentEqualsToken, ts.SyntaxKind.PercentToken], [ts.SyntaxKind.AsteriskAsteriskEqualsToken, ts.SyntaxKind.AsteriskAsteriskToken],
  [ts.SyntaxKind.LessThanLessThanEqualsToken, ts.SyntaxKind.LessThanLessThanToken],
  [ts.SyntaxKind.GreaterThanGreaterThanEqualsToken, ts.SyntaxKind.GreaterThanGreaterThanToken],
  [ts.SyntaxKind.GreaterThanGreaterThanGreaterThanEqualsToken, ts.SyntaxKind.GreaterThanGreaterThanGreaterThanToken],
  [ts.SyntaxKind.AmpersandEqualsToken, ts.SyntaxKind.AmpersandToken], [ts.SyntaxKind.BarEqualsToken, ts.SyntaxKind.BarToken],
  [ts.SyntaxKind.CaretEqualsToken, ts.SyntaxKind.CaretToken],
]);

function call(fl: FrameLowering, e: ts.CallExpression): ts.Expression | undefined {
  const f = ts.factory;
  const pos = e.getStart();
  const name = fl.ctx.dialect.callName(e);
  const receiver = ts.isPropertyAccessExpression(e.expression) ? e.expression.expression : undefined;
  if (name && PARKING_METHODS.has(name)) {
    fl.park(nodes.call(f.createPropertyAccessExpression(value(fl, receiver!), (e.expression as ts.PropertyAccessExpression).name.text), [nodes.self()]), pos);
    return undefined;
  }
  switch (name) {
    case "Chan.send": {
      // ch!.send(v) where ch may be null: Go's nil channel, on which a send blocks forever.
      const nil = fl.ctx.nilableChannel(receiver!);
      const ch = spillIf(fl, nil ?? receiver!, e.arguments);
      const elem = fl.ctx.types.elementOf(receiver!) ?? fl.ctx.types.of(e.arguments[0]);
      if (!elem) fl.ctx.error(e, Code.UnknownFrameType, "Cannot tell the element type of this channel: annotate it, e.g. 'new Chan<i32>()'.");
      // A value already in a field of the element type is sent from there: only this frame
      // writes its fields, and it is parked until the value has been taken.
      const sent = value(fl, e.arguments[0]);
      let slot = fieldOfType(fl, fl.readsField(sent), elem);
      if (!slot) {
        slot = fl.temp(elem ?? "i32", "s");
        fl.emit(nodes.assign(fl.fieldNode(slot), sent), pos);
      }
      if (nil) parkForeverIfNil(fl, ch, pos);
      fl.park(nodes.call("__wx_chanSend", [chanAddress(fl, ch), nodes.self(), fl.addressOf(slot)], [elem ?? "i32"]), pos);
      fl.m.emitAfterPark(fl.print(nodes.statement(nodes.call("__wx_sendDone", [nodes.self()]))), pos);
      return undefined;
    }
    case "Chan.recv": {
      const ch = channelOperand(fl, receiver!, pos);
      const elem = fl.ctx.types.elementOf(receiver!);
      if (!elem) fl.ctx.error(e, Code.UnknownFrameType, "Cannot tell the element type of this channel: annotate it, e.g. 'new Chan<i32>()'.");
      const slot = fl.temp(elem ?? "i32", "v");
      fl.park(recvOp(fl, ch, elem ?? "i32", slot), pos);
      return fl.fieldNode(slot);
    }
    case "Chan.recvOk":
      fl.ctx.error(e, Code.RecvOkNotDestructured, "recvOk() must be destructured where it is called: 'const [v, ok] = ch.recvOk();'.");
      return zero();
    case "gosched":
      fl.park(nodes.call("__wx_gosched", [nodes.self()]), pos);
      return undefined;
    case "sleep":
      fl.park(nodes.call("__wx_sleep", [value(fl, e.arguments[0]), nodes.self()]), pos);
      return undefined;
    case "select":
      return fl.select(e);
    case "go": {
      // go(f, <-ch): the arguments are evaluated (and may park) before the goroutine starts;
      // the function is not a value to keep.
      const values = exprList(fl, e.arguments.slice(1));
      const byArg = new Map<ts.Node, ts.Expression>(e.arguments.slice(1).map((a, i) => [a, values[i]]));
      const spawn = fl.ctx.rewriteGo(e, fl);
      return spawn === undefined ? zero() : f.createIdentifier(spawnText(spawn, e.arguments.slice(1), (a) => fl.print(byArg.get(a) ?? fl.renderNode(a))));
    }
  }
  if (fl.ctx.blocking.valueCalls.has(e)) return valueCall(fl, e);
  const target = calledUnit(e, fl.ctx.checker);
  if (target && fl.ctx.blocking.blocking.has(target)) return blockingCall(fl, e, target);
  const member = calledMember(e, fl.ctx.checker);
  if (member && fl.ctx.blocking.virtual.has(member)) return blockingCall(fl, e, member);
  // An ordinary call whose arguments block. An object receiver is evaluated first and kept
  // while they park; a class, namespace or ambient object (U.twice, Math.max) is no value to keep.
  const keepReceiver = receiver !== undefined && (fl.hasPark(receiver) || !isStaticReceiver(receiver, fl.ctx.checker));
  const args = exprList(fl, [...(keepReceiver ? [receiver!] : []), ...e.arguments]);
  const callee = keepReceiver ? f.createPropertyAccessExpression(args.shift()!, (e.expression as ts.PropertyAccessExpression).name.text) : (fl.renderNode(e.expression) as ts.Expression);
  return f.createCallExpression(callee, e.typeArguments, args);
}

/** The channel a receive takes from; `ch!` where `ch` may be null is Go's nil channel (parkForeverIfNil). */
export function channelOperand(fl: FrameLowering, receiver: ts.Expression, pos: number): ts.Expression {
  const nil = fl.ctx.nilableChannel(receiver);
  const ch = value(fl, nil ?? receiver);
  if (nil) parkForeverIfNil(fl, ch, pos);
  return ch;
}

/**
 * A send or a receive on a channel that is null (Go's nil channel) blocks forever: the frame
 * parks on no queue, so nothing wakes it (when nothing else can run, that is Go's deadlock).
 */
export function parkForeverIfNil(fl: FrameLowering, ch: ts.Expression, pos: number): void {
  const never = nodes.when(ts.factory.createLogicalNot(chanAddress(fl, ch)), ts.factory.createReturnStatement(ts.factory.createNull()));
  fl.emit(ts.addSyntheticTrailingComment(never, ts.SyntaxKind.SingleLineCommentTrivia, " a nil channel: blocks forever"), pos);
}

/** `__wx_received(self$)`: whether the receive just made took a value (false: the channel is closed). */
export function received(): ts.Expression {
  return nodes.call("__wx_received", [nodes.self()]);
}

/** `__wx_setState(self$, state);` */
function setState(state: number): ts.Statement {
  return nodes.statement(nodes.call("__wx_setState", [nodes.self(), nodes.num(state)]));
}

/** A callee's frame, done with: given back for the next call (`__wx_recycle`) and its field cleared. */
function release(fl: FrameLowering, field: string): ts.Statement[] {
  return [
    nodes.statement(nodes.call("__wx_recycle", [fl.loadAddress(field)])),
    nodes.statement(nodes.call("__wx_clearField", [nodes.self(), fl.offsetOf(field)])),
  ];
}

/** `!!(e)`: a value as a bool. */
function truth(e: ts.Expression): ts.Expression {
  const f = ts.factory;
  return f.createLogicalNot(f.createLogicalNot(f.createParenthesizedExpression(e)));
}

/** The receiver of an operation, kept in a temporary when its arguments park. */
function spillIf(fl: FrameLowering, receiver: ts.Expression, args: readonly ts.Expression[]): ts.Expression {
  const lowered = value(fl, receiver);
  return args.some((a) => fl.hasPark(a)) ? spill(fl, receiver, lowered) : lowered;
}

/**
 * A call of a function value that may block (runtime/values.ts): the value either runs and
 * returns, or starts a frame, which runs as this frame's callee as in a direct call; its
 * result is then read from the frame (every frame a value starts keeps it first).
 */
function valueCall(fl: FrameLowering, e: ts.CallExpression): ts.Expression | undefined {
  const pos = e.getStart();
  const [callee, ...args] = exprList(fl, [e.expression, ...e.arguments]);
  const type = fl.ctx.checker.getTypeAtLocation(e);
  const isVoid = (type.flags & ts.TypeFlags.Void) !== 0;
  const resultType = isVoid ? undefined : fl.ctx.types.of(e);
  if (!isVoid && !resultType) {
    fl.ctx.error(e, Code.UnknownFrameType, "Cannot tell the AssemblyScript type of this call's result, which a function that blocks keeps in its frame: give the function value a type annotation.");
    return zero();
  }
  fl.callsFrames = true;
  const frame = fl.temp("__wx_Frame | null", "call");
  const value = resultType ? fl.temp(resultType, "r") : undefined;
  const resume = fl.m.label();
  const f = ts.factory;
  const called = f.createCallExpression(callee, undefined, args);
  const c = nodes.name("c$");
  // The state to resume at is known once the machine places it: the line is printed then.
  fl.emit(() => [
    nodes.statement(nodes.call("__wx_beginValueCall", [])),
    value ? nodes.assign(fl.fieldNode(value), called) : nodes.statement(called),
    nodes.block([
      nodes.constant("c$", nodes.call("__wx_valueFrame", [])),
      nodes.when(c, nodes.block([
        nodes.assign(nodes.name("c$.caller"), f.createThis()),
        nodes.assign(fl.fieldNode(frame), c),
        setState(resume.id),
        f.createReturnStatement(c),
      ])),
    ]),
  ], pos);
  fl.m.mark(resume, pos);
  const read = value ? [nodes.assign(fl.fieldNode(value), f.createPropertyAccessExpression(nodes.call("changetype", [fl.fieldNode(frame)], [`__wx_ValueFrame<${resultType}>`]), "result"))] : [];
  fl.emit(nodes.when(fl.fieldNode(frame), nodes.block([...read, ...release(fl, frame)])), pos);
  return value ? fl.fieldNode(value) : undefined;
}

function blockingCall(fl: FrameLowering, e: ts.CallExpression, target: Unit | Member): ts.Expression | undefined {
  const pos = e.getStart();
  let cls: string;
  let args: ts.Expression[];
  /** A generic frame class's type arguments (`i32` of `<i32>`): such a frame is made with `new`. */
  let typeArgList: string[] = [];
  /** A call by dispatch: the object's method starts its own frame, of the family's frame type `cls`. */
  let start: ts.Expression | undefined;
  const family = fl.ctx.blocking.virtual.get(target);
  if (family && ts.isPropertyAccessExpression(e.expression) && e.expression.expression.kind !== ts.SyntaxKind.SuperKeyword) {
    const withBody = family.find((m): m is ts.MethodDeclaration => ts.isMethodDeclaration(m) && !!m.body)!;
    cls = methodFrameClassName(withBody);
    const [object, ...rest] = exprList(fl, [e.expression.expression, ...e.arguments]);
    start = ts.factory.createCallExpression(ts.factory.createPropertyAccessExpression(object, `${e.expression.name.text}$frame`), undefined, rest);
    args = [];
  } else if (ts.isMethodDeclaration(target)) {
    if (!ts.isPropertyAccessExpression(e.expression)) {
      fl.ctx.error(e, Code.UnsupportedBlockingDeclaration, "A method that blocks must be called as 'object.method(…)'.");
      return zero();
    }
    cls = methodFrameClassName(target);
    const object = e.expression.expression;
    // super.m(): the base class's frame, on this object (frame classes are chosen statically).
    const isSuper = object.kind === ts.SyntaxKind.SuperKeyword;
    // A static method's frame has no object.
    const isStatic = target.modifiers?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword) ?? false;
    args = exprList(fl, [...(isSuper || isStatic ? [] : [object]), ...e.arguments]);
    if (isSuper && !isStatic) args.unshift(fl.self ? fl.fieldNode(fl.self) : ts.factory.createThis());
    // A method of a generic class: its frame class takes the object's type arguments, then
    // the method's own (written, or read off the arguments).
    const owner = target.parent as ts.ClassDeclaration;
    const list: string[] = [];
    if (owner.typeParameters?.length) {
      list.push(...(isSuper ? superTypeArguments(e) : typeArguments(fl.ctx.types.of(object) ?? "")));
      if (list.length !== owner.typeParameters.length) {
        fl.ctx.error(object, Code.UnsupportedBlockingDeclaration, `Cannot tell the type arguments of this ${owner.name?.text ?? "object"}, whose method blocks: annotate the variable, e.g. 'const x: ${owner.name?.text}<i32> = …'.`);
        return zero();
      }
    }
    if (target.typeParameters?.length) {
      const own = fl.ctx.callTypeArguments(e, target);
      if (!own) {
        fl.ctx.error(e.expression, Code.UnsupportedBlockingDeclaration, `Cannot tell the type arguments of this call of a generic method that blocks: write them, e.g. '${e.expression.getText()}<i32>(…)'.`);
        return zero();
      }
      list.push(...own);
    }
    typeArgList = list;
  } else if (ts.isFunctionDeclaration(target)) {
    cls = fl.ctx.frameClassAt(e.expression, target);
    args = exprList(fl, e.arguments);
    if (target.typeParameters?.length) {
      const list = fl.ctx.callTypeArguments(e, target);
      if (!list) {
        fl.ctx.error(e.expression, Code.UnsupportedBlockingDeclaration, `Cannot tell the type arguments of this call of a generic function that blocks: write them, e.g. '${e.expression.getText()}<i32>(…)'.`);
        return zero();
      }
      typeArgList = list;
    }
  } else {
    fl.ctx.error(e, Code.UnsupportedBlockingDeclaration, "This call blocks, but its target cannot be lowered.");
    return zero();
  }
  fl.callsFrames = true;
  const typeArgs = typeArgList.length ? `<${typeArgList.join(", ")}>` : "";
  const callee = fl.temp(`${cls}${typeArgs} | null`, "call");
  const f = ts.factory;
  const made = start ? nodes.call("changetype", [start], [cls]) : typeArgList.length ? nodes.construct(cls, args, typeArgList) : nodes.call(`${cls}.new$`, args);
  fl.emit(nodes.block([
    nodes.constant("c$", made),
    nodes.assign(nodes.name("c$.caller"), f.createThis()),
    nodes.assign(fl.fieldNode(callee), nodes.name("c$")),
  ]), pos);
  const resume = fl.m.label();
  fl.emitEnd(() => [setState(resume.id), f.createReturnStatement(fl.fieldNode(callee))], pos);
  fl.m.mark(resume, pos);
  // The callee has returned: its frame is kept for the next call once its result is read.
  let resultType = target.type && target.type.kind !== ts.SyntaxKind.VoidKeyword ? target.type.getText() : undefined;
  if (resultType && typeArgs) {
    // A generic frame's result type names its type parameters: the call's arguments stand in.
    // (a method's frame takes its class's type parameters first, then its own)
    const params = ts.isMethodDeclaration(target) ? [...((target.parent as ts.ClassDeclaration).typeParameters ?? []), ...(target.typeParameters ?? [])] : [...(target.typeParameters ?? [])];
    resultType = substituteTypeParameters(resultType, new Map(params.map((p, i) => [p.name.text, typeArgList[i]]))) ?? resultType;
  }
  if (!resultType) {
    fl.emit(release(fl, callee), pos);
    return undefined;
  }
  const value = fl.temp(resultType, "r");
  // A reference read raw: a callee that recovered from a panic returns its zero result, which
  // for a class is null (Go's nil) and must not fail a null check where nothing uses it.
  const result = isValueType(resultType)
    ? f.createPropertyAccessExpression(f.createNonNullExpression(fl.fieldNode(callee)), "result")
    : nodes.call("changetype", [nodes.call("load", [nodes.call("changetype", [fl.fieldNode(callee)], ["usize"]), nodes.offsetOf(`${cls}${typeArgs}`, "result")], ["usize"])], [resultType]);
  fl.emit([nodes.assign(fl.fieldNode(value), result), ...release(fl, callee)], pos);
  return fl.fieldNode(value);
}

/** What a user would call an expression of this kind, for TS99108. */
function expressionKind(e: ts.Expression): string {
  if (isIncrementOrDecrement(e)) {
    return "an increment or decrement (++, --)";
  }
  if (ts.isObjectLiteralExpression(e)) return "an object literal";
  if (ts.isSpreadElement(e)) return "a spread (...)";
  if (ts.isTaggedTemplateExpression(e)) return "a tagged template";
  if (ts.isDeleteExpression(e) || ts.isTypeOfExpression(e) || ts.isVoidExpression(e)) return `a '${ts.tokenToString(e.kind === ts.SyntaxKind.DeleteExpression ? ts.SyntaxKind.DeleteKeyword : e.kind === ts.SyntaxKind.TypeOfExpression ? ts.SyntaxKind.TypeOfKeyword : ts.SyntaxKind.VoidKeyword)}' expression`;
  if (ts.isArrowFunction(e) || ts.isFunctionExpression(e)) return "a closure that is not given to go(), select or defer()";
  const words = kindInWords(e.kind);
  return `${/^[aeiou]/.test(words) ? "an" : "a"} ${words}`;
}

/** A syntax kind's name in words: PropertyAccessExpression → "property access expression". */
export function kindInWords(kind: ts.SyntaxKind): string {
  return ts.SyntaxKind[kind].replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
}

/**
 * Whether a call's receiver names a class, a namespace, an enum or an object declared in a
 * declaration file (`Math`, `String`): nothing the call's arguments can change, and nothing
 * AssemblyScript can hold in a variable.
 */
function isStaticReceiver(receiver: ts.Expression, checker: ts.TypeChecker): boolean {
  if (!ts.isIdentifier(receiver) && !ts.isPropertyAccessExpression(receiver)) return false;
  // `a.b` is static only when `a` is: `s.length` is a value even though `length` is declared in a library file.
  if (ts.isPropertyAccessExpression(receiver) && !isStaticReceiver(receiver.expression, checker)) return false;
  const symbol = symbolOf(checker, receiver);
  if (!symbol) return false;
  if (symbol.flags & (ts.SymbolFlags.Class | ts.SymbolFlags.Enum | ts.SymbolFlags.Module)) return true;
  return (symbol.declarations ?? []).some((d) => d.getSourceFile().isDeclarationFile);
}

/** In `super.m()`, the type arguments the enclosing class gives its base: `extends Base<i32>`. */
function superTypeArguments(call: ts.Node): string[] {
  const cls = ts.findAncestor(call, ts.isClassDeclaration);
  const base = cls?.heritageClauses?.find((c) => c.token === ts.SyntaxKind.ExtendsKeyword)?.types[0];
  return base?.typeArguments?.map((t) => t.getText()) ?? [];
}
