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
import binaryen from "binaryen";
import { CHILDREN } from "./expressions.mjs";

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
  if (strings.at(message.value) !== "Index out of range" || !strings.at(file.value)?.startsWith("~lib/")) return;
  binaryen.Call.setOperandAt(abort, 1, module.i32.const(0));
  binaryen.Call.setOperandAt(abort, 2, module.copyExpression(cond.left));
  binaryen.Call.setOperandAt(abort, 3, module.copyExpression(cond.right));
}

/** The call of the runtime's abort in a throw's block, if `expr` is one. */
function abortCallIn(expr) {
  const id = binaryen.getExpressionId(expr);
  const calls = id === binaryen.BlockId ? binaryen.getExpressionInfo(expr).children : [expr];
  return calls.find((c) => {
    if (binaryen.getExpressionId(c) !== binaryen.CallId) return false;
    const ci = binaryen.getExpressionInfo(c);
    return /\/panic\/abort$/.test(ci.target) && ci.operands.length === 4;
  });
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
