// Shadow-stack frames only where the collector can run.
//
// AssemblyScript's collector finds the references held in locals on a shadow stack in linear
// memory: every function with a reference among its locals or arguments lowers the stack
// pointer (a global) on entry, checks it against the stack's end, zeroes its slots, stores
// each reference it holds into its slot, and raises the pointer again on every way out. The
// collector only reads that stack while it runs, and it runs only inside an allocation
// (`__new`, `__renew`) or `__collect`. A function that cannot reach one of those — no call
// that leads to them, no indirect call, no host import (a host may call back into the module)
// — has nothing to show the collector: its slots are never read. Yet such functions are the
// most frequent: a `Uint8Array`'s `length` getter and its `[]` operator are leaf methods of
// this kind, and after inlining, a loop over the array moved the stack pointer down and up
// four times per element, each a store and a load of the same global that the next one
// waits for (a checksum over 1 MiB ran at a third of the speed of the same loop over `load`s).
//
// This pass, on asc's module before it optimises, removes that bookkeeping from every such
// function: the pointer's moves and check, the zeroing, and the stores into its slots (their
// values are kept, for their side effects). Calls to the abort handler do not count, since it
// never returns. A function whose bookkeeping has a shape this pass does not know is left as
// it is: what it removes is either all of a function's or none.
import binaryen from "binaryen";
import { CHILDREN } from "./expressions.mjs";

const STACK_POINTER = "~lib/memory/__stack_pointer";
const STACK_CHECK = "~stack_check";
/** The functions in which the collector runs, by the end of their internal names. */
const COLLECTS = /\/(__new|__renew|__collect)$/;

/** Removes the shadow-stack frames of the functions that cannot run the collector. */
export function dropLeafFrames(module, abortName) {
  if (!hasGlobal(module, STACK_POINTER)) return; // no shadow stack (the stub runtime)
  const calls = new Map(); // defined function → the functions it calls, or null when it may call anything
  const collects = new Set();
  for (let i = 0, n = module.getNumFunctions(); i < n; i++) {
    const info = binaryen.getFunctionInfo(module.getFunctionByIndex(i));
    if (info.module || !info.body || COLLECTS.test(info.name)) collects.add(info.name);
    else calls.set(info.name, calledBy(info.body));
  }
  for (let changed = true; changed; ) {
    changed = false;
    for (const [name, callees] of calls) {
      if (collects.has(name)) continue;
      if (callees === null || [...callees].some((c) => c !== abortName && collects.has(c))) {
        collects.add(name);
        changed = true;
      }
    }
  }
  for (const name of calls.keys()) {
    if (collects.has(name)) continue;
    const func = module.getFunction(name);
    const body = withoutFrame(module, binaryen.getFunctionInfo(func).body);
    if (body) binaryen.Function.setBody(func, body);
  }
}

function hasGlobal(module, name) {
  for (let i = 0, n = module.getNumGlobals(); i < n; i++) {
    if (binaryen.getGlobalInfo(module.getGlobalByIndex(i)).name === name) return true;
  }
  return false;
}

/** The functions `body` calls directly, or null when it makes an indirect call (or has a kind of expression not known here). */
function calledBy(body) {
  const callees = new Set();
  let known = true;
  const visit = (expr) => {
    const id = binaryen.getExpressionId(expr);
    if (id === binaryen.CallIndirectId || !CHILDREN.has(id)) known = false;
    if (id === binaryen.CallId) callees.add(binaryen.Call.getTarget(expr));
    forEachChild(expr, visit);
  };
  visit(body);
  return known ? callees : null;
}

function forEachChild(expr, f) {
  const fields = CHILDREN.get(binaryen.getExpressionId(expr));
  if (!fields || fields.length === 0) return;
  const info = binaryen.getExpressionInfo(expr);
  for (const field of fields) {
    const child = info[field];
    if (Array.isArray(child)) child.forEach((c) => c && f(c));
    else if (child) f(child);
  }
}

const isStackPointer = (expr) =>
  binaryen.getExpressionId(expr) === binaryen.GlobalGetId && binaryen.GlobalGet.getName(expr) === STACK_POINTER;

/**
 * The function body with its shadow-stack bookkeeping removed, or null when there is none or
 * when any of it is not a statement of a block, an if or a loop (which this pass would have
 * to rebuild around), or the stack pointer is read anywhere else.
 */
function withoutFrame(module, body) {
  const edits = [];
  let foreign = false;
  const visit = (expr, put) => {
    const id = binaryen.getExpressionId(expr);
    let replacement = null;
    if (id === binaryen.GlobalSetId && binaryen.GlobalSet.getName(expr) === STACK_POINTER) replacement = () => module.nop();
    else if (id === binaryen.CallId && binaryen.Call.getTarget(expr) === STACK_CHECK) replacement = () => module.nop();
    else if (id === binaryen.MemoryFillId && isStackPointer(binaryen.MemoryFill.getDest(expr))) replacement = () => module.nop();
    else if (id === binaryen.StoreId && isStackPointer(binaryen.Store.getPtr(expr))) {
      const value = binaryen.Store.getValue(expr);
      visit(value, null);
      replacement = () => module.drop(value);
    } else if (isStackPointer(expr)) foreign = true;
    if (replacement) {
      if (put) edits.push(() => put(replacement()));
      else foreign = true;
      return;
    }
    // Statements of blocks, ifs and loops can be replaced in place; other children cannot.
    if (id === binaryen.BlockId) {
      for (let i = 0, n = binaryen.Block.getNumChildren(expr); i < n; i++) visit(binaryen.Block.getChildAt(expr, i), (e) => binaryen.Block.setChildAt(expr, i, e));
    } else if (id === binaryen.IfId) {
      visit(binaryen.If.getCondition(expr), null);
      visit(binaryen.If.getIfTrue(expr), (e) => binaryen.If.setIfTrue(expr, e));
      const ifFalse = binaryen.If.getIfFalse(expr);
      if (ifFalse) visit(ifFalse, (e) => binaryen.If.setIfFalse(expr, e));
    } else if (id === binaryen.LoopId) {
      visit(binaryen.Loop.getBody(expr), (e) => binaryen.Loop.setBody(expr, e));
    } else {
      forEachChild(expr, (child) => visit(child, null));
    }
  };
  visit(body, null);
  if (foreign || edits.length === 0) return null;
  for (const edit of edits) edit();
  return body;
}
