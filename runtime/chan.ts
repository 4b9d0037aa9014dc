// Channels, after Go's runtime/chan.go.
//
// A channel has a ring buffer of `cap` slots holding `count` values from `head` on, and two
// wait queues of parked waiters (frames, or cases of a parked select):
//
//   - recvq holds receivers waiting for a value. It can be non-empty only while the buffer
//     is empty and sendq is empty: a receiver parks only when nothing can be received.
//   - sendq holds senders waiting to hand over a value (kept at their `elem` address). It
//     can be non-empty only while the buffer is full (always, when unbuffered) and recvq is
//     empty.
//   - Once `closed` is set both queues are empty: close() wakes everyone.
//
// A waiter in a queue belongs to the channel until it is taken out; whoever takes it out
// moves the value and makes its frame runnable (ready) in the same step. A send that finds
// a receiver waiting hands the value over directly and goes on; the receiver runs later.
import { Waiter, classOf, linkTo, queueEmpty, queuePush, queueRemove, queueShift } from "../core/queue";
import { Frame } from "../scheduler/frame";
import { readyAt } from "../scheduler/runq";
import { panic, panicWord } from "../core/panic";
import { CLOSE_OF_CLOSED, MAKECHAN_SIZE, SEND_ON_CLOSED } from "../core/words";
import { INCREMENTAL, SELECT, TIME } from "../config";
import { TimerBase, timerDue, timerUnwaited, timerWaited } from "../scheduler/timers";

/** What every channel has whatever its element type; select works through this. */
export class ChanBase {
  // recvq and sendq (see core/queue.ts: a queue is a pair of fields)
  recvFirst: Waiter | null;
  recvLast: Waiter | null;
  sendFirst: Waiter | null;
  sendLast: Waiter | null;
  head: i32;
  count: i32;
  cap: i32;
  closed: bool;

  constructor(capacity: i32) {
    this.cap = capacity;
  }

  // A timer's channel is unbuffered, as in Go 1.23 (len and cap 0), though a fired value
  // waits in its one slot (TimerChan, below).
  get length(): i32 {
    if (TIME) {
      if (isTimerChan(changetype<usize>(this))) return 0;
    }
    return this.count;
  }

  get capacity(): i32 {
    if (TIME) {
      if (isTimerChan(changetype<usize>(this))) return 0;
    }
    return this.cap;
  }

  // Overridden by Chan<T>: select calls them once a case is known to be ready.
  /** Answers false when it stored the zero value because the channel is closed and empty. */
  recvReady(dst: usize, owner: usize): bool {
    unreachable();
    return false;
  }
  sendReady(src: usize): void {
    unreachable();
  }

  close(): void {
    unreachable();
  }
}

// Select cases. A select that parks (select.ts) puts one SelectCase per channel in that
// channel's queue; the channel that takes one out fires it. The record and its firing live
// here, beside the queues they stand in, so that select.ts builds on this file and not the
// other way round.

// f.elem after a select: the case index (select.ts), and what happened to that case.
export const CLOSED: usize = 1 << 30;
export const SEND: usize = 1 << 29;

export class SelectCase extends Waiter {
  frame: Frame | null;
  chan: ChanBase | null;
  index: i32;
  isSend: bool;
  /** The next case of the same select (a ring), or the next free case in the pool. */
  sibling: SelectCase | null;
}

/**
 * The case at `c` was taken out of its channel's queue with the value moved (or, by close,
 * its elem set to 0 for a receive or to SEND_CLOSED for a send): take its siblings out of
 * theirs, record which case fired in the frame's `elem`, and make the frame runnable.
 */
export function fireCase(c: usize): void {
  const f = frameOf(c);
  let s = siblingOf(c);
  while (s != c) {
    const ch = chanOf(s);
    if (ch) {
      queueRemove(ch, isSendCase(s) ? sendqOf(ch) : recvqOf(ch), s);
      // A timer no one waits on any more leaves the heap (scheduler/timers.ts).
      if (TIME) {
        if (isTimerChan(ch) && load<usize>(recvqOf(ch)) == 0) timerUnwaited(timerOf(ch));
      }
    }
    s = siblingOf(s);
  }
  const send = isSendCase(c);
  const elem = load<usize>(c, offsetof<Waiter>("elem"));
  const fired = <usize>load<i32>(c, offsetof<SelectCase>("index"))
    | ((send ? elem == SEND_CLOSED : elem == 0) ? CLOSED : 0)
    | (send ? SEND : 0);
  store<usize>(f, fired, offsetof<Waiter>("elem"));
  releaseRing(c);
  readyAt(f);
}

