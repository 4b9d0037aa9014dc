// A goroutine is a chain of frames on the heap.
//
// There is no goroutine object: a goroutine is its innermost frame, linked through `caller`
// to the frames that called it. The frame that is running, runnable or parked is always the
// innermost one, so the run queue and the wait queues hold frames (or, for select, one
// SelectCase per case that stands for its frame). Depth costs heap, never host stack: a
// blocking call hands the callee back to the scheduler instead of calling it.

/**
 * Something that can stand in a queue: a frame, or one case of a parked select.
 *
 * Invariant: a waiter is in at most one queue at a time, and `next`/`prev` are null when it
 * is in none.
 */
export class Waiter {
  next: Waiter | null = null;
  prev: Waiter | null = null;
  /**
   * The address a value moves through while the waiter is parked on a channel: where a
   * receiver wants it, or where a sender keeps it (Go's sudog.elem). Set to 0 by close().
   * After a select completes it holds the case index (see select.ts).
   */
  elem: usize = 0;
}

/** One activation of a blocking function, lowered to a state machine (docs/runtime.md). */
export class Frame extends Waiter {
  /** Resume point of the state machine; -1 once the function has returned. */
  pc: i32 = 0;
  /** The frame to continue when this one returns; null for a goroutine's root frame. */
  caller: Frame | null = null;

  /**
   * Runs from `pc` until the frame calls, returns or parks, and answers what the scheduler
   * runs next on this goroutine: the callee, `caller`, or null (parked, or the goroutine ended).
   */
  resume(): Frame | null {
    unreachable();
    return null;
  }
}

/** A first-in first-out queue of waiters, linked through the waiters themselves. */
export class WaitQueue {
  first: Waiter | null = null;
  last: Waiter | null = null;

  @inline get empty(): bool {
    return this.first === null;
  }

  push(w: Waiter): void {
    const last = this.last;
    w.next = null;
    w.prev = last;
    if (last) last.next = w;
    else this.first = w;
    this.last = w;
  }

  shift(): Waiter | null {
    const w = this.first;
    if (!w) return null;
    const next = w.next;
    this.first = next;
    if (next) next.prev = null;
    else this.last = null;
    w.next = null;
    return w;
  }

  /** Takes `w` out of the queue wherever it stands (a select case whose sibling fired). */
  remove(w: Waiter): void {
    const prev = w.prev;
    const next = w.next;
    if (prev) prev.next = next;
    else this.first = next;
    if (next) next.prev = prev;
    else this.last = prev;
    w.next = null;
    w.prev = null;
  }
}
