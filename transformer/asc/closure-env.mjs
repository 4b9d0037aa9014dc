// Closures, on the module's side (see runtime/closure.ts and the lowering's closures.ts).
//
// An AssemblyScript function value is an object: the function's table index at offset 0, and
// an `_env` reference at offset 4 that AssemblyScript itself leaves null (and its collector
// traces). A closure is such an object with its captured variables' environment in `_env`.
// An indirect call loads the index from the object and passes nothing else, so the callee
// could not find its environment: this pass makes every indirect call first copy the called
// object's `_env` into the runtime's global `closureEnv`, which a closure reads as its first
// act. Calls made inside AssemblyScript's standard library (Array#map's callback) are indirect
// calls of the same module, so they carry the environment too.
//
// Runs on asc's module before it optimises, and only when the program makes closures (the
// global exists only then). An expression kind it does not know is an error, not a silent
// miss: a call it skipped would give a closure another closure's variables.
import binaryen from "binaryen";
import { CHILDREN } from "./expressions.mjs";

/** The internal name of runtime/closure.ts's `closureEnv`. */
const ENV_GLOBAL = "ts-wasmexport/runtime/closure/closureEnv";
/** Holds the called object between its evaluation and the two loads from it. */
const CALLEE_GLOBAL = "~wx_closureCallee";

/** Makes every indirect call pass its object's `_env` through `closureEnv`. */
export function passClosureEnvs(module) {
  if (!module.getGlobal(ENV_GLOBAL)) return;
  module.addGlobal(CALLEE_GLOBAL, binaryen.i32, true, module.i32.const(0));
  for (let i = 0, n = module.getNumFunctions(); i < n; i++) {
    const func = module.getFunctionByIndex(i);
    const info = binaryen.getFunctionInfo(func);
    if (info.module || !info.body) continue; // an import
    visit(module, info.body, info.name);
  }
}

/** `load(object)` becomes `callee = object; closureEnv = load(callee, 4); load(callee)`. */
function passEnv(module, call) {
  const target = binaryen.CallIndirect.getTarget(call);
  const load = binaryen.getExpressionInfo(target);
  if (load.id !== binaryen.LoadId || load.offset !== 0 || load.bytes !== 4) return;
  const callee = () => module.global.get(CALLEE_GLOBAL, binaryen.i32);
  const block = module.block(null, [
    module.global.set(CALLEE_GLOBAL, load.ptr),
    module.global.set(ENV_GLOBAL, module.i32.load(4, 4, callee())),
    module.i32.load(0, 4, callee()),
  ], binaryen.i32);
  binaryen.CallIndirect.setTarget(call, block);
}

function visit(module, expr, where) {
  const id = binaryen.getExpressionId(expr);
  const fields = CHILDREN.get(id);
  if (!fields) throw new Error(`closure environments: expression kind ${id} in ${where} is not handled`);
  if (fields.length === 0) return; // a leaf (binaryen.js has no info for some, such as unreachable)
  const info = binaryen.getExpressionInfo(expr);
  for (const field of fields) {
    const child = info[field];
    if (Array.isArray(child)) child.forEach((c) => c && visit(module, c, where));
    else if (child) visit(module, child, where);
  }
  if (id === binaryen.CallIndirectId) passEnv(module, expr);
}
