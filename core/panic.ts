// Panics: the message a host can read, the trap, and the poisoned instance.
//
// A panic writes its message as UTF-8 into a static buffer and traps. It allocates nothing,
// so it still works when the panic is the allocator running out of memory. The host reads
// the message through wasmexport_panic_ptr/len. After a trap the shadow stack and any
// half-done queue update are not to be trusted, so the instance is poisoned: every later
// export call traps at once, with a message that repeats the first.
import { WASI } from "../config";
import { ABORT, AT, COLON, DIVIDE_BY_ZERO, INDEX_CLOSE, INDEX_OPEN, INDEX_OUT_OF_RANGE, MAKESLICE_LEN, MINUS, NIL_DEREFERENCE, OUT_OF_MEMORY, PANICKED_EARLIER, RUNTIME_ERROR, TRAPPED_EARLIER, WITH_LENGTH, wordBytes, wordLength } from "./words";

const CAPACITY: i32 = 1024;

/** The message the host reads now. */
const message = memory.data(CAPACITY);
// @ts-ignore: decorator (the allocator, compiled first, may panic)
@lazy let messageLength: i32 = 0;
/** The first panic's message, kept for the poisoned calls after it. */
const firstMessage = memory.data(CAPACITY);
// @ts-ignore: decorator (the allocator, compiled first, may panic)
@lazy let firstLength: i32 = 0;

// @ts-ignore: decorator (the allocator, compiled first, may panic)
@lazy let poisonedFlag: bool = false;

/**
 * The word every entry reads, so that one compare decides whether a call may run:
 * scheduler/calls.ts keeps in it the export calls in progress minus the host calls in
 * progress, 0 at every entry that may run, and a panic stores POISONED in it, so that no later
 * entry finds 0. It is in linear memory: an engine stores to memory at least as cheaply as to
 * a mutable global, and V8 pays more for some global writes.
 */
export const entryWord = memory.data(4);
@inline const POISONED: i32 = 0x40000000;

@inline export function poisoned(): bool {
  return poisonedFlag;
}

/** Appends `n` UTF-16 code units at `units` (a string's) as UTF-8 at message[messageLength], as much as fits. */
function append(units: usize, n: i32): void {
  // Raw code units: a panic must not allocate, and needs no bounds checks.
  let at = messageLength;
  for (let i = 0; i < n; i++) {
    let c = <u32>load<u16>(units + (<usize>i << 1));
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < n) {
      const d = <u32>load<u16>(units + (<usize>(i + 1) << 1));
      if (d >= 0xdc00 && d < 0xe000) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
      }
    }
    // Continuation bytes after the lead byte: 0 for ASCII, up to 3.
    let more: u32 = c < 0x80 ? 0 : c < 0x800 ? 1 : c < 0x10000 ? 2 : 3;
    if (at + <i32>more >= CAPACITY) break;
    const lead = more ? ((0xff00 >> (more + 1)) & 0xff) | (c >> (6 * more)) : c;
    store<u8>(message + <usize>(at++), <u8>lead);
    while (more) {
      more--;
      store<u8>(message + <usize>(at++), <u8>(0x80 | ((c >> (6 * more)) & 63)));
    }
  }
  messageLength = at;
}

/** Appends the runtime's word `w` (core/words.ts: ASCII), as much as fits. */
function appendWord(w: usize): void {
  const n = min(wordLength(w), CAPACITY - messageLength);
  memory.copy(message + <usize>messageLength, wordBytes(w), <usize>n);
  messageLength += n;
}

function appendU32(v: u32): void {
  let digits: u32 = 1;
  for (let t = v; t >= 10; t /= 10) digits++;
  if (messageLength + <i32>digits > CAPACITY) return;
  for (let i = <i32>digits - 1; i >= 0; i--) {
    store<u8>(message + <usize>(messageLength + i), <u8>(0x30 + v % 10));
    v /= 10;
  }
  messageLength += <i32>digits;
}

// @ts-ignore: decorator
@external("wasi_snapshot_preview1", "fd_write")
declare function fd_write(fd: u32, iovs: usize, iovsLength: usize, written: usize): u16;

const iovec = memory.data(16);
const line = memory.data(CAPACITY + 8);

/** With the `wasi` option, Go's `panic: <message>` line goes to stderr too. */
function printToStderr(): void {
  if (!WASI) return;
  const prefix = "panic: ";
  for (let i = 0; i < prefix.length; i++) store<u8>(line + <usize>i, <u8>prefix.charCodeAt(i));
  const at = line + <usize>prefix.length;
  memory.copy(at, message, <usize>messageLength);
  store<u8>(at + <usize>messageLength, 0x0a);
  store<usize>(iovec, line);
  store<usize>(iovec, <usize>(prefix.length + messageLength + 1), sizeof<usize>());
  fd_write(2, iovec, 1, iovec + 8);
}

/** Ends the call: the message is kept for the host and every later call. */
function trap(): void {
  store<i32>(entryWord, POISONED);
  if (!poisonedFlag) {
    poisonedFlag = true;
    memory.copy(firstMessage, message, <usize>messageLength);
    firstLength = messageLength;
  }
  printToStderr();
  unreachable();
}

/** `panic(message)`. */
export function panic(text: string): void {
  messageLength = 0;
  append(changetype<usize>(text), text.length);
  trap();
}

/** A panic of the runtime's, in its words (core/words.ts). */
export function panicWord(w: usize): void {
  messageLength = 0;
  appendWord(w);
  trap();
}

