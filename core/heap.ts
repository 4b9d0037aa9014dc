// The memory manager of the `incremental` runtime: an allocator with a free list per size
// class, and a mark-and-sweep collector whose marking and sweeping run in steps, paid for by
// allocation. asc builds it in place of AssemblyScript's own runtime (`--runtime`, see
// transformer/abi/module.ts); `minimal` and `stub` are AssemblyScript's.
//
// Why our own. A channel hop stores a parked frame into a channel's queue; the write barrier
// that store needs is what a collector costs a hop. Here it is one test of a global, true only
// while a collection is marking. Goroutine frames come in a few sizes that are allocated and
// freed over and over, which a free list per size serves with a pop and a push. And the whole
// runtime is a fraction of the size of a general-purpose allocator and collector.
//
// Blocks. Every block's payload is 16-byte aligned, with one word before it (`mmInfo`, as
// AssemblyScript's layout in ~lib/rt/common.ts) holding the block's size class. A block is
// either in use or on its class's free list, linked through its first payload word. Classes
// are 16 bytes apart up to SMALL_MAX, then four to each power of two. Freed blocks are never
// merged or split: memory freed in one class is reused by that class only. New blocks are cut
// from the end of the heap, which grows memory as it goes.
//
// Objects. A managed object is a block whose payload starts with AssemblyScript's object
// header (gcInfo, gcInfo2, rtId, rtSize); the compiler reads rtId and rtSize, the collector
// owns the other two words:
//   gcInfo  — the next object in the list of all objects, and in its low bit the mark: the
//             object is marked when that bit equals `mark`, which flips at the start of
//             every collection (so unmarking every object costs nothing);
//   gcInfo2 — the next object on the grey stack, while the object is grey.
// Objects in the data segment (string and array literals) are not blocks of ours and never
// freed, but a global array literal can be made to hold heap objects (a push moves its
// buffer to the heap; an element can be set). So they are marked and traced like any other:
// their mark bit is in their header too, and flipping `mark` unmarks them as well.
//
// A collection. It starts when the bytes in objects reach `threshold`, twice what the last
// collection left alive (and at least THRESHOLD_MIN).
//   MARK:  the globals and the shadow stack are the roots. Marking an object sets its mark
//          and pushes it on the grey stack; a step pops grey objects and marks what they point to.
//          Objects allocated meanwhile are born marked. A reference stored into an object
//          while marking marks its target (`__link`): so an object whose references have been
//          marked never points to an unmarked one. Locals and globals are stored without a
//          barrier, so when the grey stack runs empty the roots are visited again; marking
//          ends when that finds nothing new.
//   SWEEP: the list of all objects is taken as it is and a fresh one begun. A step walks the
//          taken list: a marked object goes back on the fresh list (its mark becomes "unmarked"
//          when the next collection flips `mark`), an unmarked one is garbage (nothing can
//          reach it, so nothing can store it anywhere) and its block is freed. Objects
//          allocated meanwhile go on the fresh list.
// Each allocation of n bytes, during a collection, does about STEP_FACTOR × n bytes of that
// work, so marking ends before the heap has grown by a sixteenth of what is alive. A faster
// pace would make each step's pause longer; a slower one let memory grow: at 4, starting
// 500 000 goroutines at once took twice the memory.
import { OBJECT, TOTAL_OVERHEAD } from "~lib/rt/common";
import { panicWord } from "./panic";
import { ALLOCATION_TOO_LARGE, NOT_PINNED, OUT_OF_MEMORY } from "./words";

/** Blocks up to this stride have a class every 16 bytes; larger ones four classes per power of two. */
// @ts-ignore: decorator
@inline const SMALL_MAX: usize = 1024;
/** Classes: 64 small ones (stride 16 … 1024), then 1280, 1536, 1792, 2048, 2560, … 1 GiB. */
// @ts-ignore: decorator
@inline const CLASSES: usize = 64 + 20 * 4;
// @ts-ignore: decorator
@inline const BLOCK_MAX: usize = (1 << 30) - 4;

// @ts-ignore: decorator
@inline const IDLE = 0;
// @ts-ignore: decorator
@inline const MARK = 1;
// @ts-ignore: decorator
@inline const SWEEP = 2;
// @ts-ignore: decorator
@inline const THRESHOLD_MIN: usize = 256 * 1024;
// @ts-ignore: decorator
@inline const STEP_FACTOR: usize = 16;
/** Allocated bytes that buy one step, so that small allocations do not each call step(). */
// @ts-ignore: decorator
@inline const STEP_BYTES: usize = 4096;

