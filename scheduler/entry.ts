// Export entry: what a generated export wrapper calls (docs/runtime.md, "Export entry").
//
// A host call runs the export's function first, as a new goroutine (or, when it cannot
// block, as a plain call), then runs the scheduler: in drain mode until no goroutine is
// runnable, in return mode until the export's own goroutine has returned. If the queue
// empties while that goroutine is still parked and no timer is pending, nothing can ever
// wake it: deadlock.
import { linkTo, nextOf, setNext } from "../core/queue";
import { Frame } from "./frame";
import { INCREMENTAL, MINIMAL, TIME } from "../config";
import { collectAtCallEnd, current, run, runnable } from "./runq";
import { enterCall, leaveCall, leaveInit } from "./calls";
import { recycle } from "./reuse";
import { fireNext } from "./timers";
import { panicWords } from "../core/panic";
import { CLOSE_PAREN, DEADLOCK_EXPORT } from "../core/words";

/**
 * An export re-entered from a host import: the frame that made the host call is on no queue
 * while it waits for the import to return, and step() holds it only in a wasm local. It is
 * kept reachable on `suspended`, a stack linked through the frames' own `next` fields (free
 * while a frame runs). A call from the host's top level has no running frame: nothing to do.
 * The incremental runtime needs none of this: the outer scheduler loop's shadow-stack slot
 * still holds that frame, and the collector scans the shadow stack (runq.ts, `running`).
 */
let suspended: Frame | null = null;

@inline function suspendRunning(): void {
  if (INCREMENTAL) return;
  const r = changetype<usize>(current());
  if (!r) return;
  const top = changetype<usize>(suspended);
  setNext(r, top);
  linkTo(r, top);
  suspended = changetype<Frame>(r);
}

@inline function resumeRunning(): void {
  if (INCREMENTAL || !current()) return;
  const r = changetype<usize>(suspended);
  suspended = changetype<Frame | null>(nextOf(r));
  setNext(r, 0);
}

/** Under the minimal runtime, the root frames of blocking export calls in progress: the collector runs before the wrapper reads a root's result. */
// @ts-ignore: decorator (made where first used: only the minimal runtime uses it)
@lazy const roots = new Array<Frame>();

@inline export function exportEnter(): void {
  enterCall();
  suspendRunning();
}

/** After a non-blocking export's function returned: drain mode runs what it made runnable. */
@inline export function exportLeave(returnMode: bool): void {
  if (!returnMode && runnable()) run(null);
  collectAtCallEnd();
  resumeRunning();
  leaveCall();
}

/** A blocking export: `root` is the export function's frame, not yet started. */
export function exportRun(root: Frame, returnMode: bool, name: string): void {
  if (MINIMAL) roots.push(root);
  run(returnMode ? root : null, changetype<usize>(root));
  // Parked on a timer is not a deadlock: the clock moves to the next deadline (timers.ts).
  if (TIME) while (root.pc >= 0 && fireNext()) run(returnMode ? root : null);
  if (root.pc >= 0) panicWords(DEADLOCK_EXPORT, name, CLOSE_PAREN);
  collectAtCallEnd();
  if (MINIMAL) roots.pop();
  resumeRunning();
  leaveCall();
}

/** After the wrapper of a blocking export has read the result: the root frame can be reused. */
export function exportRelease(root: Frame): void {
  recycle(changetype<usize>(root));
}

/** The last top-level statement of the module: goroutines started at init run until parked. */
export function initDone(): void {
  run(null);
  leaveInit();
}