// The cases of a select are touched on every select, so their fields are read and written as
// raw addresses like the queue links (core/queue.ts), with the write barrier only where a
// reference is stored into a case that the collector may already have marked.
@inline function frameOf(c: usize): usize {
  return load<usize>(c, offsetof<SelectCase>("frame"));
}
@inline export function chanOf(c: usize): usize {
  return load<usize>(c, offsetof<SelectCase>("chan"));
}
@inline export function siblingOf(c: usize): usize {
  return load<usize>(c, offsetof<SelectCase>("sibling"));
}
@inline export function isSendCase(c: usize): bool {
  return load<bool>(c, offsetof<SelectCase>("isSend"));
}
@inline export function setSibling(c: usize, s: usize): void {
  store<usize>(c, s, offsetof<SelectCase>("sibling"));
  linkTo(c, s);
}

/** Free cases, linked through `sibling`; the global keeps them reachable. */
let pool: SelectCase | null = null;

@inline export function take(): usize {
  const c = changetype<usize>(pool);
  if (c) {
    pool = changetype<SelectCase | null>(siblingOf(c));
    return c;
  }
  return changetype<usize>(new SelectCase());
}

/** Returns the ring that `c` is part of to the pool. */
function releaseRing(c: usize): void {
  let s = c;
  while (true) {
    const next = siblingOf(s);
    store<usize>(s, 0, offsetof<SelectCase>("frame"));
    store<usize>(s, 0, offsetof<SelectCase>("chan"));
    store<usize>(s, 0, offsetof<Waiter>("next"));
    store<usize>(s, 0, offsetof<Waiter>("prev"));
    setSibling(s, changetype<usize>(pool));
    pool = changetype<SelectCase>(s);
    if (next == c) break;
    s = next;
  }
}

/**
 * Whether a waiter taken out of a queue is a select case rather than a frame (its class id).
 * A program that never selects has no select cases, and leaves select.ts out of the module.
 */
@inline function isCase(w: usize): bool {
  return SELECT && classOf(w) == idof<SelectCase>();
}

/** Makes the waiter taken out of a queue runnable: its frame, or its select's frame. */
@inline export function wake(w: usize): void {
  if (isCase(w)) fireCase(w);
  else readyAt(w);
}

/** The object that owns a waiter's `elem` address, for the collector's write barrier. */
@inline function owner(w: usize): usize {
  return isCase(w) ? load<usize>(w, offsetof<SelectCase>("frame")) : w;
}

@inline function elemOf(w: usize): usize {
  return load<usize>(w, offsetof<Waiter>("elem"));
}

export class Chan<T> extends ChanBase {
  /** The ring buffer; null for an unbuffered channel, which never touches it. */
  ring: StaticArray<T> | null;

  constructor(capacity: i32 = 0) {
    super(capacity);
    if (!capacityInRange<T>(capacity)) panicWord(MAKECHAN_SIZE);
    if (capacity > 0) this.ring = newRing<T>(capacity);
  }

  /** `ch <- v`, with the value at `src` (a field of `f`). Answers false when `f` parked. */
  @inline chansend(f: Frame, src: usize): bool {
    return chanSend<T>(changetype<usize>(this), changetype<usize>(f), src);
  }

  /** `<-ch` into `dst` (a field of `f`). Answers false when `f` parked; see f.elem for ok. */
  @inline chanrecv(f: Frame, dst: usize): bool {
    return chanRecv<T>(changetype<usize>(this), changetype<usize>(f), dst);
  }

  /** A send that select found ready: to a waiting receiver, else into the buffer. */
  sendReady(src: usize): void {
    if (this.closed) panicWord(SEND_ON_CLOSED);
    sendNow<T>(changetype<usize>(this), src);
  }

  /** A receive that select found ready. Answers false for the zero value of a closed, empty channel. */
  recvReady(dst: usize, owner_: usize): bool {
    return recvNow<T>(changetype<usize>(this), dst, owner_);
  }

