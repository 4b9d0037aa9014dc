// The canonical ABI's memory side: what generated export wrappers and import adapters call to
// carry strings, bytes, lists, records and options across the boundary (docs/abi.md,
// "Interface types"). Compiled only into modules whose signatures use them.
//
// Two lists of pinned objects, each a raw vector of addresses (no managed object, so keeping
// one costs the collector nothing):
//
//   args  — buffers the host allocated with cabi_realloc to pass values in. They stay pinned
//           until the wrapper (or an import adapter, for an import's results) has lifted what
//           it needs into objects of its own; then releaseArgs() unpins them all and the
//           collector frees them. A host that allocates and never calls loses them only until
//           the next call releases them.
//   held  — objects whose memory the host reads: an export's result (until cabi_post_NAME,
//           or until the next export result when the host never calls it), and an import's
//           arguments (until the import returns). Entries below `floor` belong to import calls
//           in progress: a host re-entering an export from inside an import may still read
//           them after that export returns.
//
// A bad value from the host — a range past the end of memory, a misaligned list, invalid
// UTF-8, an option discriminant other than 0 and 1 — is a panic that names the export or
// import, never a silently wrong value.
import { INCREMENTAL } from "../config";
import { panicAgain, panicWord, panicWords, poisoned } from "../core/panic";
import { A_LIST_PASSED_TO, A_STRING_PASSED_TO, A_VALUE_PASSED_TO, ALLOCATION_TOO_LARGE, AN_OPTION_PASSED_TO, NOT_A_DISCRIMINANT, NOT_ALIGNED, NOT_UTF8, REALLOC_ALIGNMENT, RUNS_PAST_MEMORY } from "../core/words";

// @ts-ignore: decorator
@lazy let argsAt: usize = 0;
// @ts-ignore: decorator
@lazy let argsCount: usize = 0;
// @ts-ignore: decorator
@lazy let argsCapacity: usize = 0;
// @ts-ignore: decorator
@lazy let heldAt: usize = 0;
// @ts-ignore: decorator
@lazy let heldCount: usize = 0;
// @ts-ignore: decorator
@lazy let heldCapacity: usize = 0;
// @ts-ignore: decorator
@lazy let floor: usize = 0;

/** Appends `p` to the vector at `at` (count, capacity): returns the vector's new address. */
function push(at: usize, count: usize, capacity: usize, p: usize): usize {
  if (count == capacity) {
    const bytes = max<usize>(8, capacity << 1) << alignof<usize>();
    at = at ? __realloc(at, bytes) : __alloc(bytes);
  }
  store<usize>(at + (count << alignof<usize>()), p);
  return at;
}

/**
 * A new object of class `id` whose `size` bytes the caller writes whole before anything reads
 * them: not zeroed first, under the runtime whose allocator can skip it (core/heap.ts).
 */
// @ts-ignore: decorator
@inline function unzeroed(size: usize, id: u32): usize {
  // @ts-ignore: __newUnzeroed is the incremental runtime's own (core/heap.ts)
  return INCREMENTAL ? __newUnzeroed(size, id) : __new(size, id);
}

/**
 * The canonical ABI's allocator: the host calls it for every value it passes in
 * (`cabi_realloc(0, 0, align, size)`) and to grow one (`cabi_realloc(old, oldSize, align,
 * size)`). The block is an ArrayBuffer of the collector's, 16-byte aligned, pinned on `args`,
 * and not zeroed: the host writes what it passes, and a value lifted from a buffer reads only
 * the bytes the host says it wrote. A zero size gets a non-null address that is no block:
 * nothing reads a zero-length value.
 */
export function cabi_realloc(old: usize, oldSize: usize, align: usize, size: usize): usize {
  if (poisoned()) panicAgain();
  if (align > 16) panicWord(REALLOC_ALIGNMENT);
  if (size == 0) return align ? align : 1;
  const p = __pin(unzeroed(size, idof<ArrayBuffer>()));
  argsAt = push(argsAt, argsCount, argsCapacity, p);
  if (argsCount == argsCapacity) argsCapacity = max<usize>(8, argsCapacity << 1);
  argsCount++;
  if (old && oldSize) {
    checkRange(old, oldSize, 1, "cabi_realloc");
    memory.copy(p, old, min(oldSize, size));
  }
  return p;
}

