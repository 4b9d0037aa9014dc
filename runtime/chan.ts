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
import { Frame, Waiter, queueEmpty, queuePush, queueShift } from "../scheduler/frame";
import { ready } from "../scheduler/runq";
import { panic } from "./panic";
import { SelectCase } from "./select";
import { SELECT } from "../config";

/** What every channel has whatever its element type; select works through this. */
export class ChanBase {
  // recvq and sendq (see frame.ts: a queue is a pair of fields)
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

  @inline get recvq(): usize {
    return changetype<usize>(this) + offsetof<ChanBase>("recvFirst");
  }

  @inline get sendq(): usize {
    return changetype<usize>(this) + offsetof<ChanBase>("sendFirst");
  }

  get length(): i32 {
    return this.count;
  }

  get capacity(): i32 {
    return this.cap;
  }

  /** Whether a receive would complete now (a value, a waiting sender, or closed). */
  @inline canRecv(): bool {
    return this.count > 0 || !queueEmpty(this.sendq) || this.closed;
  }

  /** Whether a send would complete now (or panic, when closed). */
  @inline canSend(): bool {
    return this.closed || !queueEmpty(this.recvq) || this.count < this.cap;
  }

  // Overridden by Chan<T>: select calls them once a case is known to be ready.
  /** Answers false when it stored the zero value because the channel is closed and empty. */
  recvReady(f: Frame, dst: usize, owner: usize): bool {
    unreachable();
    return false;
  }
  sendReady(f: Frame, src: usize): void {
    unreachable();
  }

  close(): void {
    unreachable();
  }
}

/**
 * Whether a waiter taken out of a queue is a select case rather than a frame (its class id).
 * A program that never selects has no select cases, and leaves select.ts out of the module.
 */
@inline function isCase(w: usize): bool {
  return SELECT && load<u32>(w - 8) == idof<SelectCase>();
}

/** Makes the waiter taken out of a queue runnable: its frame, or its select's frame. */
@inline export function wake(w: usize): void {
  if (isCase(w)) changetype<SelectCase>(w).fire();
  else ready(changetype<Frame>(w));
}

/** The object that owns a waiter's `elem` address, for the collector's write barrier. */
@inline function owner(w: usize): usize {
  return isCase(w) ? changetype<usize>(changetype<SelectCase>(w).frame) : w;
}

@inline function elemOf(w: usize): usize {
  return load<usize>(w, offsetof<Waiter>("elem"));
}

export class Chan<T> extends ChanBase {
  /** The ring buffer; null for an unbuffered channel, which never touches it. */
  private ring: StaticArray<T> | null;

  constructor(capacity: i32 = 0) {
    super(capacity);
    if (capacity < 0) panic("makechan: size out of range");
    if (capacity > 0) this.ring = new StaticArray<T>(capacity);
  }

  @inline private get buf(): StaticArray<T> {
    return changetype<StaticArray<T>>(this.ring);
  }

  @inline private put(dst: usize, value: T, owner: usize): void {
    store<T>(dst, value);
    if (isManaged<T>()) __link(owner, changetype<usize>(value), false);
  }

  @inline private zero(dst: usize): void {
    if (isReference<T>()) store<usize>(dst, 0);
    else store<T>(dst, <T>0);
  }

  /** `ch <- v`, with the value at `src` (a field of `f`). Answers false when `f` parked. */
  @inline chansend(f: Frame, src: usize): bool {
    if (this.closed) panic("send on closed channel");
    f.elem = src; // non-zero: sendDone() finds no close

    if (!queueEmpty(this.recvq) || this.count < this.cap) {
      this.sendNow(src);
      return true;
    }
    queuePush(changetype<usize>(this), this.sendq, changetype<usize>(f));
    return false;
  }

  /** A send that select found ready: to a waiting receiver, else into the buffer. */
  sendReady(f: Frame, src: usize): void {
    if (this.closed) panic("send on closed channel");
    this.sendNow(src);
  }

  @inline private sendNow(src: usize): void {
    const r = queueShift(changetype<usize>(this), this.recvq);
    if (r) {
      this.put(elemOf(r), load<T>(src), owner(r));
      wake(r);
      return;
    }
    let i = this.head + this.count;
    if (i >= this.cap) i -= this.cap;
    unchecked((this.buf[i] = load<T>(src)));
    this.count++;
  }

  /** `<-ch` into `dst` (a field of `f`). Answers false when `f` parked; see f.elem for ok. */
  @inline chanrecv(f: Frame, dst: usize): bool {
    if (this.canRecv()) {
      f.elem = this.recvNow(dst, changetype<usize>(f)) ? dst : 0;
      return true;
    }
    f.elem = dst;
    queuePush(changetype<usize>(this), this.recvq, changetype<usize>(f));
    return false;
  }

  /** A receive that select found ready. Answers false for the zero value of a closed, empty channel. */
  recvReady(f: Frame, dst: usize, owner_: usize): bool {
    return this.recvNow(dst, owner_);
  }

  @inline private recvNow(dst: usize, owner_: usize): bool {
    if (this.count > 0) {
      const h = this.head;
      this.put(dst, unchecked(this.buf[h]), owner_);
      if (isReference<T>()) unchecked((this.buf[h] = changetype<T>(0)));
      let next = h + 1;
      if (next == this.cap) next = 0;
      this.head = next;
      this.count--;
      // A parked sender can now move its value into the slot just freed.
      const s = queueShift(changetype<usize>(this), this.sendq);
      if (s) {
        let i = this.head + this.count;
        if (i >= this.cap) i -= this.cap;
        unchecked((this.buf[i] = load<T>(elemOf(s))));
        this.count++;
        wake(s);
      }
      return true;
    }
    const s = queueShift(changetype<usize>(this), this.sendq);
    if (s) {
      this.put(dst, load<T>(elemOf(s)), owner_);
      wake(s);
      return true;
    }
    this.zero(dst);
    return false;
  }

  close(): void {
    if (this.closed) panic("close of closed channel");
    this.closed = true;
    // Receivers get the zero value and ok == false.
    while (true) {
      const r = queueShift(changetype<usize>(this), this.recvq);
      if (!r) break;
      this.zero(elemOf(r));
      store<usize>(r, 0, offsetof<Waiter>("elem"));
      wake(r);
    }
    // Senders panic when they run.
    while (true) {
      const s = queueShift(changetype<usize>(this), this.sendq);
      if (!s) break;
      store<usize>(s, 0, offsetof<Waiter>("elem"));
      wake(s);
    }
  }
}

/** At the continuation of a parked send: a close() while it waited is Go's panic. */
@inline export function sendDone(f: Frame): void {
  if (f.elem == 0) panic("send on closed channel");
}
