// Integer division as Go does it: a panic for a zero divisor, a wrapped result for MIN / -1.
//
// WebAssembly traps on both (`integer divide by zero`, `integer overflow`): a bare trap with
// no panic message, and, for the second, not what Go computes — Go's `math.MinInt32 / -1` is
// `math.MinInt32`, and `% -1` is 0 (which WebAssembly's rem_s already gives). This pass, on
// asc's module before it optimises, rewrites every integer division and remainder of the
// program's own functions (not AssemblyScript's library, not the runtime) whose divisor is not
// a constant other than 0 and -1: the divisor is kept in a new local and checked, a zero calls
// the abort handler with the mark core/panic.ts words as `runtime error: integer divide by
// zero`, and a signed division of the minimum by -1 divides by 1 instead (same result).
import binaryen from "binaryen";
import { CHILDREN } from "./expressions.mjs";

/** What the abort handler's line and column both are for a division by zero (core/panic.ts, DIVIDE_MARK). */
export const DIVIDE_MARK = -1;

const OPS = new Map([
  [binaryen.DivSInt32, { type: binaryen.i32, signed: true, div: true }],
  [binaryen.DivUInt32, { type: binaryen.i32 }],
  [binaryen.RemSInt32, { type: binaryen.i32 }],
  [binaryen.RemUInt32, { type: binaryen.i32 }],
  [binaryen.DivSInt64, { type: binaryen.i64, signed: true, div: true }],
  [binaryen.DivUInt64, { type: binaryen.i64 }],
  [binaryen.RemSInt64, { type: binaryen.i64 }],
  [binaryen.RemUInt64, { type: binaryen.i64 }],
]);

/** The program's own functions: not AssemblyScript's library (`~lib/…`) nor the runtime. */
function isProgramCode(name) {
  return !name.startsWith("~") && !/(^|\/)ts-wasmexport\//.test(name);
}

export function checkDivisions(module, abortName) {
  for (let i = 0, n = module.getNumFunctions(); i < n; i++) {
    const func = module.getFunctionByIndex(i);
    const info = binaryen.getFunctionInfo(func);
    if (info.module || !info.body || !isProgramCode(info.name)) continue;
    const found = [];
    collect(info.body, found);
    for (const expr of found) rewrite(module, func, expr, abortName);
  }
}

function collect(expr, found) {
  if (!expr) return;
  // A leaf needs no look (binaryen.js cannot describe some, e.g. `unreachable`).
  const id = binaryen.getExpressionId(expr);
  if (id !== binaryen.BinaryId && !(CHILDREN.get(id) ?? []).length) return;
  const e = binaryen.getExpressionInfo(expr);
  if (e.id === binaryen.BinaryId && OPS.has(e.op) && needsCheck(e.right, OPS.get(e.op))) found.push(expr);
  for (const field of CHILDREN.get(e.id) ?? []) {
    const child = e[field];
    if (Array.isArray(child)) child.forEach((c) => collect(c, found));
    else collect(child, found);
  }
}

/** A constant divisor other than 0 (and, for a signed division, -1) needs no check. */
function needsCheck(right, op) {
  const r = binaryen.getExpressionInfo(right);
  if (r.id !== binaryen.ConstId) return true;
  const v = Number(r.value); // an i64's is a bigint: 0 and -1 are exact either way
  return v === 0 || (op.div && op.signed && v === -1);
}

function rewrite(module, func, expr, abortName) {
  const e = binaryen.getExpressionInfo(expr);
  const op = OPS.get(e.op);
  const t = op.type;
  const is64 = t === binaryen.i64;
  const c = (v) => (is64 ? module.i64.const(BigInt(v)) : module.i32.const(v));
  const eq = is64 ? module.i64.eq : module.i32.eq;
  const divisor = binaryen._BinaryenFunctionAddVar(func, t);
  const mark = module.i32.const(DIVIDE_MARK);
  const checks = [
    module.local.set(divisor, e.right),
    module.if(eq(module.local.get(divisor, t), c(0)), module.call(abortName, [module.i32.const(0), module.i32.const(0), mark, module.i32.const(DIVIDE_MARK)], binaryen.none)),
  ];
  if (op.signed && op.div) {
    // MIN / -1: divide by 1 instead, which gives MIN, as Go's wrapping division does.
    const dividend = binaryen._BinaryenFunctionAddVar(func, t);
    binaryen.Binary.setLeft(expr, module.local.tee(dividend, e.left, t));
    const min = is64 ? module.i64.const(-(2n ** 63n)) : module.i32.const(0x80000000 | 0);
    checks.push(
      module.if(
        module.i32.and(eq(module.local.get(divisor, t), c(-1)), eq(module.local.get(dividend, t), min)),
        module.local.set(divisor, c(1)),
      ),
    );
  }
  checks.push(module.local.get(divisor, t));
  binaryen.Binary.setRight(expr, module.block(null, checks, t));
}