  close(): void {
    if (this.closed) panicWord(CLOSE_OF_CLOSED);
    this.closed = true;
    const c = changetype<usize>(this);
    // Receivers get the zero value and ok == false.
    while (true) {
      const r = queueShift(c, recvqOf(c));
      if (!r) break;
      zero<T>(elemOf(r));
      store<usize>(r, 0, offsetof<Waiter>("elem"));
      wake(r);
    }
    // Senders panic when they run.
    while (true) {
      const s = queueShift(c, sendqOf(c));
      if (!s) break;
      store<usize>(s, SEND_CLOSED, offsetof<Waiter>("elem"));
      wake(s);
    }
  }
}

/**
 * The channel of a Timer or Ticker (runtime/time.ts): one slot, which only its timer fills.
 * It knows its timer, so that a receiver that looks at it can fire a due timer first, and one
 * that parks on it can put the timer in the heap (scheduler/timers.ts).
 */
export class TimerChan extends Chan<i64> {
  timer: TimerBase | null;
}

/** Whether the channel at `c` is a timer's. Called only under `if (TIME)`: programs without time have no TimerChan. */
@inline export function isTimerChan(c: usize): bool {
  return classOf(c) == idof<TimerChan>();
}

/** The address of the timer of the timer channel at `c`. */
@inline export function timerOf(c: usize): usize {
  return load<usize>(c, offsetof<TimerChan>("timer"));
}

/**
 * `new Chan<T>(capacity)` as the lowering writes it. A new object is a bare zeroed one
 * (`__new`, and a fill under the runtimes whose allocator does not zero): the constructors of
 * Chan and ChanBase would store every field again and call the write barrier for each of the
 * five reference fields, which was a quarter of the cost of making a channel. The
 * constructor stays for code that runs `new Chan` itself.
 */
/**
 * Go's bound on `make(chan T, n)`: not negative, and a buffer the allocator can give in one
 * block (AssemblyScript's largest is just under 1 GiB; asking for more would abort inside its
 * library, with its words instead of Go's).
 */
@inline function capacityInRange<T>(capacity: i32): bool {
  return capacity >= 0 && <u64>capacity * <u64>sizeof<T>() <= <u64>((1 << 30) - 64);
}

/**
 * `new StaticArray<T>(capacity)` for a capacity capacityInRange accepted, without the array's
 * own check of the length: its error path brought AssemblyScript's message and file name (as
 * UTF-16 data) into every module with a channel.
 */
function newRing<T>(capacity: i32): StaticArray<T> {
  const size = <usize>capacity << alignof<T>();
  const p = __new(size, idof<StaticArray<T>>());
  if (!INCREMENTAL) memory.fill(p, 0, size); // the incremental runtime's blocks come zeroed
  return changetype<StaticArray<T>>(p);
}

export function makeChan<T>(capacity: i32 = 0): Chan<T> {
  if (!capacityInRange<T>(capacity)) panicWord(MAKECHAN_SIZE);
  const size = offsetof<Chan<T>>();
  const p = __new(size, idof<Chan<T>>());
  if (!INCREMENTAL) memory.fill(p, 0, size);
  store<i32>(p, capacity, offsetof<ChanBase>("cap"));
  const c = changetype<Chan<T>>(p);
  if (capacity > 0) c.ring = newRing<T>(capacity);
  return c;
}

// The operations themselves work on raw addresses: a channel at `c`, a frame at `f`. Inlined
// into every frame that sends or receives, they leave it no managed temporaries, so the
// frame's resume() needs no shadow-stack slots for them; references moved through a channel
// get the write barrier explicitly (`move`).

@inline function countOf(c: usize): i32 {
  return load<i32>(c, offsetof<ChanBase>("count"));
}
@inline function setCount(c: usize, n: i32): void {
  store<i32>(c, n, offsetof<ChanBase>("count"));
}
@inline function headOf(c: usize): i32 {
  return load<i32>(c, offsetof<ChanBase>("head"));
}
@inline function capOf(c: usize): i32 {
  return load<i32>(c, offsetof<ChanBase>("cap"));
}
@inline function isClosed(c: usize): bool {
  return load<bool>(c, offsetof<ChanBase>("closed"));
}
@inline export function recvqOf(c: usize): usize {
  return c + offsetof<ChanBase>("recvFirst");
}
@inline export function sendqOf(c: usize): usize {
  return c + offsetof<ChanBase>("sendFirst");
}
@inline function ringOf<T>(c: usize): usize {
  return load<usize>(c, offsetof<Chan<T>>("ring"));
}
@inline function slotOf<T>(ring: usize, i: i32): usize {
  return ring + (<usize>i << alignof<T>());
}

