// Wait queues: the queues of parked goroutines that channels, select, sync and the
// scheduler share, linked through the waiters themselves, with the write barrier their raw
// stores need. A waiter is a goroutine's innermost frame (scheduler/frame.ts) or one case
// of a parked select (runtime/chan.ts).
import { OBJECT, TOTAL_OVERHEAD } from "~lib/rt/common";
import { INCREMENTAL } from "../config";

/**
 * Something that can stand in a queue: a frame, or one case of a parked select.
 *
 * Invariant: a waiter is in at most one queue at a time, and `next`/`prev` are null when it
 * is in none.
 */
export class Waiter {
  // No initialisers: a new object is zeroed already, and an initialiser costs a store and a
  // write-barrier call per field on every spawn and every call.
  next: Waiter | null;
  prev: Waiter | null;
  /**
   * The address a value moves through while the waiter is parked on a channel: where a
   * receiver wants it, or where a sender keeps it (Go's sudog.elem). close() sets a
   * receiver's to 0 and a sender's to SEND_CLOSED (chan.ts).
   * After a select completes it holds the case index (see select.ts).
   */
  elem: usize;
}

// Queue links are read and written as raw addresses (`nextOf`, `setNext`, … below), not as
// references: a reference in a local costs shadow-stack traffic and every stored reference a
// write-barrier call, which made a channel hop several times slower. The fields are still
// declared as references, so the collector traces them. The write barrier the compiler would
// have added is kept where the incremental collector needs it: storing a forward link (a
// queue's `first`, a waiter's `next`) into an object that may already be marked (black) must
// grey the target, or the target could be freed while the queue still holds it. `linkTo` does
// that, for non-null targets. Back links (`prev`, a queue's `last`) need none: what they point
// to is always reachable through the forward chain from the queue's `first`.

/**
 * The write barrier for a raw store of `child` into `parent` (see above).
 *
 * The incremental collector's `__link` acts only when the child is white and the parent is
 * black or pinned, that is when the two colours differ. Between collections every object is
 * white, so comparing the colour bits inline (the low two bits of the collector's header word,
 * OBJECT.gcInfo in AssemblyScript's rt/common.ts) skips the call on almost every store. The
 * other runtimes need no barrier.
 */
@inline export function linkTo(parent: usize, child: usize): void {
  if (INCREMENTAL) __link(parent, child, false);
}

/** The class id of the object at `p` (`idof<C>()` of its class), from its header. */
@inline export function classOf(p: usize): u32 {
  return load<u32>(p - TOTAL_OVERHEAD, offsetof<OBJECT>("rtId"));
}

@inline export function nextOf(w: usize): usize {
  return load<usize>(w, offsetof<Waiter>("next"));
}

@inline export function setNext(w: usize, value: usize): void {
  store<usize>(w, value, offsetof<Waiter>("next"));
}

@inline function prevOf(w: usize): usize {
  return load<usize>(w, offsetof<Waiter>("prev"));
}

@inline function setPrev(w: usize, value: usize): void {
  store<usize>(w, value, offsetof<Waiter>("prev"));
}

// A wait queue is first-in first-out, linked through the waiters themselves. It is not an
// object of its own: it is two adjacent reference fields of its owner (a channel, a
// WaitGroup, a Mutex), `…First` then `…Last`, and `q` below is the address of the first.
// Owners declare both as `Waiter | null` so the collector traces them.

@inline export function queueEmpty(q: usize): bool {
  return load<usize>(q) == 0;
}

/** Appends `w`, which is in no queue (so its `next` is 0), to the queue at `q`, a field pair of `owner`. */
@inline export function queuePush(owner: usize, q: usize, w: usize): void {
  const last = load<usize>(q, sizeof<usize>());
  setPrev(w, last); // back links need no barrier: `last` stays reachable through the forward chain
  if (last) {
    setNext(last, w);
    linkTo(last, w);
  } else {
    store<usize>(q, w);
    linkTo(owner, w);
  }
  store<usize>(q, w, sizeof<usize>());
}

/** Takes the first waiter out, or answers 0. */
@inline export function queueShift(owner: usize, q: usize): usize {
  const w = load<usize>(q);
  if (!w) return 0;
  const next = nextOf(w);
  store<usize>(q, next);
  if (next) {
    linkTo(owner, next);
    setPrev(next, 0);
    setNext(w, 0);
  } else store<usize>(q, 0, sizeof<usize>()); // w.next is 0 already: w was the last
  return w;
}

/** Takes `w` out of the queue wherever it stands (a select case whose sibling fired). */
export function queueRemove(owner: usize, q: usize, w: usize): void {
  const prev = prevOf(w);
  const next = nextOf(w);
  if (prev) {
    setNext(prev, next);
    linkTo(prev, next);
  } else {
    store<usize>(q, next);
    linkTo(owner, next);
  }
  if (next) setPrev(next, prev);
  else store<usize>(q, prev, sizeof<usize>());
  setNext(w, 0);
  setPrev(w, 0);
}
