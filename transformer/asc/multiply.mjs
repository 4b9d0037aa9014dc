// Multiplications by 2^k ± 1 as a shift and an add or subtract, as Go's compiler and LLVM do
// and V8 does not (it keeps them as multiplications, but for 3, 5 and 9, which it makes one
// `lea`). A multiplication takes three cycles before its result can be used, a shift and a
// subtraction two: in a loop whose every step waits for the step before, such as a hash
// `s = s * 31 + b`, that is the loop's speed; there the sum is also regrouped as
// `(s << 5) - (s - b)`, two steps from s to s (1 MiB through such a checksum: about 1.8 GB/s
// instead of 0.9). Wrapping integer arithmetic makes all the forms equal for every input.
//
// Runs on the optimised module, where binaryen has put constants on the right; only a
// multiplication of a local by the constant is rewritten, since the local is read twice.
import binaryen from "binaryen";
import { CHILDREN } from "./expressions.mjs";

const KINDS = new Map([
  [binaryen.MulInt32, { add: binaryen.AddInt32, sub: binaryen.SubInt32, type: binaryen.i32 }],
  [binaryen.MulInt64, { add: binaryen.AddInt64, sub: binaryen.SubInt64, type: binaryen.i64 }],
]);

/** Rewrites `local * (2^k ± 1)` as `(local << k) ± local` in every function of `module`. */
export function reduceMultiplications(module) {
  for (let i = 0, n = module.getNumFunctions(); i < n; i++) {
    const info = binaryen.getFunctionInfo(module.getFunctionByIndex(i));
    if (!info.module && info.body) visit(module, info.body);
  }
}

function visit(module, expr) {
  const id = binaryen.getExpressionId(expr);
  const fields = CHILDREN.get(id);
  if (!fields || fields.length === 0) return; // a leaf, or a kind this pass does not look into
  if (id === binaryen.BinaryId) rewrite(module, expr);
  const info = binaryen.getExpressionInfo(expr);
  for (const field of fields) {
    const child = info[field];
    if (Array.isArray(child)) child.forEach((c) => c && visit(module, c));
    else if (child) visit(module, child);
  }
}

/**
 * `x * c` becomes `(x << k) ± x`; and `y + x * c`, the step of a hash, becomes
 * `(x << k) ± (x ± y)` (− (x − y) for 2^k − 1), so that x reaches the result through two
 * operations instead of three — unless y writes x, which would then be read before y.
 */
function rewrite(module, expr) {
  const info = binaryen.getExpressionInfo(expr);
  const kind = [...KINDS.values()].find((k) => k.add === info.op);
  if (kind) {
    for (const [mul, other] of [[info.left, info.right], [info.right, info.left]]) {
      const m = multiplication(mul);
      if (!m || writes(other, m.index)) continue;
      binaryen.Binary.setOp(expr, m.plus ? kind.add : kind.sub);
      binaryen.Binary.setLeft(expr, shifted(module, m));
      binaryen.Binary.setRight(expr, combine(module, m, local(module, m), other));
      return;
    }
    return;
  }
  const m = multiplication(expr);
  if (!m) return;
  binaryen.Binary.setOp(expr, m.plus ? m.kind.add : m.kind.sub);
  binaryen.Binary.setLeft(expr, shifted(module, m));
  binaryen.Binary.setRight(expr, local(module, m));
}

/** `local * (2^k ± 1)`, as { index, k, plus, kind }, or null. */
function multiplication(expr) {
  if (binaryen.getExpressionId(expr) !== binaryen.BinaryId) return null;
  const info = binaryen.getExpressionInfo(expr);
  const kind = KINDS.get(info.op);
  if (!kind) return null;
  const left = binaryen.getExpressionInfo(info.left);
  const right = binaryen.getExpressionInfo(info.right);
  if (left.id !== binaryen.LocalGetId || right.id !== binaryen.ConstId) return null;
  const bits = kind.type === binaryen.i32 ? 32 : 64;
  const c = BigInt.asUintN(bits, bits === 32 ? BigInt(right.value) : constant64(right.value));
  const form = shiftForm(c);
  if (!form || form.k >= bits) return null;
  return { index: left.index, kind, ...form };
}

const local = (module, m) => module.local.get(m.index, m.kind.type);

function shifted(module, m) {
  return m.kind.type === binaryen.i32
    ? module.i32.shl(local(module, m), module.i32.const(m.k))
    : module.i64.shl(local(module, m), module.i64.const(m.k, 0));
}

/** `a + b` for 2^k + 1, `a - b` for 2^k − 1, in the multiplication's type. */
function combine(module, m, a, b) {
  const ops = m.kind.type === binaryen.i32 ? module.i32 : module.i64;
  return m.plus ? ops.add(a, b) : ops.sub(a, b);
}

/** Whether `expr` sets the local `index`. */
function writes(expr, index) {
  const id = binaryen.getExpressionId(expr);
  if (id === binaryen.LocalSetId && binaryen.LocalSet.getIndex(expr) === index) return true;
  const fields = CHILDREN.get(id);
  if (!fields) return true; // a kind not known here: assume the worst
  if (fields.length === 0) return false;
  const info = binaryen.getExpressionInfo(expr);
  return fields.some((field) => {
    const child = info[field];
    return Array.isArray(child) ? child.some((c) => c && writes(c, index)) : Boolean(child) && writes(child, index);
  });
}

/** binaryen.js gives an i64 constant as { low, high }. */
function constant64(value) {
  return (BigInt(value.high >>> 0) << 32n) | BigInt(value.low >>> 0);
}

/** c = 2^k + 1 or 2^k − 1 with k ≥ 3, but not 9, which V8 makes one `lea` already. */
function shiftForm(c) {
  if (c === 9n) return null;
  for (const plus of [true, false]) {
    const p = plus ? c - 1n : c + 1n;
    if (p >= 8n && (p & (p - 1n)) === 0n) return { k: p.toString(2).length - 1, plus };
  }
  return null;
}
