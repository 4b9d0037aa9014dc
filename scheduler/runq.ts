// The run queue: frames that can run, first in first out.
//
// It is linked through Waiter.next like the wait queues, and a frame is never in both: a
// frame is put here only by ready() after it left its wait queue, or by spawn/gosched while
// it was in none. Like every queue link, these are plain addresses (frame.ts,
// "Reachability"): what keeps a goroutine's frames alive is the table of all goroutines below.
import { Frame, linkTo, nextOf, setNext } from "./frame";
import { END, recycle } from "./reuse";
import { MINIMAL } from "../config";

// Runnable frames, linked through Waiter.next from `head` to `tail`.
let head: usize = 0;
let tail: usize = 0;

/**
 * Every goroutine that has not ended, as its root frame: Go's allgs. A global, so the
 * collector reaches every goroutine through it, and through each root frame the goroutine's
 * other frames (a frame keeps the callee it waits for in a field). A root frame's `g` is its
 * place here plus one, so that it leaves in constant time.
 */
// @ts-ignore: decorator (made where first used: a program that never calls go() has no table)
@lazy let allg = new StaticArray<Frame | null>(64);
// @ts-ignore: decorator
@lazy let allgCount: i32 = 0;

@inline function allgSlot(i: i32): usize {
  return changetype<usize>(allg) + (<usize>i << alignof<usize>());
}

/**
 * A new goroutine's root frame joins the table. The table grows once it is full, after the
 * frame is in it: growing allocates, and the frame must be reachable when the collector runs.
 */
@inline function register(f: usize): void {
  const n = allgCount;
  store<usize>(allgSlot(n), f);
  linkTo(changetype<usize>(allg), f);
  store<i32>(f, n + 1, offsetof<Frame>("g"));
  allgCount = n + 1;
  if (n + 1 == allg.length) growAllg();
}

function growAllg(): void {
  const old = allg;
  const bigger = new StaticArray<Frame | null>(old.length * 2);
  // The new table is reached from the global, a root, so copying into it needs no barrier.
  memory.copy(changetype<usize>(bigger), changetype<usize>(old), <usize>old.length << alignof<usize>());
  allg = bigger;
}

/** The root frame of a goroutine that has ended leaves the table; the last one takes its place. */
@inline function unregister(f: usize): void {
  const i = load<i32>(f, offsetof<Frame>("g")) - 1;
  const n = allgCount - 1;
  const last = load<usize>(allgSlot(n));
  store<usize>(allgSlot(n), 0);
  if (i != n) {
    store<usize>(allgSlot(i), last); // within the same table: no barrier
    store<i32>(last, i + 1, offsetof<Frame>("g"));
  }
  allgCount = n;
}


/**
 * Makes the parked frame at `p` runnable: it resumes after the frames already queued. Taking
 * an address rather than a reference keeps the callers' resume() free of shadow-stack slots.
 */
@inline export function readyAt(p: usize): void {
  setNext(p, 0);
  const t = tail;
  if (t) setNext(t, p);
  else head = p;
  tail = p;
}

/** Makes a parked frame runnable (readyAt, for a reference). */
@inline export function ready(f: Frame): void {
  readyAt(changetype<usize>(f));
}

/** `go(...)`: queues a new goroutine's root frame, which returns to END when the goroutine ends (reuse.ts). */
export function spawn(f: Frame): void {
  const p = changetype<usize>(f);
  store<usize>(p, changetype<usize>(END), offsetof<Frame>("caller"));
  register(p);
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
  const f = head;
  if (!f) return 0;
  const n = nextOf(f);
  head = n;
  if (!n) tail = 0;
  setNext(f, 0);
  return f;
}

/**
 * Runs one goroutine from frame `f` until it parks or ends. Inlined into the scheduler loop,
 * so that a goroutine switch costs no call and no shadow-stack frame of its own.
 */
@inline export function step(f: usize): void {
  // `f` is held raw: the frames of a goroutine are reachable through the list of all
  // goroutines, those of an export call through its wrapper (frame.ts, "Reachability").
  while (f) {
    const next = changetype<usize>(changetype<Frame>(f).resume());
    if (next == changetype<usize>(END)) {
      unregister(f);
      recycle(f);
      break;
    }
    f = next;
  }
}

/** Whether any goroutine is runnable. */
@inline export function runnable(): bool {
  return head != 0;
}

/**
 * Runs runnable goroutines until the queue is empty or, when `until` is given, until that
 * frame has returned. Re-entrant: an export called from inside a host import runs a nested
 * loop over the same queue, while the frame that made the host call stays off the queue
 * (entry.ts keeps it reachable).
 */
export function run(until: Frame | null): void {
  const u = changetype<usize>(until);
  while (true) {
    if (u && changetype<Frame>(u).pc < 0) return;
    const f = next();
    if (!f) return;
    step(f);
    if (MINIMAL) {
      stepsSinceCollect++;
      collectIfGrown();
    }
  }
}

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
 * At the end of an outermost export call (minimal runtime), where nothing lives on the
 * stack: collect when the calls since the last collection ran more than a few hundred
 * goroutine steps, or every 4096 calls: a collection costs time in proportion to the heap,
 * and a call that allocates little should not pay for one every few hundred calls.
 */
let stepsSinceCollect: i32 = 0;
let callsSinceCollect: i32 = 0;

export function collectAtCallEnd(): void {
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