/** The free lists, one word per class, at the start of the heap. */
// @ts-ignore: decorator
@lazy const lists: usize = (__heap_base + 15) & ~15;
/** Where the next new block's payload starts; its mmInfo word is the word before. */
// @ts-ignore: decorator
@lazy let top: usize = reserve(lists + ((CLASSES << alignof<usize>()) + 4 + 15 & ~15));

/** The collector's phase: IDLE, MARK or SWEEP. Read by every barrier. */
// @ts-ignore: decorator
@lazy let state = IDLE;
/** Bytes in blocks of objects, live or not yet swept. */
// @ts-ignore: decorator
@lazy let total: usize = 0;
// @ts-ignore: decorator
@lazy let threshold: usize = THRESHOLD_MIN;
/** Bytes allocated since the last step, during a collection. */
// @ts-ignore: decorator
@lazy let debt: usize = 0;
/** All objects not being swept, newest first. */
// @ts-ignore: decorator
@lazy let objects: usize = 0;
/** The objects still to sweep. */
// @ts-ignore: decorator
@lazy let sweeping: usize = 0;
/** Collections started so far. */
// @ts-ignore: decorator
@lazy let collections: u32 = 0;
/** The value of the mark bit that means marked: in the collection under way, or the last one. */
// @ts-ignore: decorator
@lazy let mark: u32 = 0;
/** The grey stack: marked objects whose references are not yet marked. */
// @ts-ignore: decorator
@lazy let grey: usize = 0;
/** Pinned objects (roots the host holds), in a block of its own: count, then the pointers. */
// @ts-ignore: decorator
@lazy let pinned: usize = 0;
// @ts-ignore: decorator
@lazy let pinnedCapacity: usize = 0;

// ── Blocks ──────────────────────────────────────────────────────────────────────────────

/** The class of a block that holds `size` bytes. */
// @ts-ignore: decorator
@inline function classFor(size: usize): usize {
  const stride = size + 4;
  if (stride <= SMALL_MAX) return (stride + 15 >> 4) - 1;
  // 2^k < stride <= 2^(k+1); the octave's four classes are 2^(k-2) apart.
  const k = <usize>(31 - clz<u32>(<u32>stride - 1));
  const quarter = (stride - (<usize>1 << k) + (<usize>1 << (k - 2)) - 1) >> (k - 2);
  return 64 + ((k - 10) << 2) + quarter - 1;
}

/**
 * The bytes a block of class `c` takes: its payload and the mmInfo word of the block after
 * it, so that every payload stays 16-byte aligned.
 */
// @ts-ignore: decorator
@inline function strideOf(c: usize): usize {
  if (c < 64) return (c + 1) << 4;
  const k = 10 + ((c - 64) >> 2);
  return (<usize>1 << k) + ((((c - 64) & 3) + 1) << (k - 2));
}

/** What a block of class `c` can hold. */
// @ts-ignore: decorator
@inline function capacityOf(c: usize): usize {
  return strideOf(c) - 4;
}

// @ts-ignore: decorator
@inline function listSlot(c: usize): usize {
  return lists + (c << alignof<usize>());
}

/** Makes sure memory reaches `end`, the end of the free lists: answers `end`. */
function reserve(end: usize): usize {
  const limit = <usize>memory.size() << 16;
  if (end > limit && memory.grow(<i32>((end - limit + 0xffff) >>> 16)) < 0) unreachable();
  return end;
}

/** A block of class `c`, from its free list or else a new one; not zeroed. */
// @ts-ignore: decorator
@inline function allocBlock(c: usize): usize {
  const slot = listSlot(c);
  const p = load<usize>(slot);
  if (!p) return newBlock(c);
  store<usize>(slot, load<usize>(p));
  return p;
}

/** A block of class `c` cut from the end of the heap: never used, so zero. */
function newBlock(c: usize): usize {
  const p = top;
  const end = p + strideOf(c);
  const limit = <usize>memory.size() << 16;
  if (end > limit) {
    const pages = <i32>((end - limit + 0xffff) >>> 16);
    // A quarter more at least, so that growing stays rare; or just what is needed.
    if (memory.grow(max(pages, memory.size() >> 2)) < 0 && memory.grow(pages) < 0) panicWord(OUT_OF_MEMORY);
  }
  top = end;
  store<usize>(p - 4, c);
  return p;
}

/**
 * Zeroes `size` bytes at `p`. Most objects are a few words, and V8 makes `memory.fill` a call
 * into the engine: stores are several times faster for those.
 */
