// select, after Go's selectgo.
//
// Lowered code evaluates every case's channel and value into frame fields, then describes
// the cases to the one Select builder and commits:
//
//   const s = Select.enter(this); s.recv(a, dstA); s.send(b, srcB);
//   this.pc = K; if (!s.commit(hasOtherwise)) return null;
//   case K: idx = Select.index(this); ok = Select.ok(this);
//
// commit() chooses uniformly at random among the ready cases, or otherwise, or parks. A
// parked select puts one SelectCase per non-null channel in that channel's queue; the cases
// of one select form a ring through `sibling`. The channel that takes a case out moves the
// value and calls fire(), which takes every sibling out of its queue, records the case in
// the frame's `elem` and makes the frame runnable. Cases come from a free list, so a select
// allocates nothing once the pool is warm.
import { Frame, Waiter, linkTo, queuePush, queueRemove } from "../scheduler/frame";
import { ready } from "../scheduler/runq";
import { ChanBase } from "./chan";
import { panic } from "./panic";
import { SEED } from "../config";

// f.elem after a select: the case index, and what happened to that case.
const INDEX_MASK: usize = 0xffff;
const CLOSED: usize = 1 << 30;
const SEND: usize = 1 << 29;

export class SelectCase extends Waiter {
  frame: Frame | null;
  chan: ChanBase | null;
  index: i32;
  isSend: bool;
  /** The next case of the same select (a ring), or the next free case in the pool. */
  sibling: SelectCase | null;

  /** Taken out of its channel's queue with the value moved (or elem = 0 by close). */
  fire(): void {
    const self = changetype<usize>(this);
    const f = frameOf(self);
    let s = siblingOf(self);
    while (s != self) {
      const ch = chanOf(s);
      if (ch) queueRemove(ch, isSendCase(s) ? changetype<ChanBase>(ch).sendq : changetype<ChanBase>(ch).recvq, s);
      s = siblingOf(s);
    }
    changetype<Frame>(f).elem = <usize>this.index | (this.elem == 0 ? CLOSED : 0) | (this.isSend ? SEND : 0);
    releaseRing(self);
    ready(changetype<Frame>(f));
  }
}

// The cases of a select are touched on every select, so their fields are read and written as
// raw addresses like the queue links (frame.ts), with the write barrier only where a
// reference is stored into a case that the collector may already have marked.
@inline function frameOf(c: usize): usize {
  return load<usize>(c, offsetof<SelectCase>("frame"));
}
@inline function chanOf(c: usize): usize {
  return load<usize>(c, offsetof<SelectCase>("chan"));
}
@inline function siblingOf(c: usize): usize {
  return load<usize>(c, offsetof<SelectCase>("sibling"));
}
@inline function isSendCase(c: usize): bool {
  return load<bool>(c, offsetof<SelectCase>("isSend"));
}
@inline function setSibling(c: usize, s: usize): void {
  store<usize>(c, s, offsetof<SelectCase>("sibling"));
  linkTo(c, s);
}

/** Free cases, linked through `sibling`; the global keeps them reachable. */
let pool: SelectCase | null = null;

