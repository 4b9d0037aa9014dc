// select(recv(a, (v, ok) => …), send(b, x, () => …), otherwise(() => …)) in a frame: the
// channels and values evaluated once in source order, the cases described to the runtime's
// Select and committed, the case bodies inline as states (docs/lowering.md).
import * as ts from "typescript";
import { Code } from "../diagnostics";
import * as expressions from "./expressions";
import type { FrameLowering } from "./frame";
import * as nodes from "./nodes";
import { isAssignment, isIncrementOrDecrement } from "../analysis/syntax";

/** select(recv(a, (v, ok) => …), send(b, x, () => …), otherwise(() => …)): the index of the case that ran. */
export function select(fl: FrameLowering, e: ts.CallExpression): ts.Expression {
  const pos = e.getStart();
  const cases = e.arguments.map((a) => (ts.isCallExpression(a) ? a : undefined));
  if (cases.length === 0) {
    fl.park(nodes.call("__wx_block", [nodes.self()]), pos);
    return ts.factory.createNumericLiteral(0);
  }
  type Case = { kind: string; call: ts.CallExpression; body?: ts.ArrowFunction | ts.FunctionExpression; chan?: ts.Expression; slot?: string };
  const described: Case[] = [];
  let otherwiseAt = -1;
  for (const [i, c] of cases.entries()) {
    const kind = c && fl.ctx.dialect.callName(c);
    if (!c || (kind !== "recv" && kind !== "send" && kind !== "otherwise")) {
      fl.ctx.error(e.arguments[i], Code.UnsupportedBlockingPosition, "Each argument of select() must be a call to recv(), send() or otherwise().");
      return ts.factory.createNumericLiteral(0);
    }
    const bodyArg = kind === "recv" ? c.arguments[1] : kind === "send" ? c.arguments[2] : c.arguments[0];
    const body = bodyArg && (ts.isArrowFunction(bodyArg) || ts.isFunctionExpression(bodyArg)) ? bodyArg : undefined;
    if (kind === "otherwise") otherwiseAt = i;
    described.push({ kind, call: c, body });
  }
  // Channels and values, once, in source order. A channel that is a plain local needs no copy
  // when no case expression can change a local.
  const evaluated = (c: Case) => c.call.arguments.slice(0, c.kind === "recv" ? 1 : c.kind === "send" ? 2 : 0);
  const plain = !described.some((c) => evaluated(c).some(mayWrite));
  for (const c of described) {
    if (c.kind === "otherwise") continue;
    const chanExpr = c.call.arguments[0];
    const ch = expressions.value(fl, chanExpr);
    // A Timer's or Ticker's channel (`t.c`, readonly) of a timer in a frame field is read as a
    // channel variable is, through the two addresses.
    const timer = plain && ts.isPropertyAccessExpression(chanExpr) && chanExpr.name.text === "c" ? fl.timerField(chanExpr) : undefined;
    if (plain && fl.readsField(ch)) {
      c.chan = expressions.chanAddress(fl, ch);
    } else if (timer) {
      c.chan = nodes.call("load", [fl.loadAddress(timer.field), nodes.offsetOf(`__wx_${timer.cls}`, "c")], ["usize"]);
    } else {
      const kept = fl.temp("__wx_ChanBase | null", "sc");
      fl.emit(nodes.assign(fl.fieldNode(kept), ch), pos);
      c.chan = expressions.chanAddress(fl, fl.fieldNode(kept));
    }
    const elem = fl.ctx.types.elementOf(chanExpr);
    if (c.kind === "send") {
      const slot = fl.temp(elem ?? fl.ctx.types.of(c.call.arguments[1]) ?? "i32", "ss");
      fl.emit(nodes.assign(fl.fieldNode(slot), expressions.value(fl, c.call.arguments[1])), pos);
      c.slot = slot;
    } else {
      const param = c.body?.parameters[0];
      const field = param && ts.isIdentifier(param.name) ? fl.fieldFor(param.name) : undefined;
      c.slot = field ?? fl.temp(elem ?? "u64", "sv");
    }
  }
  const channelCases = described.filter((c) => c.kind !== "otherwise");
  const f = ts.factory;
  fl.emit(nodes.statement(nodes.call("__wx_Select.enter", [nodes.self()])), pos);
  for (const c of channelCases) fl.emit(nodes.statement(nodes.call(`__wx_Select.${c.kind}`, [c.chan!, fl.addressOf(c.slot!)])), pos);
  fl.park(nodes.call("__wx_Select.commit", [otherwiseAt >= 0 ? f.createTrue() : f.createFalse()]), pos);
  const index = fl.temp("i32", "sel");
  const at = () => fl.fieldNode(index);
  fl.emit(nodes.assign(at(), nodes.call("__wx_Select.index", [nodes.self()])), pos);
  if (otherwiseAt >= 0 && otherwiseAt < channelCases.length) {
    // The runtime numbers channel cases first and otherwise last; the dialect numbers them as written.
    const renumbered = f.createConditionalExpression(f.createEquality(at(), nodes.num(channelCases.length)), undefined, nodes.num(otherwiseAt), undefined, f.createAdd(at(), nodes.num(1)));
    fl.emit(nodes.when(f.createBinaryExpression(at(), ts.SyntaxKind.GreaterThanEqualsToken, nodes.num(otherwiseAt)), nodes.assign(at(), renumbered)), pos);
  }
  // The bodies as a chain of tests, each skipping its body when the index is another case's:
  // if … else if … in effect, which a rotated loop keeps as such (machine.ts).
  const end = fl.m.label();
  described.forEach((c, i) => {
    if (!c.body) return;
    const next = fl.m.label();
    fl.jumpIf(f.createInequality(at(), nodes.num(i)), next, pos);
    fl.m.mark(fl.m.label(), c.body.getStart());
    const okParam = c.kind === "recv" ? c.body.parameters[1] : undefined;
    const okField = okParam && ts.isIdentifier(okParam.name) ? fl.fieldFor(okParam.name) : undefined;
    if (okField) fl.emit(nodes.assign(fl.fieldNode(okField), nodes.call("__wx_Select.ok", [nodes.self()])), pos);
    fl.inlineBody(c.body, end);
    fl.m.jump(end, pos);
    fl.m.mark(next, -1);
  });
  fl.m.mark(end, -1);
  return fl.fieldNode(index);
}

/** Whether evaluating `e` may assign a variable (an assignment, ++/--, or a call). */
function mayWrite(e: ts.Node): boolean {
  if (ts.isCallExpression(e) || ts.isNewExpression(e)) return true;
  if (isAssignment(e) || isIncrementOrDecrement(e)) return true;
  if (ts.isArrowFunction(e) || ts.isFunctionExpression(e)) return false;
  return ts.forEachChild(e, mayWrite) ?? false;
}
