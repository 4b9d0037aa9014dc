// Closures: capturing functions as AssemblyScript function values.
//
// AssemblyScript's function value is an object of two words, the function's table index and
// an `_env` reference that AssemblyScript leaves null and its collector traces. A closure is
// made by makeClosure(): a copy of a plain function's object whose `_env` is the object that
// holds the captured variables (a class the lowering generates per closure, whose fields
// are the values or, for variables assigned after capture, their Box). Before every indirect
// call the module copies the called object's `_env` into `closureEnv` (the bridge adds that
// to each call, asc/closure-env.mjs); the closure's body starts by reading it into a local,
// before any call of its own can change it.

import { classOf } from "../core/queue";

/** The environment of the function value being called; read by a closure on entry. */
export let closureEnv: usize = 0;

/** A function value that runs `f` with `env` as its environment. */
export function makeClosure<T>(f: T, env: Object): T {
  // The class of `f`'s own object (a static one, with a header like any object): idof<T>()
  // of a function type is not the id its objects carry.
  const src = changetype<usize>(f);
  const obj = __new(offsetof<Function<T>>(), classOf(src));
  store<u32>(obj, load<u32>(src));
  store<usize>(obj, changetype<usize>(env), sizeof<u32>());
  __link(obj, changetype<usize>(env), false);
  return changetype<T>(obj);
}
