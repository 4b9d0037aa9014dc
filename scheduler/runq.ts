// The run queue: frames that can run, first in first out.
//
// It is linked through Waiter.next like the wait queues, and a frame is never in both: a
// frame is put here only by ready() after it left its wait queue, or by spawn/gosched while
// it was in none. Runnable frames are reachable from these two globals, parked frames from
// the channel (or WaitGroup, Mutex) they wait on; a parked frame nothing refers to can never
// run again and is collected like any garbage.
import { Frame } from "./frame";

let head: Frame | null = null;
let tail: Frame | null = null;

/** Makes a parked frame runnable: it resumes after the frames already queued. */
export function ready(f: Frame): void {
  f.next = null;
  const t = tail;
  if (t) t.next = f;
  else head = f;
  tail = f;
}

/** `go(...)`: queues a new goroutine's root frame. */
export function spawn(f: Frame): void {
  ready(f);
}

/** `gosched()`: the frame yields to every frame already runnable. Always parks. */
export function gosched(f: Frame): bool {
  ready(f);
  return false;
}

/** `select()` with no cases: the frame parks and nothing will ever wake it. */
export function block(f: Frame): bool {
  return false;
}

/** The next runnable frame, or null when the queue is empty. */
export function next(): Frame | null {
  const f = head;
  if (!f) return null;
  const n = f.next;
  head = changetype<Frame | null>(n);
  if (!n) tail = null;
  f.next = null;
  return f;
}

/** Runs one goroutine from `f` until it parks or ends. */
@inline export function step(f: Frame): void {
  let g: Frame | null = f;
  while (g) g = changetype<Frame>(g).resume();
}

/**
 * Runs runnable goroutines until the queue is empty or, when `until` is given, until that
 * frame has returned. Re-entrant: an export called from inside a host import runs a nested
 * loop over the same queue, while the frame that made the host call stays off the queue.
 */
export function run(until: Frame | null): void {
  while (true) {
    if (until && until.pc < 0) return;
    const f = next();
    if (!f) return;
    step(f);
  }
}

export function idle(): bool {
  return head === null;
}
