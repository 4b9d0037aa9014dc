// The run queue: frames that can run, first in first out.
//
// It is linked through Waiter.next like the wait queues, and a frame is never in both: a
// frame is put here only by ready() after it left its wait queue, or by spawn/gosched while
// it was in none. Runnable frames are reachable from these two globals, parked frames from
// the channel (or WaitGroup, Mutex) they wait on; a parked frame nothing refers to can never
// run again and is collected like any garbage.
import { linkTo, nextOf, setNext } from "../core/queue";
import { Frame } from "./frame";
import { END, forgetIfCollecting, keep } from "./reuse";
import { fireDueNow, timersPending } from "./timers";
import { INCREMENTAL, MINIMAL, TIME, WASI } from "../config";

// Runnable frames are linked through Waiter.next from `head` to `tail`. The globals are
// references so the collector sees the queue (roots are scanned again at the end of every
// mark phase, so storing to them needs no barrier); links between frames are written raw,
// with the barrier of core/queue.ts.
let head: Frame | null = null;
let tail: Frame | null = null;

/**
 * The frame being resumed, kept reachable while nothing else may refer to it. Only the
 * minimal and stub runtimes need it: under the incremental runtime the frame is in the
 * scheduler loop's shadow-stack slot (AssemblyScript spills `this` around the resume() call,
 * which may allocate), which the collector scans.
 */
let running: Frame | null = null;

/**
 * Makes the parked frame at `p` runnable: it resumes after the frames already queued. Taking
 * an address rather than a reference keeps the callers' resume() free of shadow-stack slots.
 *
 * `p.next` is 0 already: a frame in no queue has no `next`. Every way out of a queue clears
 * it (next() below, queueShift and queueRemove in core/queue.ts), a new frame is zeroed and a kept
 * one cleared by reuse(), and the minimal runtime's `suspended` chain (entry.ts) clears it
 * when the frame comes back from its host call.
 */
@inline export function readyAt(p: usize): void {
  const t = changetype<usize>(tail);
  if (t) {
    setNext(t, p);
    linkTo(t, p);
  } else head = changetype<Frame>(p);
  tail = changetype<Frame>(p);
}

/** Makes a parked frame runnable (readyAt, for a reference). */
@inline export function ready(f: Frame): void {
  readyAt(changetype<usize>(f));
}

/** `go(...)`: queues a new goroutine's root frame, which returns to END when the goroutine ends (reuse.ts). */
export function spawn(f: Frame): void {
  const p = changetype<usize>(f);
  store<usize>(p, changetype<usize>(END), offsetof<Frame>("caller"));
  readyAt(p);
}

/** `gosched()`: the frame at `f` yields to every frame already runnable. Always parks. */
export function gosched(f: usize): bool {
  readyAt(f);
  return false;
}

/** `select()` with no cases: the frame at `f` parks and nothing will ever wake it. */
export function block(f: usize): bool {
  return false;
}

/** The next runnable frame, or 0 when the queue is empty. */
@inline function next(): usize {
  const f = changetype<usize>(head);
  if (!f) return 0;
  const n = nextOf(f);
  head = changetype<Frame | null>(n);
  if (n) setNext(f, 0);
  else tail = null; // f.next is 0 already: f was the last
  return f;
}

/**
 * Runs one goroutine from frame `f` until it parks or ends. Inlined into the scheduler loop,
 * so that a goroutine switch costs no call and no shadow-stack frame of its own.
 */
@inline function step(f: usize): void {
  // Held raw: a re-entrant export keeps the outer frame reachable itself (entry.ts).
  const saved = INCREMENTAL ? 0 : changetype<usize>(running);
  while (f) {
    if (!INCREMENTAL) running = changetype<Frame>(f);
    const next = changetype<usize>(changetype<Frame>(f).resume());
    if (next == changetype<usize>(END)) {
      keep(f);
      break;
    }
    f = next;
  }
  if (!INCREMENTAL) running = changetype<Frame | null>(saved);
}

/** The frame whose resume() is on the wasm stack right now, if any. */
@inline export function current(): Frame | null {
  return running;
}

/** Whether any goroutine is runnable. */
@inline export function runnable(): bool {
  return head !== null;
}

/**
 * Runs runnable goroutines until the queue is empty or, when `until` is given, until that
 * frame has returned; `first`, when given, runs before the queue (an export call's own
 * goroutine). Re-entrant: an export called from inside a host import runs a nested loop over
 * the same queue, while the frame that made the host call stays off the queue (entry.ts
 * keeps it reachable).
 *
 * This is the only place that resumes a frame, so that the class-id dispatch of resume() has
 * one caller: the asc bridge then inlines the dispatch, and every frame class's state
 * machine, into this loop (transformer/asc/worker.mjs), and a goroutine switch costs no call.
 */
export function run(until: Frame | null, first: usize = 0): void {
  const u = changetype<usize>(until);
  let f = first;
  while (true) {
    if (!f) {
      if (u && changetype<Frame>(u).pc < 0) return;
      f = next();
      if (!f) return;
    }
    step(f);
    f = 0;
    if (WASI && TIME) {
      if (timersPending() && --switchesToClockCheck <= 0) switchesToClockCheck = fireDueNow();
    }
    if (MINIMAL) {
      stepsSinceCollect++;
      collectIfGrown();
    }
  }
}

/**
 * With WASI's real clock, a timer falls due while goroutines run: every so many goroutine
 * switches while a timer is pending, the loop reads the clock and fires the due timers
 * (timers.ts, `fireDueNow`, which says how many; Go's scheduler checks its timers on every
 * switch). Otherwise goroutines that never let the run queue empty (a loop that yields, a
 * ping-pong) would keep a due timer from firing, since the export entry waits for timers only
 * once the queue is empty. Under virtual time the clock does not move while goroutines run,
 * so there is nothing to check.
 */
// @ts-ignore: decorator
@lazy let switchesToClockCheck: i32 = 0;

/**
 * The minimal runtime never collects by itself: its collector must run when no reference
 * lives only on the wasm stack. Between two goroutine steps of the outermost scheduler loop
 * that holds: every frame is in a queue, in a global, or kept by the export entry. It
 * collects there when linear memory has grown since the last collection, and entry.ts
 * collects at the end of every outermost export call. The allocator doubles memory when it
 * runs out and the runtime cannot see how full the heap is, so one long call that keeps
 * making garbage can still double the heap once per collection: the incremental runtime
 * (the default) is the one that bounds memory inside a call by itself.
 */
let collectedAtPages: i32 = 0;
let outermost: i32 = 0;

@inline export function setOutermost(depth: i32): void {
  outermost = depth;
}

/**
 * At the end of every export call. Under the minimal runtime, at the end of an outermost one,
 * where nothing lives on the stack: collect when the calls since the last collection ran more
 * than a few hundred goroutine steps, or every 4096 calls: a collection costs time in
 * proportion to the heap, and a call that allocates little should not pay for one every few
 * hundred calls. Under the incremental runtime: let go of kept frames once a collection has
 * started (reuse.ts).
 */
let stepsSinceCollect: i32 = 0;
let callsSinceCollect: i32 = 0;

export function collectAtCallEnd(): void {
  forgetIfCollecting();
  if (MINIMAL && outermost == 1 && (stepsSinceCollect > 256 || ++callsSinceCollect >= 4096)) {
    collect();
    stepsSinceCollect = 0;
    callsSinceCollect = 0;
  }
}

@inline function collectIfGrown(): void {
  const pages = memory.size();
  if (outermost == 1 && pages > collectedAtPages) collect();
}

@inline function collect(): void {
  __collect();
  collectedAtPages = memory.size();
}