// @ts-ignore: decorator
@inline function zero(p: usize, size: usize): void {
  if (size > 128) {
    memory.fill(p, 0, size);
    return;
  }
  let o: usize = 0;
  for (; o + 8 <= size; o += 8) store<u64>(p + o, 0);
  for (; o < size; o++) store<u8>(p + o, 0);
}

/** Frees the block whose payload is at `p`. */
// @ts-ignore: decorator
@inline function freeBlock(p: usize): void {
  const slot = listSlot(load<usize>(p - 4));
  store<usize>(p, load<usize>(slot));
  store<usize>(slot, p);
}

// @ts-ignore: decorator
@global @unsafe
export function __alloc(size: usize): usize {
  if (size > BLOCK_MAX) panicWord(ALLOCATION_TOO_LARGE);
  return allocBlock(classFor(size));
}

// @ts-ignore: decorator
@global @unsafe
export function __realloc(p: usize, size: usize): usize {
  const capacity = capacityOf(load<usize>(p - 4));
  if (size <= capacity) return p;
  const q = __alloc(size);
  memory.copy(q, p, capacity);
  freeBlock(p);
  return q;
}

// @ts-ignore: decorator
@global @unsafe
export function __free(p: usize): void {
  if (p) freeBlock(p);
}

// ── Objects ─────────────────────────────────────────────────────────────────────────────

// @ts-ignore: decorator
@inline function header(p: usize): usize {
  return p - TOTAL_OVERHEAD + 4;
}

// @ts-ignore: decorator
@global @unsafe
export function __new(size: usize, id: u32): usize {
  return newObject(size, id, true);
}

/**
 * An object whose payload is not zeroed: for one that is written whole before anything reads
 * it and that holds no references (a buffer the host fills, a string decoded into), since the
 * collector must never see stale addresses in an object it traces.
 */
// @ts-ignore: decorator
@global @unsafe
export function __newUnzeroed(size: usize, id: u32): usize {
  return newObject(size, id, false);
}

// Not @inline: binaryen inlines it into both, and __new comes out as it was before
// __newUnzeroed existed (asc's own inlining allocated its locals differently).
function newObject(size: usize, id: u32, zeroed: bool): usize {
  if (size > BLOCK_MAX - (TOTAL_OVERHEAD - 4)) panicWord(ALLOCATION_TOO_LARGE);
  const c = classFor(size + (TOTAL_OVERHEAD - 4));
  const stride = strideOf(c);
  total += stride;
  if (state != IDLE) {
    debt += stride;
    if (debt >= STEP_BYTES) {
      step(<isize>(debt * STEP_FACTOR));
      debt = 0;
    }
  } else if (total >= threshold) {
    startMark();
  }
  const slot = listSlot(c);
  let h = load<usize>(slot);
  if (h) {
    store<usize>(slot, load<usize>(h));
    if (zeroed) zero(h + (TOTAL_OVERHEAD - 4), size);
  } else {
    h = newBlock(c);
  }
  const p = h + (TOTAL_OVERHEAD - 4);
  // Marked if a collection is marking; otherwise unmarked once the next one starts.
  store<u32>(h, <u32>objects | mark, offsetof<OBJECT>("gcInfo") - 4);
  store<u32>(h, 0, offsetof<OBJECT>("gcInfo2") - 4);
  store<u32>(h, id, offsetof<OBJECT>("rtId") - 4);
  store<u32>(h, <u32>size, offsetof<OBJECT>("rtSize") - 4);
  objects = p;
  return p;
}

// @ts-ignore: decorator
@global @unsafe
export function __renew(p: usize, size: usize): usize {
  const h = header(p);
  const old = <usize>load<u32>(h, offsetof<OBJECT>("rtSize") - 4);
  // An object in the data segment (the buffer of a global array literal) is no block of ours:
  // its mmInfo word is not a class, and it always moves.
  if (p >= __heap_base && size + (TOTAL_OVERHEAD - 4) <= capacityOf(load<usize>(h - 4))) {
    if (size > old) zero(p + old, size - old);
    store<u32>(h, <u32>size, offsetof<OBJECT>("rtSize") - 4);
    return p;
  }
  const q = __new(size, load<u32>(h, offsetof<OBJECT>("rtId") - 4));
  memory.copy(q, p, min(old, size));
  return q;
}

/** The write barrier: see MARK above. */
// @ts-ignore: decorator
@global @unsafe
export function __link(parent: usize, child: usize, expectMultiple: bool): void {
  if (state == MARK) shade(child);
}

