// A goroutine is a chain of frames on the heap.
//
// There is no goroutine object: a goroutine is its innermost frame, linked through `caller`
// to the frames that called it. The frame that is running, runnable or parked is always the
// innermost one, so the run queue and the wait queues hold frames (or, for select, one
// SelectCase per case that stands for its frame). Depth costs heap, never host stack: a
// blocking call hands the callee back to the scheduler instead of calling it.
import { Waiter } from "../core/queue";

/** One activation of a blocking function, lowered to a state machine (docs/runtime.md). */
export class Frame extends Waiter {
  /** Resume point of the state machine; -1 once the function has returned. */
  pc: i32;
  /** The frame to continue when this one returns; null for a goroutine's root frame. */
  caller: Frame | null;

  /**
   * Runs from `pc` until the frame calls, returns or parks, and answers what the scheduler
   * runs next on this goroutine: the callee, `caller`, or null (parked, or the goroutine ended).
   */
  resume(): Frame | null {
    unreachable();
    return null;
  }
}

// What a lowered resume() does to its own frame, on the frame's address (`self$`): reading
// and setting the resume point, testing a receive's `ok`, returning, copying a reference
// from one field to another. Written as `this.pc = …`, each would hold `this` in a local
// across the calls around it, and cost resume() a shadow-stack frame on every resumption.
// The frame itself stays reachable through `running` (runq.ts) while it runs.

@inline export function stateOf(f: usize): i32 {
  return load<i32>(f, offsetof<Frame>("pc"));
}

@inline export function setState(f: usize, pc: i32): void {
  store<i32>(f, pc, offsetof<Frame>("pc"));
}

/** After a receive by the frame at `f`: whether a value came (false: the channel was closed). */
@inline export function received(f: usize): bool {
  return load<usize>(f, offsetof<Waiter>("elem")) != 0;
}

/** The frame at `f` returns: it is finished (pc -1), and its caller runs next. */
@inline export function leave(f: usize): Frame | null {
  store<i32>(f, -1, offsetof<Frame>("pc"));
  return changetype<Frame | null>(load<usize>(f, offsetof<Frame>("caller")));
}

/**
 * Copies the reference in the field at offset `from` of the object at `f` to its field at
 * `to`. No write barrier: the object refers to the target already, so the collector cannot
 * miss it.
 */
@inline export function copyField(f: usize, from: usize, to: usize): void {
  store<usize>(f + to, load<usize>(f + from));
}

/** Clears a reference field of the object at `f` (storing null needs no barrier). */
@inline export function clearField(f: usize, at: usize): void {
  store<usize>(f + at, 0);
}