/** Copies one T from `src` to `dst`, a field of `owner`, with the barrier for a reference. */
@inline function move<T>(dst: usize, src: usize, owner: usize): void {
  if (isReference<T>()) {
    const v = load<usize>(src);
    store<usize>(dst, v);
    if (isManaged<T>()) linkTo(owner, v);
  } else {
    store<T>(dst, load<T>(src));
  }
}

/**
 * The zero value a receive from a closed channel delivers: 0, false, "" for a string (as in
 * Go), and null for any other reference (AssemblyScript has no other zero object). The empty
 * string is a static object, so storing it needs no write barrier.
 */
@inline function zero<T>(dst: usize): void {
  if (isString<T>()) store<usize>(dst, changetype<usize>(""));
  else if (isReference<T>()) store<usize>(dst, 0);
  else store<T>(dst, <T>0);
}

/** Whether a receive on the channel at `c` would complete now (a value, a waiting sender, or closed). */
@inline export function canRecv(c: usize): bool {
  return countOf(c) > 0 || !queueEmpty(sendqOf(c)) || isClosed(c);
}

/** Whether a send on the channel at `c` would complete now (or panic, when closed). */
@inline export function canSend(c: usize): bool {
  return isClosed(c) || !queueEmpty(recvqOf(c)) || countOf(c) < capOf(c);
}

/**
 * `ch <- v` on raw addresses: what lowered code calls (Chan.chansend is the same).
 *
 * Each queue's first waiter and the count are loaded once: the tests of canSend() are
 * spread over the paths they choose. `elem` is written only when the frame parks: a send
 * that completes leaves it as it was, since nothing reads it before the frame's next
 * channel operation.
 */
@inline export function chanSend<T>(c: usize, f: usize, src: usize): bool {
  if (isClosed(c)) panicWord(SEND_ON_CLOSED);
  if (!queueEmpty(recvqOf(c))) {
    toReceiver<T>(c, src);
    return true;
  }
  if (countOf(c) < capOf(c)) {
    toRing<T>(c, src);
    return true;
  }
  store<usize>(f, src, offsetof<Waiter>("elem"));
  queuePush(c, sendqOf(c), f);
  return false;
}

@inline function sendNow<T>(c: usize, src: usize): void {
  if (!queueEmpty(recvqOf(c))) toReceiver<T>(c, src);
  else toRing<T>(c, src);
}

/**
 * A send that never parks, a timer's (runtime/time.ts): the value at `src` goes to a waiting
 * receiver, or into the buffer if it has room, or nowhere (a ticker's dropped tick). Answers
 * whether it went. The channel is never closed: nothing but its timer sends on it.
 */
export function chanOffer<T>(c: usize, src: usize): bool {
  if (!queueEmpty(recvqOf(c))) toReceiver<T>(c, src);
  else if (countOf(c) < capOf(c)) toRing<T>(c, src);
  else return false;
  return true;
}

/** Hands the value at `src` to the first waiting receiver, which must be there. */
@inline function toReceiver<T>(c: usize, src: usize): void {
  const r = queueShift(c, recvqOf(c));
  // The owner is needed only for a reference's barrier: a number's move leaves it unread.
  move<T>(elemOf(r), src, isManaged<T>() ? owner(r) : 0);
  wake(r);
}

/** Appends the value at `src` to the buffer, which must have room. */
@inline function toRing<T>(c: usize, src: usize): void {
  const cap = capOf(c);
  const count = countOf(c);
  let i = headOf(c) + count;
  if (i >= cap) i -= cap;
  const ring = ringOf<T>(c);
  move<T>(slotOf<T>(ring, i), src, ring);
  setCount(c, count + 1);
}

