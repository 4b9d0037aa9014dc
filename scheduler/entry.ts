// Export entry: what a generated export wrapper calls (docs/runtime.md, "Export entry").
//
// A host call runs the export's function first, as a new goroutine (or, when it cannot
// block, as a plain call), then runs the scheduler: in drain mode until no goroutine is
// runnable, in return mode until the export's own goroutine has returned. If the queue
// empties while that goroutine is still parked, nothing can ever wake it: deadlock.
import { Frame } from "./frame";
import { collectAtCallEnd, current, run, setOutermost, step } from "./runq";
import { panicAgain, panicWith, poisoned } from "../runtime/panic";

/** How many export calls are on the wasm stack (more than one: re-entered from a host import). */
let depth: i32 = 0;

/**
 * Frames the collector must see while export calls are in progress: the root frame of each
 * blocking export, and, for an export re-entered from a host import, the frame that made the
 * host call (it is on no queue while it waits for the import to return).
 */
const roots = new Array<Frame | null>();

export function exportEnter(): void {
  if (poisoned()) panicAgain();
  depth++;
  setOutermost(depth);
  roots.push(current());
}

/** After a non-blocking export's function returned: drain mode runs what it made runnable. */
export function exportLeave(returnMode: bool): void {
  if (!returnMode) run(null);
  collectAtCallEnd();
  roots.pop();
  depth--;
  setOutermost(depth);
}

/** A blocking export: `root` is the export function's frame, not yet started. */
export function exportRun(root: Frame, returnMode: bool, name: string): void {
  roots.push(root);
  step(changetype<usize>(root));
  run(returnMode ? root : null);
  if (root.pc >= 0) panicWith("all goroutines are asleep - deadlock! (export ", name, ")");
  collectAtCallEnd();
  roots.pop();
  roots.pop();
  depth--;
  setOutermost(depth);
}

/** The last top-level statement of the module: goroutines started at init run until parked. */
export function initDone(): void {
  setOutermost(1);
  run(null);
  setOutermost(0);
}

export function exportDepth(): i32 {
  return depth;
}
