// Panics that unwind: deferred calls run while a panic unwinds the goroutine (Go's gopanic).
//
// A panic raised in a frame (a lowered function) does not trap at once: the frame runs its
// deferred calls, last first (a flag of its own says it does so under a panic), then hands
// the panic to its caller, which resumes in the state UNWINDING and does the same. When the
// goroutine's root frame has run its deferred calls, the panic ends the call as every panic
// does (panic.ts). A panic raised in code that
// is not a frame (a function that never blocks) traps at once: its wasm stack cannot be
// unwound into the frames below it.
import { Frame, leave, setState } from "./frame";
import { END } from "./reuse";
import { panic } from "../core/panic";

/** The state a frame resumes in when a callee hands it a panic. */
export const UNWINDING: i32 = -2;

/** The message of the panic being unwound (each frame that unwinds knows it does: its own flag). */
// @ts-ignore: decorator
@lazy let unwinding: string | null = null;

/** `panic(text)` in a frame: what the frame's deferred calls run under. */
export function startPanic(text: string): void {
  unwinding = text;
}

/**
 * The frame at `f` has run its deferred calls under a panic: its caller unwinds next, or,
 * at the goroutine's root, the panic ends the call.
 */
export function unwind(f: usize): Frame | null {
  const caller = load<usize>(f, offsetof<Frame>("caller"));
  if (caller == 0 || caller == changetype<usize>(END)) panic(unwinding!);
  setState(caller, UNWINDING);
  return leave(f);
}

/**
 * `recover()` in a deferred closure of a frame: `panicking` is the frame's flag for running its
 * deferred calls under a panic, read before `cleared` set it to false (the lowering passes
 * `flag, flag = false`). Stops the panic when there is one: the frame then leaves normally.
 */
export function recoverIn(panicking: bool, cleared: bool): string | null {
  if (!panicking) return null;
  const text = unwinding;
  unwinding = null;
  return text;
}

/** `recover()` anywhere else: not called directly by a deferred function, it recovers nothing. */
export function recover(): string | null {
  return null;
}