/** After lifting: the host's buffers become garbage, collected like any object. */
export function releaseArgs(): void {
  for (let i: usize = 0; i < argsCount; i++) __unpin(load<usize>(argsAt + (i << alignof<usize>())));
  argsCount = 0;
}

/**
 * The pinned buffer `p` starts, if any: a Uint8Array passed in keeps that buffer instead of a
 * copy of it. It leaves `args` (so it is adopted once) and is unpinned.
 */
function adoptArg(p: usize, len: usize): ArrayBuffer | null {
  for (let i: usize = 0; i < argsCount; i++) {
    const at = argsAt + (i << alignof<usize>());
    if (load<usize>(at) != p) continue;
    const buffer = changetype<ArrayBuffer>(p);
    if (<usize>buffer.byteLength < len) return null;
    store<usize>(at, load<usize>(argsAt + ((argsCount - 1) << alignof<usize>())));
    argsCount--;
    __unpin(p);
    return buffer;
  }
  return null;
}

/** `count` bytes at `p` lie inside linear memory, aligned to `align`. */
export function checkRange(p: usize, count: usize, align: usize, what: string): void {
  const end = <u64>p + <u64>count;
  if (end > (<u64>memory.size() << 16)) panicWords(A_VALUE_PASSED_TO, what, RUNS_PAST_MEMORY);
  if (align > 1 && (p & (align - 1)) != 0) panicWords(A_LIST_PASSED_TO, what, NOT_ALIGNED);
}

/** A list's byte length, or a panic when `len` elements of `size` bytes cannot fit in memory. */
export function listBytes(len: usize, size: usize, what: string): usize {
  const bytes = <u64>len * <u64>size;
  if (bytes > (<u64>memory.size() << 16)) panicWords(A_LIST_PASSED_TO, what, RUNS_PAST_MEMORY);
  return <usize>bytes;
}

export function liftString(p: usize, len: usize, what: string): string {
  if (len == 0) return "";
  checkRange(p, len, 1, what);
  // UTF-16 needs at most one unit per UTF-8 byte: decode into that much, then give back the
  // rest. (Past 2 GiB, twice the length would wrap; the allocator refuses far less anyway.)
  if (len >= <usize>1 << 31) panicWord(ALLOCATION_TOO_LARGE);
  const s = unzeroed(len << 1, idof<String>());
  const end = decodeUtf8(p, len, s);
  if (!end) panicWords(A_STRING_PASSED_TO, what, NOT_UTF8);
  const size = end - s;
  return changetype<string>(size == len << 1 ? s : __renew(s, size));
}

export function liftBytes(p: usize, len: usize, what: string): Uint8Array {
  if (len == 0) return new Uint8Array(0);
  checkRange(p, len, 1, what);
  const adopted = adoptArg(p, len);
  if (adopted) return Uint8Array.wrap(adopted, 0, <i32>len);
  const bytes = new Uint8Array(<i32>len);
  memory.copy(bytes.dataStart, p, len);
  return bytes;
}

export function optionTag(tag: u32, what: string): bool {
  if (tag > 1) panicWords(AN_OPTION_PASSED_TO, what, NOT_A_DISCRIMINANT);
  return tag == 1;
}

/**
 * Decodes the UTF-8 at `p` into UTF-16 at `q` and answers where the UTF-16 ends, or 0 when the
 * bytes are not strict UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing above
 * U+10FFFF). One pass that checks and widens together; eight ASCII bytes at a time, since most
 * strings are mostly ASCII.
 */
