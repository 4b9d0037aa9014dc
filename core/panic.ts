// Panics: the message a host can read, the trap, and the poisoned instance.
//
// A panic writes its message as UTF-8 into a static buffer and traps. It allocates nothing,
// so it still works when the panic is the allocator running out of memory. The host reads
// the message through wasmexport_panic_ptr/len. After a trap the shadow stack and any
// half-done queue update are not to be trusted, so the instance is poisoned: every later
// export call traps at once, with a message that repeats the first.
import { WASI } from "../config";

const CAPACITY: i32 = 1024;
const PREFIX = "module panicked earlier: ";

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

/** Appends `s` as UTF-8 at message[messageLength], as much as fits. */
function append(s: string): void {
  // Read as raw UTF-16 code units: a panic must not allocate, and needs no bounds checks.
  const units = changetype<usize>(s);
  const n = s.length;
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
  append(text);
  trap();
}

/** `panic(a + b + c)` without building the string (no allocation, no concatenation code). */
export function panicWith(a: string, b: string, c: string): void {
  messageLength = 0;
  append(a);
  append(b);
  append(c);
  trap();
}

/** An export called after a panic: trap again, saying so. */
export function panicAgain(): void {
  messageLength = 0;
  // A poisoning found at an entry (trappedEarlier) already says so; it is repeated as it is.
  if (!trapped) append(PREFIX);
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
  append("module trapped earlier: an export call ended without finishing, in a trap that was not a panic (a WebAssembly trap, such as an integer division by zero, a memory access out of bounds or the stack running out)");
  trapped = true;
  trap();
}

/** AssemblyScript's own allocators (minimal and stub runtimes) when memory cannot grow: the asc bridge makes them call this. */
export function __wx_outOfMemory(): void {
  panic("out of memory");
}

/**
 * AssemblyScript's abort (index out of range, null dereference, out of memory, …), installed
 * with --use abort=. Its runtime errors are worded as Go words them. A position in
 * AssemblyScript's library (`~lib/…`) says nothing to the program's author and is left out;
 * one in the program's own files is kept. The bridge makes an indexed read's bounds check
 * pass no file, and the index and the length as `line` and `column`
 * (transformer/asc/worker.mjs, indexErrorsWithValues).
 */
export function abort(text: string | null, fileName: string | null, line: u32, column: u32): void {
  messageLength = 0;
  const words = text ? text : "abort";
  const go = goWords(words);
  if (go.length) append("runtime error: ");
  append(go.length ? go : words);
  if (!fileName && changetype<usize>(go) == changetype<usize>(INDEX)) {
    append(" [");
    if (<i32>line < 0) append("-");
    appendU32(<i32>line < 0 ? -line : line);
    append("] with length ");
    appendU32(column);
  } else if (fileName && load<u16>(changetype<usize>(fileName)) != 0x7e) {
    // Not "~lib/…", AssemblyScript's library, where no file of the program's starts with "~".
    append(" at ");
    append(fileName);
    append(":");
    appendU32(line);
    append(":");
    appendU32(column);
  }
  trap();
}

const INDEX = "index out of range";

/**
 * Go's words for one of AssemblyScript's runtime errors (after "runtime error: "), or "" where
 * Go has none. AssemblyScript's messages (std/assembly/util/error.ts) are told apart by their
 * length and first and last code units: comparing them whole would put each in every module.
 */
function goWords(text: string): string {
  const n = text.length;
  const a = changetype<usize>(text);
  const first = load<u16>(a);
  const last = load<u16>(a + (<usize>(n - 1) << 1));
  // "Index out of range"
  if (n == 18 && first == 0x49 && last == 0x65) return INDEX;
  // "Unexpected 'null' (not assigned or failed cast)"
  if (n == 47 && first == 0x55 && last == 0x29) return "invalid memory address or nil pointer dereference";
  // "Invalid length"
  if (n == 14 && first == 0x49 && last == 0x68) return "makeslice: len out of range";
  return "";
}

export function wasmexport_panic_ptr(): i32 {
  return <i32>message;
}

export function wasmexport_panic_len(): i32 {
  return messageLength;
}