/** `panic(a + b + c)` without building the string, `a` and `c` the runtime's words. */
export function panicWords(a: usize, b: string, c: usize): void {
  messageLength = 0;
  appendWord(a);
  append(changetype<usize>(b), b.length);
  appendWord(c);
  trap();
}

/** An export called after a panic: trap again, saying so. */
export function panicAgain(): void {
  messageLength = 0;
  // A poisoning found at an entry (trappedEarlier) already says so; it is repeated as it is.
  if (!trapped) appendWord(PANICKED_EARLIER);
  const room = min(firstLength, CAPACITY - messageLength);
  memory.copy(message + <usize>messageLength, firstMessage, <usize>room);
  messageLength += room;
  printToStderr();
  unreachable();
}

// @ts-ignore: decorator (the allocator, compiled first, may panic)
@lazy let trapped: bool = false;

/**
 * An entry found entryWord not 0 (scheduler/calls.ts): a panic earlier, which it repeats, or
 * a call that ended without finishing, in a trap that was not a panic: nothing wrote a message
 * then, and the module is not consistent since.
 */
export function trappedEarlier(): void {
  if (poisonedFlag) panicAgain();
  messageLength = 0;
  appendWord(TRAPPED_EARLIER);
  trapped = true;
  trap();
}

/** AssemblyScript's own allocators (minimal and stub runtimes) when memory cannot grow: the asc bridge makes them call this. */
export function __wx_outOfMemory(): void {
  panicWord(OUT_OF_MEMORY);
}

/** Line and column of the abort that an integer division by zero calls (transformer/asc/divisions.mjs). */
const DIVIDE_MARK: u32 = 0xffffffff;

/**
 * AssemblyScript's abort (index out of range, null dereference, out of memory, …), installed
 * with --use abort=. Its runtime errors are worded as Go words them. A position in
 * AssemblyScript's library (`~lib/…`) says nothing to the program's author and is left out;
 * one in the program's own files is kept. The bridge makes an indexed read's bounds check
 * pass no file, and the index and the length as `line` and `column`
 * (transformer/asc/elements.mjs, indexErrorsWithValues); an integer division by zero passes
 * DIVIDE_MARK as both.
 */
export function abort(text: string | null, fileName: string | null, line: u32, column: u32): void {
  messageLength = 0;
  // The strings are read as raw addresses: no string operation (one may allocate, or need the
  // shadow stack) in the function every other failure ends in.
  const t = changetype<usize>(text);
  const tn = t ? unitsOf(t) : 0;
  const file = changetype<usize>(fileName);
  const go = tn ? goWords(t, tn) : file || line != DIVIDE_MARK || column != DIVIDE_MARK ? 0 : DIVIDE_BY_ZERO;
  if (go) {
    appendWord(RUNTIME_ERROR);
    appendWord(go);
  } else if (tn) append(t, tn);
  else appendWord(ABORT);
  const whole = file && isWholePosition(file);
  if (go == INDEX_OUT_OF_RANGE && (!file || whole)) {
    // Go leaves the length out when the index is negative.
    appendWord(INDEX_OPEN);
    if (<i32>line < 0) appendWord(MINUS);
    appendU32(<i32>line < 0 ? -line : line);
    if (<i32>line >= 0) {
      appendWord(WITH_LENGTH);
      appendU32(column);
    } else appendWord(INDEX_CLOSE);
  }
  if (whole) {
    appendWord(AT);
    append(file, unitsOf(file));
  } else if (file && load<u16>(file) != 0x7e) {
    // Not "~lib/…", AssemblyScript's library, where no file of the program's starts with "~".
    appendWord(AT);
    append(file, unitsOf(file));
    appendWord(COLON);
    appendU32(line);
    appendWord(COLON);
    appendU32(column);
  }
  trap();
}

/**
 * Whether the abort's file argument is a whole position, `src/main.ts:4:10`: the bridge writes
 * one for a check of AssemblyScript's library inlined into the program's code, and passes other
 * values as line and column (transformer/asc/elements.mjs). A file's own name ends in `.ts`,
 * never in a digit.
 */
@inline function isWholePosition(file: usize): bool {
  const n = unitsOf(file);
  if (n == 0) return false;
  const last = load<u16>(file + (<usize>(n - 1) << 1));
  return last >= 0x30 && last <= 0x39;
}

/** The length in code units of the string at `s`: its object header's size, halved. */
@inline function unitsOf(s: usize): i32 {
  return <i32>(load<u32>(s - 4) >> 1);
}

/**
 * Go's words for one of AssemblyScript's runtime errors (after "runtime error: "), or 0 where
 * Go has none. AssemblyScript's messages (std/assembly/util/error.ts) are told apart by their
 * length and first and last code units: comparing them whole would put each in every module.
 */
function goWords(a: usize, n: i32): usize {
  const first = load<u16>(a);
  const last = load<u16>(a + (<usize>(n - 1) << 1));
  // "Index out of range"
  if (n == 18 && first == 0x49 && last == 0x65) return INDEX_OUT_OF_RANGE;
  // "Unexpected 'null' (not assigned or failed cast)"
  if (n == 47 && first == 0x55 && last == 0x29) return NIL_DEREFERENCE;
  // "Invalid length"
  if (n == 14 && first == 0x49 && last == 0x68) return MAKESLICE_LEN;
  return 0;
}

export function wasmexport_panic_ptr(): i32 {
  return <i32>message;
}

export function wasmexport_panic_len(): i32 {
  return messageLength;
}