@inline function take(): usize {
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

let rng: u64 = SEED != 0 ? SEED : 0x9e3779b97f4a7c15;

/** xorshift64*: a uniform choice among k ready cases, reproducible for a given seed. */
function random(k: u32): u32 {
  let x = rng;
  x ^= x >> 12;
  x ^= x << 25;
  x ^= x >> 27;
  rng = x;
  return <u32>(((x * 0x2545f4914f6cdd1d) >> 32) % <u64>k);
}

export class Select {
  // The select being described: its frame (running, so reachable through the scheduler) and
  // the ring of its cases. `first` is declared as a reference so the collector reaches the
  // ring through the builder while a later case is being allocated; it is written raw, with
  // the barrier.
  frame: usize;
  first: SelectCase | null;
  last: usize;
  count: i32;

  @inline private get firstCase(): usize {
    return load<usize>(changetype<usize>(this), offsetof<Select>("first"));
  }

  @inline private setFirst(c: usize): void {
    store<usize>(changetype<usize>(this), c, offsetof<Select>("first"));
    linkTo(changetype<usize>(this), c);
  }

  static enter(f: Frame): Select {
    const s = builder;
    s.frame = changetype<usize>(f);
    s.setFirst(0);
    s.last = 0;
    s.count = 0;
    return s;
  }

  private add(ch: ChanBase | null, elem: usize, isSend: bool): void {
    const c = take();
    store<usize>(c, changetype<usize>(ch), offsetof<SelectCase>("chan"));
    linkTo(c, changetype<usize>(ch));
    store<usize>(c, elem, offsetof<Waiter>("elem"));
    store<bool>(c, isSend, offsetof<SelectCase>("isSend"));
    store<i32>(c, this.count++, offsetof<SelectCase>("index"));
    const last = this.last;
    if (last) setSibling(last, c);
    else this.setFirst(c);
    this.last = c;
    setSibling(c, this.firstCase); // close the ring
  }

  recv(ch: ChanBase | null, dst: usize): void {
    this.add(ch, dst, false);
  }

  send(ch: ChanBase | null, src: usize): void {
    this.add(ch, src, true);
  }

  /** Runs a ready case (or otherwise) and answers true, or parks the frame and answers false. */
  commit(hasOtherwise: bool): bool {
    const f = this.frame;
    const first = this.firstCase;
    this.frame = 0;
    this.setFirst(0);
    this.last = 0;
    if (!first) {
      if (hasOtherwise) {
        changetype<Frame>(f).elem = 0;
        return true;
      }
      return false; // select {}: blocks forever
    }
    let ready_: u32 = 0;
    let c = first;
    do {
      const ch = chanOf(c);
      if (ch && (isSendCase(c) ? changetype<ChanBase>(ch).canSend() : changetype<ChanBase>(ch).canRecv())) ready_++;
      c = siblingOf(c);
    } while (c != first);
    if (ready_ > 0) {
      let pick = random(ready_);
      c = first;
      while (true) {
        const ch = chanOf(c);
        if (ch && (isSendCase(c) ? changetype<ChanBase>(ch).canSend() : changetype<ChanBase>(ch).canRecv())) {
          if (pick == 0) break;
          pick--;
        }
        c = siblingOf(c);
      }
      const ch = changetype<ChanBase>(chanOf(c));
      const index = <usize>load<i32>(c, offsetof<SelectCase>("index"));
      const elem = load<usize>(c, offsetof<Waiter>("elem"));
      const isSend = isSendCase(c);
      releaseRing(first);
      if (isSend) {
        ch.sendReady(changetype<Frame>(f), elem);
        changetype<Frame>(f).elem = index | SEND;
      } else {
        changetype<Frame>(f).elem = index | (ch.recvReady(changetype<Frame>(f), elem, f) ? 0 : CLOSED);
      }
      return true;
    }
    if (hasOtherwise) {
      changetype<Frame>(f).elem = <usize>this.count;
      releaseRing(first);
      return true;
    }
    c = first;
    do {
      store<usize>(c, f, offsetof<SelectCase>("frame"));
      linkTo(c, f);
      const ch = chanOf(c);
      if (ch) queuePush(ch, isSendCase(c) ? changetype<ChanBase>(ch).sendq : changetype<ChanBase>(ch).recvq, c);
      c = siblingOf(c);
    } while (c != first);
    return false;
  }

  /** The case that ran. A send case woken by close() panics here, in its own goroutine. */
  static index(f: Frame): i32 {
    const e = f.elem;
    if ((e & (CLOSED | SEND)) == (CLOSED | SEND)) panic("send on closed channel");
    return <i32>(e & INDEX_MASK);
  }

  /** For a receive case: false when it got the zero value of a closed channel. */
  static ok(f: Frame): bool {
    return (f.elem & CLOSED) == 0;
  }
}

const builder = new Select();
