// Element access: typed arrays' `[]` and `length` inlined, and Go's words for an index out of
// range.
//
// A typed array's `[]` (`__get`, `__set`) calls abort on its bounds check, and binaryen
// inlines a function that calls anything only where it has one caller: in a program that
// indexes arrays in more than one place, every element read or write in a loop was a call.
// Marked `@inline` (asc's own decorator, set on its library's declarations before it
// compiles), they are AssemblyScript-inlined at every use; with the shadow-stack frames of
// functions that cannot collect removed (frames.mjs), a loop over a Uint8Array is then loads,
// the bounds check and the loop's own arithmetic.
//
// Go says `index out of range [5] with length 3`; AssemblyScript's bounds checks abort with
// "Index out of range" and their own position in its library. Each such check, in a library
// function or inlined into the program's, `if (<u32>index >= <u32>length) abort(…)`, keeps its
// message but passes no file, and the index and the length in place of the line and column:
// the runtime's abort (core/panic.ts) words it as Go does. The check's two operands are a
// local and a load (or, before optimising, a field getter's call), so reading them again
// costs nothing on the good path.
//
// Where the check is inlined into the program's own code — every `[]` and `[]=` of an
// `Array`, a `StaticArray` and a typed array is `@inline` — its abort names the access in the
// dialect file instead of the library's line: the file argument is the whole position,
// `src/main.ts:4:10`, a string per access in the module's data, and line and column stay free
// for the index and the length. The position is a constant: the good path pays nothing.
import { Compiler } from "assemblyscript";
import binaryen from "binaryen";
import { CHILDREN } from "./expressions.mjs";

const ARRAYS = ["~lib/array/Array", "~lib/staticarray/StaticArray"];
const TYPED_ARRAYS = [
  "Int8Array", "Uint8Array", "Uint8ClampedArray", "Int16Array", "Uint16Array", "Int32Array",
  "Uint32Array", "Int64Array", "Uint64Array", "Float32Array", "Float64Array",
];
/** asc's DecoratorFlags.Inline (assemblyscript.generated.d.ts). */
const INLINE = 64;

/** After asc has initialised the program: the typed arrays' `[]`, `[]=` and `length` are `@inline`. */
export function inlineElementAccess(program) {
  for (const name of TYPED_ARRAYS) {
    const members = program.elementsByName.get(`~lib/typedarray/${name}`)?.instanceMembers;
    if (!members) continue;
    for (const member of [members.get("__get"), members.get("__set"), members.get("length")?.getterPrototype]) {
      if (member && typeof member.decoratorFlags === "number") member.decoratorFlags |= INLINE;
    }
  }
  for (const name of ARRAYS) {
    const members = program.elementsByName.get(name)?.instanceMembers;
    for (const member of [members?.get("__get"), members?.get("__set")]) {
      if (member && typeof member.decoratorFlags === "number") member.decoratorFlags |= INLINE;
    }
  }
}

/**
 * The sources asc parsed from the program's own (lowered) files, each with the name a run-time
 * error gives it (positions.ts, shownPath): worker.mjs's userPositions fills it in.
 */
export const userSources = new WeakMap();

/**
 * From now on, an abort in the program's own files names the file as the user knows it
 * (userSources), and an abort in a library function that asc inlines at a call in those files
 * is given that call's position, written whole into the file argument. asc makes an abort
 * from the `throw`'s own range, in the library; the call being inlined is the innermost call
 * (compileCallDirect, makeCallDirect) whose function the current inline flow compiles. An
 * element assignment `xs[i] = v` reports its setter's call at `v`: its position is the
 * access's, which starts where `xs` does.
 */
export function abortsAtInlinedCalls() {
  const proto = Compiler.prototype;
  if (proto.makeStaticAbort.callSites) return;
  const callSites = [];
  const assignments = [];
  const tracked = (compileCall) =>
    function (instance, operands, reportNode, ...rest) {
      const assignment = assignments[assignments.length - 1];
      callSites.push({ instance, node: assignment?.value === reportNode ? assignment.access : reportNode });
      try {
        return compileCall.call(this, instance, operands, reportNode, ...rest);
      } finally {
        callSites.pop();
      }
    };
  proto.compileCallDirect = tracked(proto.compileCallDirect);
  proto.makeCallDirect = tracked(proto.makeCallDirect);
  const makeAssignment = proto.makeAssignment;
  proto.makeAssignment = function (target, valueExpr, valueType, valueExpression, thisExpression, indexExpression, ...rest) {
    if (!indexExpression || !thisExpression) return makeAssignment.call(this, target, valueExpr, valueType, valueExpression, thisExpression, indexExpression, ...rest);
    assignments.push({ value: valueExpression, access: thisExpression });
    try {
      return makeAssignment.call(this, target, valueExpr, valueType, valueExpression, thisExpression, indexExpression, ...rest);
    } finally {
      assignments.pop();
    }
  };
  const makeStaticAbort = proto.makeStaticAbort;
  proto.makeStaticAbort = function (messageExpr, codeLocation) {
    const site = callSites[callSites.length - 1];
    const inlined = site && this.currentFlow.inlineFunction === site.instance && userSources.has(site.node?.range?.source) && !userSources.has(codeLocation.range.source);
    const { range } = inlined ? site.node : codeLocation;
    const name = userSources.get(range.source);
    if (name === undefined) return makeStaticAbort.call(this, messageExpr, codeLocation);
    const line = range.source.lineAt(range.start);
    const column = range.source.columnAt();
    const source = inlined
      ? { normalizedPath: `${name}:${line}:${column}`, lineAt: () => 0, columnAt: () => 0 }
      : { normalizedPath: name, lineAt: () => line, columnAt: () => column };
    return makeStaticAbort.call(this, messageExpr, { range: { start: range.start, source } });
  };
  proto.makeStaticAbort.callSites = callSites;
}

