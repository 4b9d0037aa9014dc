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
import { Frame, Waiter, queuePush, queueRemove } from "../scheduler/frame";
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
    const f = this.frame!;
    let s = this.sibling!;
    while (s !== this) {
      const ch = s.chan;
      if (ch) queueRemove(changetype<usize>(ch), s.isSend ? ch.sendq : ch.recvq, changetype<usize>(s));
      s = s.sibling!;
    }
    f.elem = <usize>this.index | (this.elem == 0 ? CLOSED : 0) | (this.isSend ? SEND : 0);
    releaseRing(this);
    ready(f);
  }
}

let pool: SelectCase | null = null;

function take(): SelectCase {
  const c = pool;
  if (c) {
    pool = c.sibling;
    return c;
  }
  return new SelectCase();
}

/** Returns the ring that `c` is part of to the pool. */
function releaseRing(c: SelectCase): void {
  let s = c;
  while (true) {
    const next = s.sibling!;
    s.frame = null;
    s.chan = null;
    s.next = null;
    s.prev = null;
    s.sibling = pool;
    pool = s;
    if (next === c) break;
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
  frame: Frame | null;
  first: SelectCase | null;
  last: SelectCase | null;
  count: i32;

  static enter(f: Frame): Select {
    const s = builder;
    s.frame = f;
    s.first = null;
    s.last = null;
    s.count = 0;
    return s;
  }

  private add(ch: ChanBase | null, elem: usize, isSend: bool): void {
    const c = take();
    c.chan = ch;
    c.elem = elem;
    c.isSend = isSend;
    c.index = this.count++;
    const last = this.last;
    if (last) last.sibling = c;
    else this.first = c;
    this.last = c;
    c.sibling = this.first; // close the ring
  }

  recv(ch: ChanBase | null, dst: usize): void {
    this.add(ch, dst, false);
  }

  send(ch: ChanBase | null, src: usize): void {
    this.add(ch, src, true);
  }

  /** Runs a ready case (or otherwise) and answers true, or parks the frame and answers false. */
  commit(hasOtherwise: bool): bool {
    const f = this.frame!;
    const first = this.first;
    this.frame = null;
    this.first = null;
    this.last = null;
    if (!first) {
      if (hasOtherwise) {
        f.elem = 0;
        return true;
      }
      return false; // select {}: blocks forever
    }
    let ready_: u32 = 0;
    let c = first;
    do {
      const ch = c.chan;
      if (ch && (c.isSend ? ch.canSend() : ch.canRecv())) ready_++;
      c = c.sibling!;
    } while (c !== first);
    if (ready_ > 0) {
      let pick = random(ready_);
      c = first;
      while (true) {
        const ch = c.chan;
        if (ch && (c.isSend ? ch.canSend() : ch.canRecv())) {
          if (pick == 0) break;
          pick--;
        }
        c = c.sibling!;
      }
      const ch = c.chan!;
      const index = <usize>c.index;
      const elem = c.elem;
      const isSend = c.isSend;
      releaseRing(first);
      if (isSend) {
        ch.sendReady(f, elem);
        f.elem = index | SEND;
      } else {
        f.elem = index | (ch.recvReady(f, elem, changetype<usize>(f)) ? 0 : CLOSED);
      }
      return true;
    }
    if (hasOtherwise) {
      f.elem = <usize>this.count;
      releaseRing(first);
      return true;
    }
    c = first;
    do {
      c.frame = f;
      const ch = c.chan;
      if (ch) queuePush(changetype<usize>(ch), c.isSend ? ch.sendq : ch.recvq, changetype<usize>(c));
      c = c.sibling!;
    } while (c !== first);
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
