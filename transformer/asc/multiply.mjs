// Multiplications by 2^k ± 1 as a shift and an add or subtract, as Go's compiler and LLVM do
// and V8 does not (it keeps them as multiplications, but for 3, 5 and 9, which it makes one
// `lea`). A multiplication takes three cycles before its result can be used, a shift and a
// subtraction two: in a loop whose every step waits for the step before, such as a hash
// `s = s * 31 + b`, that is the loop's speed (1 MiB through such a checksum: about 1.8 GB/s
// instead of 0.9). Wrapping integer arithmetic makes the two forms equal for every input.
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
  const info = binaryen.getExpressionInfo(expr);
  for (const field of fields) {
    const child = info[field];
    if (Array.isArray(child)) child.forEach((c) => c && visit(module, c));
    else if (child) visit(module, child);
  }
  if (id === binaryen.BinaryId && KINDS.has(info.op)) reduce(module, expr, info);
}

function reduce(module, expr, info) {
  const kind = KINDS.get(info.op);
  const left = binaryen.getExpressionInfo(info.left);
  const right = binaryen.getExpressionInfo(info.right);
  if (left.id !== binaryen.LocalGetId || right.id !== binaryen.ConstId) return;
  const c = BigInt.asUintN(kind.type === binaryen.i32 ? 32 : 64, kind.type === binaryen.i32 ? BigInt(right.value) : constant64(right.value));
  const form = shiftForm(c);
  if (!form || form.k >= (kind.type === binaryen.i32 ? 32 : 64)) return;
  const local = () => module.local.get(left.index, kind.type);
  const shifted = kind.type === binaryen.i32 ? module.i32.shl(local(), module.i32.const(form.k)) : module.i64.shl(local(), module.i64.const(form.k, 0));
  binaryen.Binary.setOp(expr, form.plus ? kind.add : kind.sub);
  binaryen.Binary.setLeft(expr, shifted);
  binaryen.Binary.setRight(expr, local());
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
