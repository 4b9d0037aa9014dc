// select, after Go's selectgo.
//
// Lowered code evaluates every case's channel and value into frame fields, then describes
// the cases to the one Select builder and commits:
//
//   Select.enter(self$); Select.recv(a, dstA); Select.send(b, srcB);
//   this.pc = K; if (!Select.commit(hasOtherwise)) return null;
//   case K: idx = Select.index(self$); ok = Select.ok(self$);
//
// commit() chooses uniformly at random among the ready cases, or otherwise, or parks. A
// parked select puts one SelectCase per non-null channel in that channel's queue; the cases
// of one select form a ring through `sibling`. The channel that takes a case out moves the
// value and calls fire(), which takes every sibling out of its queue, records the case in
// the frame's `elem` and makes the frame runnable. Cases come from a free list, so a select
// allocates nothing once the pool is warm.
import { Frame, Waiter, linkTo, queuePush, queueRemove } from "../scheduler/frame";
import { readyAt } from "../scheduler/runq";
import { ChanBase, canRecv, canSend, recvqOf, sendqOf } from "./chan";
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
}

/**
 * The case at `c` was taken out of its channel's queue with the value moved (or elem = 0 by
 * close): take its siblings out of theirs, record which case fired in the frame's `elem`, and
 * make the frame runnable.
 */
export function fireCase(c: usize): void {
  const f = frameOf(c);
  let s = siblingOf(c);
  while (s != c) {
    const ch = chanOf(s);
    if (ch) queueRemove(ch, isSendCase(s) ? sendqOf(ch) : recvqOf(ch), s);
    s = siblingOf(s);
  }
  const fired = <usize>load<i32>(c, offsetof<SelectCase>("index"))
    | (load<usize>(c, offsetof<Waiter>("elem")) == 0 ? CLOSED : 0)
    | (isSendCase(c) ? SEND : 0);
  store<usize>(f, fired, offsetof<Waiter>("elem"));
  releaseRing(c);
  readyAt(f);
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

// The select being described: its frame and the ring of its cases. A frame describes its
// select and commits it without parking in between, so one builder serves every select.
// `building` is a reference so the collector reaches the ring while a later case is being
// allocated; it is a global, a root, so storing to it needs no barrier.
let buildingFrame: usize = 0;
let building: SelectCase | null = null;
let buildingLast: usize = 0;
let buildingCount: i32 = 0;

/**
 * What lowered code calls. Every argument is an address (the frame, a channel, a field of
 * the frame), so that the caller's resume() holds no reference in a local.
 */
export class Select {
  /** Starts describing a select of the frame at `f`. */
  static enter(f: usize): void {
    buildingFrame = f;
    building = null;
    buildingLast = 0;
    buildingCount = 0;
  }

  /** A receive case on the channel at `ch` (0: null, never ready) into `dst`. */
  static recv(ch: usize, dst: usize): void {
    add(ch, dst, false);
  }

  /** A send case on the channel at `ch` (0: null, never ready) of the value at `src`. */
  static send(ch: usize, src: usize): void {
    add(ch, src, true);
  }

  /** Runs a ready case (or otherwise) and answers true, or parks the frame and answers false. */
  static commit(hasOtherwise: bool): bool {
    const f = buildingFrame;
    const first = changetype<usize>(building);
    const count = buildingCount;
    buildingFrame = 0;
    building = null;
    buildingLast = 0;
    if (!first) {
      if (hasOtherwise) {
        store<usize>(f, 0, offsetof<Waiter>("elem"));
        return true;
      }
      return false; // select {}: blocks forever
    }
    let ready_: u32 = 0;
    let c = first;
    do {
      if (caseReady(c)) ready_++;
      c = siblingOf(c);
    } while (c != first);
    if (ready_ > 0) {
      let pick = random(ready_);
      c = first;
      while (true) {
        if (caseReady(c)) {
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
        ch.sendReady(elem);
        store<usize>(f, index | SEND, offsetof<Waiter>("elem"));
      } else {
        const got = ch.recvReady(elem, f);
        store<usize>(f, index | (got ? 0 : CLOSED), offsetof<Waiter>("elem"));
      }
      return true;
    }
    if (hasOtherwise) {
      store<usize>(f, <usize>count, offsetof<Waiter>("elem"));
      releaseRing(first);
      return true;
    }
    c = first;
    do {
      store<usize>(c, f, offsetof<SelectCase>("frame"));
      linkTo(c, f);
      const ch = chanOf(c);
      if (ch) queuePush(ch, isSendCase(c) ? sendqOf(ch) : recvqOf(ch), c);
      c = siblingOf(c);
    } while (c != first);
    return false;
  }

  /** The case that ran in the frame at `f`. A send case woken by close() panics here, in its own goroutine. */
  static index(f: usize): i32 {
    const e = load<usize>(f, offsetof<Waiter>("elem"));
    if ((e & (CLOSED | SEND)) == (CLOSED | SEND)) panic("send on closed channel");
    return <i32>(e & INDEX_MASK);
  }

  /** For a receive case: false when it got the zero value of a closed channel. */
  static ok(f: usize): bool {
    return (load<usize>(f, offsetof<Waiter>("elem")) & CLOSED) == 0;
  }
}

function add(ch: usize, elem: usize, isSend: bool): void {
  const c = take();
  store<usize>(c, ch, offsetof<SelectCase>("chan"));
  linkTo(c, ch);
  store<usize>(c, elem, offsetof<Waiter>("elem"));
  store<bool>(c, isSend, offsetof<SelectCase>("isSend"));
  store<i32>(c, buildingCount++, offsetof<SelectCase>("index"));
  const last = buildingLast;
  if (last) setSibling(last, c);
  else building = changetype<SelectCase>(c);
  buildingLast = c;
  setSibling(c, changetype<usize>(building)); // close the ring
}

@inline function caseReady(c: usize): bool {
  const ch = chanOf(c);
  return ch != 0 && (isSendCase(c) ? canSend(ch) : canRecv(ch));
}