/**
 * `<-ch` on raw addresses: what lowered code calls (Chan.chanrecv is the same). As in
 * chanSend, the tests of canRecv() are spread over the paths they choose. `elem` tells the
 * frame's continuation whether a value came (received()).
 */
@inline export function chanRecv<T>(c: usize, f: usize, dst: usize): bool {
  const count = countOf(c);
  if (count > 0) {
    fromRing<T>(c, count, dst, f);
    store<usize>(f, dst, offsetof<Waiter>("elem"));
    return true;
  }
  if (!queueEmpty(sendqOf(c))) {
    fromSender<T>(c, dst, f);
    store<usize>(f, dst, offsetof<Waiter>("elem"));
    return true;
  }
  if (isClosed(c)) {
    zero<T>(dst);
    store<usize>(f, 0, offsetof<Waiter>("elem"));
    return true;
  }
  if (TIME) {
    // A timer's channel: a due timer fires now (into the buffer, unless a receiver that
    // parked earlier takes it); else the timer goes into the heap as this receiver parks
    // (scheduler/timers.ts).
    if (isTimerChan(c) && timerDue(timerOf(c)) && countOf(c) > 0) {
      fromRing<T>(c, countOf(c), dst, f);
      store<usize>(f, dst, offsetof<Waiter>("elem"));
      return true;
    }
  }
  store<usize>(f, dst, offsetof<Waiter>("elem"));
  queuePush(c, recvqOf(c), f);
  if (TIME) {
    if (isTimerChan(c)) timerWaited(timerOf(c));
  }
  return false;
}

/** A receive that cannot block. Answers false for the zero value of a closed, empty channel. */
@inline function recvNow<T>(c: usize, dst: usize, dstOwner: usize): bool {
  const count = countOf(c);
  if (count > 0) fromRing<T>(c, count, dst, dstOwner);
  else if (!queueEmpty(sendqOf(c))) fromSender<T>(c, dst, dstOwner);
  else {
    zero<T>(dst);
    return false;
  }
  return true;
}

/** Takes the oldest of the `count` values in the buffer into `dst`, a field of `dstOwner`. */
@inline function fromRing<T>(c: usize, count: i32, dst: usize, dstOwner: usize): void {
  const ring = ringOf<T>(c);
  const cap = capOf(c);
  const h = headOf(c);
  const slot = slotOf<T>(ring, h);
  move<T>(dst, slot, dstOwner);
  if (isReference<T>()) store<usize>(slot, 0);
  let next = h + 1;
  if (next == cap) next = 0;
  store<i32>(c, next, offsetof<ChanBase>("head"));
  // A parked sender can now move its value into the slot just freed.
  const s = queueShift(c, sendqOf(c));
  if (s) {
    let i = next + count - 1;
    if (i >= cap) i -= cap;
    move<T>(slotOf<T>(ring, i), elemOf(s), ring);
    wake(s);
  } else {
    setCount(c, count - 1);
  }
}

/** Takes the value of the first waiting sender, which must be there, into `dst`. */
@inline function fromSender<T>(c: usize, dst: usize, dstOwner: usize): void {
  const s = queueShift(c, sendqOf(c));
  move<T>(dst, elemOf(s), dstOwner);
  wake(s);
}

/**
 * What close() leaves in a parked sender's `elem`, where the value was: no field of any
 * object is at this address. A receiver's `elem` becomes 0 instead (received()).
 */
@inline export const SEND_CLOSED: usize = usize.MAX_VALUE;

/**
 * At the continuation of a parked send by the frame at `f`: a close() while it waited is
 * Go's panic. A send that did not park can fall into this continuation too (the lowering
 * places it right after the send); its `elem` then holds whatever its last channel operation
 * left there (an address, 0, or a select's result), never SEND_CLOSED.
 */
@inline export function sendDone(f: usize): void {
  if (elemOf(f) == SEND_CLOSED) panicWord(SEND_ON_CLOSED);
}

/**
 * `ch!.close()` where `ch` may be null, Go's close of a nil channel: a panic with Go's words
 * where the `!` would abort as a null dereference. A channel that is there is closed as usual.
 */
export function closeChan<T>(ch: Chan<T> | null): void {
  if (!ch) panic("close of nil channel");
  else ch.close();
}
