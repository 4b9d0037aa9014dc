// Statements in a frame: a statement without a park is printed as it is; one that parks (or
// jumps out of itself) is flattened into states — branches and loops become jumps between
// states, break and continue find their targets on the frame's leap stack, return runs the
// deferred calls first. Functions take the FrameLowering they work for.
import * as ts from "typescript";
import { Code } from "../diagnostics";
import * as expressions from "./expressions";
import type { FrameLowering } from "./frame";
import type { Label } from "./machine";
import * as nodes from "./nodes";


/** Lowers `s`; `label` is the label written before it, when it is a labeled loop. */
export function statement(fl: FrameLowering, s: ts.Statement, label?: string): void {
  if (!fl.mustFlatten(s)) {
    printed(fl, s);
    return;
  }
  const pos = s.getStart();
  if (ts.isBlock(s)) {
    s.statements.forEach((t) => statement(fl, t));
  } else if (ts.isVariableStatement(s)) {
    variables(fl, s.declarationList);
  } else if (ts.isExpressionStatement(s)) {
    expressions.effect(fl, s.expression);
  } else if (ts.isIfStatement(s)) {
    const otherwise = fl.m.label();
    const end = fl.m.label();
    fl.jumpUnless(expressions.value(fl, s.expression), s.elseStatement ? otherwise : end, pos);
    statement(fl, s.thenStatement);
    if (s.elseStatement) {
      fl.m.jump(end, pos);
      fl.m.mark(otherwise, s.elseStatement.getStart());
      statement(fl, s.elseStatement);
    }
    fl.m.mark(end, -1);
  } else if (ts.isWhileStatement(s)) {
    const top = fl.m.label();
    const end = fl.m.label();
    fl.m.mark(top, pos);
    fl.jumpUnless(expressions.value(fl, s.expression), end, pos);
    loopBody(fl, s.statement, end, top, label);
    fl.m.jump(top, pos);
    fl.m.mark(end, -1);
  } else if (ts.isDoStatement(s)) {
    const top = fl.m.label();
    const test = fl.m.label();
    const end = fl.m.label();
    fl.m.mark(top, pos);
    loopBody(fl, s.statement, end, test, label);
    fl.m.mark(test, s.expression.getStart());
    fl.jumpIf(expressions.value(fl, s.expression), top, pos);
    fl.m.mark(end, -1);
  } else if (ts.isForStatement(s)) {
    if (s.initializer) {
      if (ts.isVariableDeclarationList(s.initializer)) variables(fl, s.initializer);
      else expressions.effect(fl, s.initializer);
    }
    const top = fl.m.label();
    const update = fl.m.label();
    const end = fl.m.label();
    fl.m.mark(top, pos);
    if (s.condition) fl.jumpUnless(expressions.value(fl, s.condition), end, pos);
    loopBody(fl, s.statement, end, update, label);
    fl.m.mark(update, s.incrementor ? s.incrementor.getStart() : pos);
    for (const { name, type } of fl.ctx.boxedCounters(s)) {
      // The next iteration's own counter, a copy of this one's (boxedCounters).
      const box = () => (fl.fieldFor(name) ? fl.fieldNode(fl.fieldFor(name)!) : nodes.name(name.text));
      fl.emit(nodes.assign(box(), nodes.construct("__wx_Box", [ts.factory.createPropertyAccessExpression(box(), "value")], [type])), pos);
    }
    if (s.incrementor) expressions.effect(fl, s.incrementor);
    fl.m.jump(top, pos);
    fl.m.mark(end, -1);
  } else if (ts.isForOfStatement(s)) {
    forOf(fl, s, label);
  } else if (ts.isSwitchStatement(s)) {
    switchStatement(fl, s);
  } else if (ts.isLabeledStatement(s)) {
    const inner = s.statement;
    if (ts.isIterationStatement(inner, false)) {
      statement(fl, inner, s.label.text);
    } else {
      const end = fl.m.label();
      fl.leaps.withEntry({ kind: "labeled", label: s.label.text, breakTo: end }, () => statement(fl, inner));
      fl.m.mark(end, -1);
    }
  } else if (ts.isBreakStatement(s) || ts.isContinueStatement(s)) {
    fl.m.jump(leapTarget(fl, s), pos);
  } else if (ts.isReturnStatement(s)) {
    returnStatement(fl, s);
  } else if (ts.isThrowStatement(s)) {
    fl.emit(ts.factory.createThrowStatement(expressions.value(fl, s.expression)), pos);
  } else if (ts.isTryStatement(s)) {
    fl.ctx.error(s, Code.TryCatch, "try/catch is not supported: AssemblyScript has no exceptions; a panic ends the call.");
  } else {
    fl.ctx.error(s, Code.UnsupportedBlockingPosition, `This statement (${expressions.kindInWords(s.kind)}) cannot contain a blocking operation.`);
  }
}