// @ts-ignore: decorator
@global @unsafe
export function __visit(p: usize, cookie: i32): void {
  shade(p);
}

/** Marks the object at `p` and pushes it on the grey stack, unless it is null or marked. */
function shade(p: usize): void {
  if (!p) return;
  const h = header(p);
  const info = load<u32>(h, offsetof<OBJECT>("gcInfo") - 4);
  if ((info & 1) == mark) return;
  store<u32>(h, info ^ 1, offsetof<OBJECT>("gcInfo") - 4);
  store<u32>(h, <u32>grey, offsetof<OBJECT>("gcInfo2") - 4);
  grey = p;
}

// @ts-ignore: decorator
@global @unsafe
export function __pin(p: usize): usize {
  if (!p) return p;
  if (pinnedCount() == pinnedCapacity) {
    pinnedCapacity = max<usize>(8, pinnedCapacity << 1);
    pinned = pinned ? __realloc(pinned, (pinnedCapacity + 1) << alignof<usize>()) : __alloc((pinnedCapacity + 1) << alignof<usize>());
    if (pinnedCapacity == 8) store<usize>(pinned, 0);
  }
  const n = pinnedCount();
  store<usize>(pinned + ((n + 1) << alignof<usize>()), p);
  store<usize>(pinned, n + 1);
  if (state == MARK) shade(p);
  return p;
}

// @ts-ignore: decorator
@global @unsafe
export function __unpin(p: usize): void {
  const n = pinnedCount();
  for (let i: usize = n; i > 0; i--) {
    const at = pinned + (i << alignof<usize>());
    if (load<usize>(at) == p) {
      store<usize>(at, load<usize>(pinned + (n << alignof<usize>())));
      store<usize>(pinned, n - 1);
      return;
    }
  }
  panicWord(NOT_PINNED);
}

// @ts-ignore: decorator
@inline function pinnedCount(): usize {
  return pinned ? load<usize>(pinned) : 0;
}

/**
 * How many collections have started. The scheduler's lists of kept frames (reuse.ts) let go of
 * their frames when it changes: frames kept across collections would be traced by each.
 */
// @ts-ignore: decorator
@global @inline
export function __wx_collections(): u32 {
  return collections;
}

/** A whole collection, now: the one in progress is finished, then a new one is run. */
// @ts-ignore: decorator
@global @unsafe
export function __collect(): void {
  while (state != IDLE) step(isize.MAX_VALUE);
  startMark();
  while (state != IDLE) step(isize.MAX_VALUE);
}

// ── Collection ──────────────────────────────────────────────────────────────────────────

function visitRoots(): void {
  __visit_globals(0);
  for (let p = __stack_pointer; p < __heap_base; p += sizeof<usize>()) shade(load<usize>(p));
  const n = pinnedCount();
  for (let i: usize = 1; i <= n; i++) shade(load<usize>(pinned + (i << alignof<usize>())));
}

function startMark(): void {
  collections++;
  mark ^= 1; // every object is unmarked now
  state = MARK;
  debt = 0;
  visitRoots();
}

/** Marks or sweeps about `budget` bytes of objects. */
function step(budget: isize): void {
  if (state == MARK) {
    while (budget > 0) {
      let p = grey;
      if (!p) {
        visitRoots();
        if (!grey) {
          sweeping = objects;
          objects = 0;
          state = SWEEP;
          return;
        }
        continue;
      }
      const h = header(p);
      grey = <usize>load<u32>(h, offsetof<OBJECT>("gcInfo2") - 4);
      __visit_members(p, 0);
      budget -= <isize>load<u32>(h, offsetof<OBJECT>("rtSize") - 4) + 16;
    }
  } else {
    while (budget > 0) {
      const p = sweeping;
      if (!p) {
        state = IDLE;
        threshold = max(total << 1, THRESHOLD_MIN);
        return;
      }
      const h = header(p);
      const info = load<u32>(h, offsetof<OBJECT>("gcInfo") - 4);
      sweeping = <usize>(info & ~1);
      if ((info & 1) == mark) {
        store<u32>(h, <u32>objects | mark, offsetof<OBJECT>("gcInfo") - 4);
        objects = p;
      } else {
        // A program may define a global __finalize, which AssemblyScript calls for each
        // object it frees.
        if (isDefined(__finalize)) __finalize(p);
        total -= strideOf(load<usize>(h - 4));
        freeBlock(h);
      }
      budget -= 64;
    }
  }
}
