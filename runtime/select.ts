// select, after Go's selectgo.
//
// Lowered code evaluates every case's channel and value into frame fields, then describes
// the cases to the one Select builder and commits:
//
//   Select.enter(self$); Select.recv(a, dstA); Select.send(b, srcB);
//   this.pc = K; if (!Select.commit(hasOtherwise)) return null;
//   case K: idx = Select.index(self$); ok = Select.ok(self$);
//
// The description is plain memory (a channel, a value address and the direction per case):
// commit() chooses uniformly at random among the ready cases, or otherwise, straight from
// it. Only a select that parks makes SelectCase objects: one per non-null channel, in that
// channel's queue; the cases of one select form a ring through `sibling`. The channel that
// takes a case out moves the value and calls fireCase() (the SelectCase record, its firing and
// its free list are chan.ts's), which takes every sibling out of its queue, records the case
// in the frame's `elem` and makes the frame runnable. Cases come from a free list, so a select
// allocates nothing once the pool is warm.
import { Waiter, linkTo, queuePush } from "../core/queue";
import { CLOSED, ChanBase, SEND, SelectCase, canRecv, canSend, chanOf, isSendCase, isTimerChan, recvqOf, sendqOf, setSibling, siblingOf, take, timerOf } from "./chan";
import { timerDue, timerWaited } from "../scheduler/timers";
import { panicWord } from "../core/panic";
import { SEND_ON_CLOSED } from "../core/words";
import { SEED, TIME } from "../config";

// f.elem after a select: the case index, and what happened to that case (CLOSED, SEND).
const INDEX_MASK: usize = 0xffff;

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

// The select being described: its frame and its cases, three words per case in `cases`
// (channel address, value address, 1 for a send). A frame describes its select and commits
// it without parking in between, so one description serves every select. Nothing is
// allocated while describing: the channels stay reachable through the frame's fields.
let buildingFrame: usize = 0;
let buildingCount: i32 = 0;
let cases: usize = 0;
let casesCapacity: i32 = 0;

@inline const CASE_SIZE: usize = 3 * sizeof<usize>();

@inline function caseAt(i: i32): usize {
  return cases + <usize>i * CASE_SIZE;
}

/** A ring of SelectCases while a parking select makes them: a root, so that they stay reachable. */
let building: SelectCase | null = null;

/**
 * What lowered code calls. Every argument is an address (the frame, a channel, a field of
 * the frame), so that the caller's resume() holds no reference in a local.
 */
export class Select {
  /** Starts describing a select of the frame at `f`. */
  static enter(f: usize): void {
    buildingFrame = f;
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
    const count = buildingCount;
    buildingFrame = 0;
    buildingCount = 0;
    let ready_: u32 = 0;
    if (TIME) {
      // A receive case on a timer's channel whose timer is due fires it first, so it is ready.
      for (let i = 0; i < count; i++) {
        const d = caseAt(i);
        fireIfDue(d);
        if (describedReady(d)) ready_++;
      }
    } else for (let i = 0; i < count; i++) if (describedReady(caseAt(i))) ready_++;
    if (ready_ > 0) {
      let pick = random(ready_);
      let i = 0;
      while (true) {
        if (describedReady(caseAt(i))) {
          if (pick == 0) break;
          pick--;
        }
        i++;
      }
      const d = caseAt(i);
      const ch = changetype<ChanBase>(load<usize>(d));
      const elem = load<usize>(d, sizeof<usize>());
      if (load<usize>(d, 2 * sizeof<usize>())) {
        ch.sendReady(elem);
        store<usize>(f, <usize>i | SEND, offsetof<Waiter>("elem"));
      } else {
        const got = ch.recvReady(elem, f);
        store<usize>(f, <usize>i | (got ? 0 : CLOSED), offsetof<Waiter>("elem"));
      }
      return true;
    }
    if (hasOtherwise) {
      store<usize>(f, <usize>count, offsetof<Waiter>("elem"));
      return true;
    }
    if (count == 0) return false; // select {}: blocks forever
    park(f, count);
    return false;
  }

  /** The case that ran in the frame at `f`. A send case woken by close() panics here, in its own goroutine. */
  static index(f: usize): i32 {
    const e = load<usize>(f, offsetof<Waiter>("elem"));
    if ((e & (CLOSED | SEND)) == (CLOSED | SEND)) panicWord(SEND_ON_CLOSED);
    return <i32>(e & INDEX_MASK);
  }

  /** For a receive case: false when it got the zero value of a closed channel. */
  static ok(f: usize): bool {
    return (load<usize>(f, offsetof<Waiter>("elem")) & CLOSED) == 0;
  }
}

/** The timer of the described case `d`, if it is a receive on a timer's channel and the timer is due, fires now. */
@inline function fireIfDue(d: usize): void {
  const ch = load<usize>(d);
  if (ch && !load<usize>(d, 2 * sizeof<usize>()) && isTimerChan(ch)) timerDue(timerOf(ch));
}

function add(ch: usize, elem: usize, isSend: bool): void {
  const i = buildingCount++;
  if (i == casesCapacity) grow();
  const d = caseAt(i);
  store<usize>(d, ch);
  store<usize>(d, elem, sizeof<usize>());
  store<usize>(d, isSend ? 1 : 0, 2 * sizeof<usize>());
}

/** Room for twice as many described cases (raw memory, kept for every later select). */
function grow(): void {
  const capacity = casesCapacity ? casesCapacity * 2 : 16;
  cases = cases ? heap.realloc(cases, <usize>capacity * CASE_SIZE) : heap.alloc(<usize>capacity * CASE_SIZE);
  casesCapacity = capacity;
}

@inline function describedReady(d: usize): bool {
  const ch = load<usize>(d);
  return ch != 0 && (load<usize>(d, 2 * sizeof<usize>()) ? canSend(ch) : canRecv(ch));
}

/** No case is ready: one SelectCase per non-null channel goes into that channel's queue. */
function park(f: usize, count: i32): void {
  let first: usize = 0;
  let last: usize = 0;
  for (let i = 0; i < count; i++) {
    const d = caseAt(i);
    const ch = load<usize>(d);
    if (!ch) continue; // a null channel is never ready
    const c = take(); // may allocate: the ring made so far is reachable from `building`
    store<usize>(c, ch, offsetof<SelectCase>("chan"));
    linkTo(c, ch);
    store<usize>(c, load<usize>(d, sizeof<usize>()), offsetof<Waiter>("elem"));
    const isSend = load<usize>(d, 2 * sizeof<usize>()) != 0;
    store<bool>(c, isSend, offsetof<SelectCase>("isSend"));
    store<i32>(c, i, offsetof<SelectCase>("index"));
    store<usize>(c, f, offsetof<SelectCase>("frame"));
    linkTo(c, f);
    if (last) setSibling(last, c);
    else {
      first = c;
      building = changetype<SelectCase>(c);
    }
    last = c;
    setSibling(c, first); // close the ring
  }
  building = null;
  if (!first) return; // every channel is null: nothing will ever wake the frame
  // Queued only once every case exists: a case in a queue is never without its ring.
  let c = first;
  do {
    const ch = chanOf(c);
    const send = isSendCase(c);
    queuePush(ch, send ? sendqOf(ch) : recvqOf(ch), c);
    if (TIME) {
      if (!send && isTimerChan(ch)) timerWaited(timerOf(ch));
    }
    c = siblingOf(c);
  } while (c != first);
}