function decodeUtf8(p: usize, len: usize, q: usize): usize {
  const end = p + len;
  while (p < end) {
    if (p + 8 <= end) {
      const v = load<u64>(p);
      if ((v & 0x8080808080808080) == 0) {
        store<u64>(q, widen(v & 0xffffffff));
        store<u64>(q, widen(v >> 32), 8);
        p += 8;
        q += 16;
        continue;
      }
    }
    const b0 = <u32>load<u8>(p);
    if (b0 < 0x80) {
      store<u16>(q, <u16>b0);
      p++;
      q += 2;
      continue;
    }
    let n: usize;
    let min: u32;
    if ((b0 & 0xe0) == 0xc0) { n = 1; min = 0x80; }
    else if ((b0 & 0xf0) == 0xe0) { n = 2; min = 0x800; }
    else if ((b0 & 0xf8) == 0xf0) { n = 3; min = 0x10000; }
    else return 0;
    if (p + n >= end) return 0;
    let c = b0 & (0x3f >> <u32>n);
    for (let i: usize = 1; i <= n; i++) {
      const b = <u32>load<u8>(p + i);
      if ((b & 0xc0) != 0x80) return 0;
      c = (c << 6) | (b & 0x3f);
    }
    if (c < min || c > 0x10ffff || (c >= 0xd800 && c < 0xe000)) return 0;
    p += n + 1;
    if (c < 0x10000) {
      store<u16>(q, <u16>c);
      q += 2;
    } else {
      c -= 0x10000;
      store<u16>(q, <u16>(0xd800 | (c >> 10)));
      store<u16>(q, <u16>(0xdc00 | (c & 0x3ff)), 2);
      q += 4;
    }
  }
  return q;
}

/** Four bytes (the low 32 bits of `v`) as four UTF-16 units. */
// @ts-ignore: decorator
@inline function widen(v: u64): u64 {
  v = (v | (v << 16)) & 0x0000ffff0000ffff;
  return (v | (v << 8)) & 0x00ff00ff00ff00ff;
}

// ── Values the host reads ─────────────────────────────────────────────────────────────

/** Pins `object` on `held` and answers its address. */
export function hold(object: usize): usize {
  __pin(object);
  heldAt = push(heldAt, heldCount, heldCapacity, object);
  if (heldCount == heldCapacity) heldCapacity = max<usize>(8, heldCapacity << 1);
  heldCount++;
  return object;
}

/** A zeroed buffer of `size` bytes the host reads, held. */
export function holdBuffer(size: usize): usize {
  return size == 0 ? 1 : hold(changetype<usize>(new ArrayBuffer(<i32>size)));
}

/** Stores `s` as (pointer, length) of UTF-8 at `at`. */
export function lowerString(at: usize, s: string): void {
  const len = <usize>String.UTF8.byteLength(s);
  const p = holdBuffer(len);
  if (len) String.UTF8.encodeUnsafe(changetype<usize>(s), s.length, p);
  store<u32>(at, <u32>p);
  store<u32>(at, <u32>len, 4);
}

/** Stores `b` as (pointer, length) at `at`: its own bytes, held, not a copy. */
export function lowerBytes(at: usize, b: Uint8Array): void {
  hold(changetype<usize>(b.buffer));
  store<u32>(at, <u32>b.dataStart);
  store<u32>(at, <u32>b.byteLength, 4);
}

/** Stores `count` elements at `data` (their own memory, inside `owner`, held) as (pointer, length) at `at`. */
export function lowerInPlace(at: usize, owner: usize, data: usize, count: usize): void {
  hold(owner);
  store<u32>(at, <u32>data);
  store<u32>(at, <u32>count, 4);
}

export function heldMark(): usize {
  return heldCount;
}

/** Unpins what `held` holds above `mark`. */
export function releaseHeld(mark: usize): void {
  while (heldCount > mark) {
    heldCount--;
    __unpin(load<usize>(heldAt + (heldCount << alignof<usize>())));
  }
}

/** Before an export lowers its result: results of earlier calls the host never freed go. */
export function beginResult(): void {
  releaseHeld(floor);
}

/** `cabi_post_NAME`: the host has read the result. */
export function postReturn(): void {
  releaseHeld(floor);
}

/** Around an import call: what is held now stays held until the import returns. */
export function enterImport(): usize {
  const saved = floor;
  floor = heldCount;
  return saved;
}

export function leaveImport(saved: usize): void {
  floor = saved;
}