export function loopBody(fl: FrameLowering, body: ts.Statement, breakTo: Label, continueTo: Label, label?: string): void {
  fl.leaps.withEntry({ kind: "loop", label, breakTo, continueTo }, () => statement(fl, body));
}

export function leapTarget(fl: FrameLowering, s: ts.BreakStatement | ts.ContinueStatement): Label {
  const label = s.label?.text;
  const target = ts.isBreakStatement(s) ? fl.leaps.breakTarget(label) : fl.leaps.continueTarget(label);
  if (target) return target;
  fl.ctx.error(s, Code.UnsupportedBlockingPosition, "This break or continue has no target.");
  return fl.m.label();
}

export function returnStatement(fl: FrameLowering, s: ts.ReturnStatement): void {
  const pos = s.getStart();
  const end = fl.leaps.returnTarget();
  if (end) {
    // A return inside a select case body or a deferred closure ends only that body.
    if (s.expression) expressions.effect(fl, s.expression);
    fl.m.jump(end, pos);
    return;
  }
  const lowered = s.expression ? expressions.expr(fl, s.expression) : undefined;
  if (fl.runDefers) {
    if (lowered) fl.emit(fl.setResult(lowered), pos);
    fl.m.jump(fl.runDefers, pos);
  } else {
    fl.emitEnd(fl.returnCode(lowered), pos);
  }
}

export function variables(fl: FrameLowering, list: ts.VariableDeclarationList): void {
  for (const d of list.declarations) {
    const pos = d.getStart();
    if (ts.isArrayBindingPattern(d.name)) {
      destructure(fl, d);
      continue;
    }
    if (!ts.isIdentifier(d.name) || !d.initializer) continue;
    const field = fl.fieldFor(d.name);
    if (field && !fl.isBoxed(d.name) && expressions.recvIntoField(fl, field, d.initializer)) continue;
    const target = field ? fl.fieldNode(field) : nodes.name(d.name.text);
    const value = expressions.value(fl, d.initializer);
    fl.emit(nodes.assign(target, fl.isBoxed(d.name) ? nodes.construct("__wx_Box", [value]) : value), pos);
  }
}

/**
 * A statement printed as it is. The printer keeps a block's statements on lines of their own,
 * so when the printed text has as many lines as the statement in the source, each line is
 * mapped to its source line (where its first word stands): an asc error inside an `if` or a
 * loop body then points at its own line, not at the statement's first.
 */
function printed(fl: FrameLowering, s: ts.Statement): void {
  const text = fl.render(s);
  const lines = text.split("\n");
  const file = s.getSourceFile();
  const first = file.getLineAndCharacterOfPosition(s.getStart()).line;
  const last = file.getLineAndCharacterOfPosition(s.end).line;
  if (ts.isReturnStatement(s)) {
    fl.m.emitEnd(text, s.getStart());
    return;
  }
  if (lines.length === 1 || lines.length !== last - first + 1) {
    fl.m.emit(text, s.getStart());
    return;
  }
  const starts = file.getLineStarts();
  lines.forEach((line, i) => {
    let pos = i === 0 ? s.getStart() : starts[first + i];
    while (i > 0 && (file.text[pos] === " " || file.text[pos] === "\t")) pos++;
    fl.m.emit(line, pos);
  });
}

/** `const [v, ok] = ch.recvOk()`, and array destructuring in general. */
export function destructure(fl: FrameLowering, d: ts.VariableDeclaration): void {
  const pattern = d.name as ts.ArrayBindingPattern;
  const names = pattern.elements.map((e) => (ts.isBindingElement(e) && ts.isIdentifier(e.name) ? e.name : undefined));
  const init = d.initializer;
  const pos = d.getStart();
  if (init && ts.isCallExpression(init) && fl.ctx.dialect.callName(init) === "Chan.recvOk") {
    const ch = expressions.channelOperand(fl, (init.expression as ts.PropertyAccessExpression).expression, pos);
    const valueField = names[0] ? fl.fieldFor(names[0]) : undefined;
    const elem = fl.ctx.types.elementOf((init.expression as ts.PropertyAccessExpression).expression) ?? "u64";
    const into = valueField ?? fl.temp(elem, "v");
    fl.park(expressions.recvOp(fl, ch, elem, into), pos);
    const okField = names[1] ? fl.fieldFor(names[1]) : undefined;
    if (okField) fl.emit(nodes.assign(fl.fieldNode(okField), expressions.received()), pos);
    return;
  }
  if (!init) return;
  const type = fl.ctx.types.of(init);
  if (!type) {
    fl.ctx.error(d, Code.UnknownFrameType, "Cannot tell the AssemblyScript type of this value: add a type annotation.");
    return;
  }
  const tmp = fl.temp(type, "d");
  fl.emit(nodes.assign(fl.fieldNode(tmp), expressions.value(fl, init)), pos);
  names.forEach((n, i) => {
    const field = n && fl.fieldFor(n);
    if (field) fl.emit(nodes.assign(fl.fieldNode(field), ts.factory.createElementAccessExpression(fl.fieldNode(tmp), i)), pos);
  });
}

