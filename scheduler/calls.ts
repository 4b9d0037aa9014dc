// Calls in progress: which export calls and host calls are on the wasm stack, and what a call
// that ended without finishing leaves behind (docs/abi.md, "Calls that do not finish").
//
// A call can end in the middle: a panic traps on purpose (core/panic.ts), but WebAssembly
// also traps by itself (an out-of-bounds access, `unreachable`, the host's stack
// running out), and a host import can fail, which unwinds the wasm stack the same way. Nothing
// in the module runs at that moment: whatever the dead call had half done — a frame parked as
// the export's root, a queue half updated, the shadow stack, the minimal runtime's count of
// nested calls — stays as it was. The module cannot be made consistent again, so it notices
// at the next entry instead, and poisons itself there (panic.ts, trappedEarlier).
//
// The invariant: every export call on the wasm stack but the innermost is waiting in exactly
// one host call (that is how an export is re-entered), and _initialize counts as a call while
// it runs. So the export calls in progress minus the host calls in progress are 0 when an
// export or _initialize is entered, and 1 while the module runs and when a host call returns.
// Anything else means a call ended without finishing. That difference is all the hot path
// keeps, in core/panic.ts's entryWord, where a panic also leaves its mark: an entry is one
// load and one compare, and every store a constant. A host call that fails leaves the word at
// 0, which is exactly what a host call still in progress looks like: that case is not seen
// (docs/abi.md says what follows).
import { MINIMAL } from "../config";
import { setOutermost } from "./runq";
import { entryWord, panicAgain, poisoned, trappedEarlier } from "../core/panic";

/** Under the minimal runtime, export calls (and the running _initialize) on the wasm stack: its collector runs only at the outermost. */
let depth: i32 = 0;
/** Set at the end of _initialize's scheduler run (entry.ts, initDone). */
let initialised: bool = false;
/** Whether __wx_initGuard counted the running start function as a call. */
let initialising: bool = false;

/** An export call starts: trap if an earlier call ended without finishing or panicked. */
@inline export function enterCall(): void {
  if (load<i32>(entryWord)) trappedEarlier();
  store<i32>(entryWord, 1);
  if (MINIMAL) setOutermost(++depth);
}

@inline export function leaveCall(): void {
  store<i32>(entryWord, 0);
  if (MINIMAL) setOutermost(--depth);
}

/**
 * What `_initialize` runs before the module's start function, and what an export that finds
 * the module not yet initialised runs before running it (the asc bridge puts both calls there,
 * transformer/asc/worker.mjs). After a panic it traps like every other export, where the start
 * function, already run, would return; a start function that trapped half way is a call that
 * did not finish.
 */
export function __wx_initGuard(): void {
  if (poisoned()) panicAgain();
  if (initialised) return;
  enterCall();
  initialising = true;
}

/** The end of _initialize (initDone). */
export function leaveInit(): void {
  initialised = true;
  if (!initialising) return;
  initialising = false;
  leaveCall();
}

/** Before a host import is called: the module runs, so the word is 1. */
export function __wx_hostEnter(): void {
  store<i32>(entryWord, 0);
}

/**
 * After a host import returned. A call the host made into the module meanwhile (re-entering
 * it) may have panicked, or trapped, with the host catching the trap: then this call must not
 * go on as if nothing happened.
 */
export function __wx_hostLeave(): void {
  if (load<i32>(entryWord)) trappedEarlier();
  store<i32>(entryWord, 1);
}