/** Every bounds check of AssemblyScript's library, wherever it stands, passes its index and length to abort. */
export function indexErrorsWithValues(module) {
  const strings = new StaticStrings(module);
  for (let i = 0; i < module.getNumFunctions(); i++) {
    const info = binaryen.getFunctionInfo(module.getFunctionByIndex(i));
    if (info.module || !info.body) continue;
    const visit = (expr) => {
      const id = binaryen.getExpressionId(expr);
      const fields = CHILDREN.get(id);
      if (!fields || fields.length === 0) return;
      const e = binaryen.getExpressionInfo(expr);
      if (id === binaryen.IfId) withValues(module, strings, e);
      for (const field of fields) {
        const child = e[field];
        if (Array.isArray(child)) child.forEach((c) => c && visit(c));
        else if (child) visit(child);
      }
    };
    visit(info.body);
  }
}

function withValues(module, strings, e) {
  const cond = binaryen.getExpressionInfo(e.condition);
  if (cond.id !== binaryen.BinaryId || cond.op !== binaryen.GeUInt32) return;
  const abort = abortCallIn(e.ifTrue);
  if (!abort) return;
  const [message, file] = binaryen.getExpressionInfo(abort).operands.map((o) => binaryen.getExpressionInfo(o));
  if (message.id !== binaryen.ConstId || file.id !== binaryen.ConstId) return;
  const where = strings.at(file.value);
  if (strings.at(message.value) !== "Index out of range" || !where) return;
  if (where.startsWith("~lib/")) binaryen.Call.setOperandAt(abort, 1, module.i32.const(0));
  else if (!/:\d+:\d+$/.test(where)) return; // a position written whole: abortsAtInlinedCalls
  binaryen.Call.setOperandAt(abort, 2, module.copyExpression(cond.left));
  binaryen.Call.setOperandAt(abort, 3, module.copyExpression(cond.right));
}

/**
 * The call of the runtime's abort in a throw's block, if `expr` is one, or in the block of an
 * `if` in it: `Array#[]=` grows the array past its end and throws only for a negative index,
 * which Go reports without the length (the runtime leaves the length out of a negative one's
 * message).
 */
function abortCallIn(expr) {
  const id = binaryen.getExpressionId(expr);
  const children = id === binaryen.BlockId ? binaryen.getExpressionInfo(expr).children : [expr];
  for (const c of children) {
    const cid = binaryen.getExpressionId(c);
    if (cid === binaryen.CallId) {
      const ci = binaryen.getExpressionInfo(c);
      if (/\/panic\/abort$/.test(ci.target) && ci.operands.length === 4) return c;
    } else if (cid === binaryen.IfId) {
      const nested = abortCallIn(binaryen.getExpressionInfo(c).ifTrue);
      if (nested) return nested;
    }
  }
  return undefined;
}

/** AssemblyScript's string literals in the module's data: the UTF-16 at an address, its byte length in the word before. */
class StaticStrings {
  constructor(module) {
    this.segments = [];
    for (let i = 0, n = module.getNumDataSegments(); i < n; i++) {
      const s = module.getDataSegmentInfo(module.getDataSegmentByIndex(i));
      if (!s.passive && typeof s.offset === "number") this.segments.push({ offset: s.offset, bytes: new Uint8Array(s.data) });
    }
  }

  at(address) {
    const p = address >>> 0;
    const segment = this.segments.find((s) => s.offset + 4 <= p && p <= s.offset + s.bytes.length);
    if (!segment) return null;
    const view = new DataView(segment.bytes.buffer, segment.bytes.byteOffset, segment.bytes.length);
    const at = p - segment.offset;
    const length = view.getUint32(at - 4, true);
    if (at + length > segment.bytes.length || length % 2) return null;
    let text = "";
    for (let i = 0; i < length; i += 2) text += String.fromCharCode(view.getUint16(at + i, true));
    return text;
  }
}