export function forOf(fl: FrameLowering, s: ts.ForOfStatement, label?: string): void {
  const pos = s.getStart();
  const decl = ts.isVariableDeclarationList(s.initializer) ? s.initializer.declarations[0] : undefined;
  const id = decl && ts.isIdentifier(decl.name) ? decl.name : ts.isIdentifier(s.initializer) ? s.initializer : undefined;
  const field = id && fl.fieldFor(id);
  const top = fl.m.label();
  const next = fl.m.label();
  const end = fl.m.label();
  const iterableType = fl.ctx.types.of(s.expression);
  if (!field || !iterableType) {
    fl.ctx.error(s, Code.UnknownFrameType, "Cannot tell the types in this for…of: annotate the loop variable or the iterable.");
    return;
  }
  // for (const v of ch!) where ch may be null: ranging over Go's nil channel blocks forever.
  const nil = fl.ctx.nilableChannel(s.expression);
  const src = fl.temp(nil ? (fl.ctx.types.of(nil) ?? iterableType) : iterableType, "of");
  const iterable = expressions.value(fl, nil ?? s.expression);
  const from = fl.readsField(iterable);
  fl.emit(from ? nodes.statement(nodes.call("__wx_copyField", [nodes.self(), fl.offsetOf(from), fl.offsetOf(src)])) : nodes.assign(fl.fieldNode(src), iterable), pos);
  if (fl.ctx.dialect.isChanExpression(s.expression)) {
    // for v := range ch: receive until the channel is closed and drained
    if (nil) expressions.parkForeverIfNil(fl, fl.fieldNode(src), pos);
    fl.m.mark(top, pos);
    fl.park(expressions.recvOp(fl, fl.fieldNode(src), fl.ctx.types.elementOf(s.expression) ?? "i32", field), pos);
    fl.jumpIf(ts.factory.createLogicalNot(expressions.received()), end, pos);
    loopBody(fl, s.statement, end, top, label);
    fl.m.jump(top, pos);
  } else {
    const index = fl.temp("i32", "i");
    const f = ts.factory;
    fl.emit(nodes.assign(fl.fieldNode(index), nodes.num(0)), pos);
    fl.m.mark(top, pos);
    fl.jumpIf(f.createBinaryExpression(fl.fieldNode(index), ts.SyntaxKind.GreaterThanEqualsToken, f.createPropertyAccessExpression(fl.fieldNode(src), "length")), end, pos);
    fl.emit(nodes.assign(fl.fieldNode(field), f.createElementAccessExpression(fl.fieldNode(src), fl.fieldNode(index))), pos);
    loopBody(fl, s.statement, end, next, label);
    fl.m.mark(next, pos);
    fl.emit(nodes.statement(ts.factory.createPostfixIncrement(fl.fieldNode(index))), pos);
    fl.m.jump(top, pos);
  }
  fl.m.mark(end, -1);
}

export function switchStatement(fl: FrameLowering, s: ts.SwitchStatement): void {
  const pos = s.getStart();
  const type = fl.ctx.types.of(s.expression) ?? "i32";
  const tag = fl.temp(type, "sw");
  fl.emit(nodes.assign(fl.fieldNode(tag), expressions.value(fl, s.expression)), pos);
  const end = fl.m.label();
  const labels = s.caseBlock.clauses.map(() => fl.m.label());
  let fallback = end;
  s.caseBlock.clauses.forEach((c, i) => {
    if (ts.isCaseClause(c)) fl.jumpIf(ts.factory.createEquality(fl.fieldNode(tag), ts.factory.createParenthesizedExpression(expressions.value(fl, c.expression))), labels[i], c.getStart());
    else fallback = labels[i];
  });
  fl.m.jump(fallback, pos);
  fl.leaps.withEntry({ kind: "switch", breakTo: end }, () => {
    s.caseBlock.clauses.forEach((c, i) => {
      fl.m.mark(labels[i], c.getStart());
      c.statements.forEach((t) => statement(fl, t));
    });
  });
  fl.m.mark(end, -1);
}
