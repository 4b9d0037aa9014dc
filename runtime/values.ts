// Blocking functions as values (docs/dialect.md, "Functions as values").
//
// A function that blocks runs in a frame, and a frame is started, not called. So the value
// of a blocking function (or of a closure that blocks) is a plain function of the same
// signature that starts its frame and hands it over through `started`; it answers a zero
// value, which the caller never reads. A frame that calls a function value that may block
// says so first (beginValueCall), calls it, and then takes the frame it started, if any
// (valueFrame): that frame runs as its callee, parking it as a direct call would, and its
// result is read where every such frame keeps it (ValueFrame). A value that does not block
// simply runs and returns. The value of a blocking function called where no frame awaits it
// — by AssemblyScript's library, or by code that does not block — is a panic.
import { Frame } from "../scheduler/frame";
import { panic } from "../core/panic";

/** Set by a frame just before it calls a function value that may block. */
let calling: bool = false;
/** The frame the blocking function value just called has started. */
let started: Frame | null = null;

/** A frame is about to call a function value that may block. */
@inline export function beginValueCall(): void {
  calling = true;
}

/** After the call: the frame the value started (its caller runs it next), or null if it did not block. */
export function valueFrame(): Frame | null {
  calling = false;
  const f = started;
  if (f) started = null;
  return f;
}

/** What a blocking function value does when called: hands `f` to the frame that called it. */
export function startValue(f: Frame): void {
  if (!calling) panic("a function that blocks was called as a value where it cannot park (by a library function, or by code that does not block)");
  calling = false;
  started = f;
}

/** What a blocking function value returns to its caller, which reads the frame's result instead. */
@inline export function zero<T>(): T {
  if (isReference<T>()) return changetype<T>(0);
  return <T>0;
}

/**
 * The frames that function values start keep their result as their first field, so a caller
 * that does not know the frame's class reads it through this one.
 */
export class ValueFrame<T> extends Frame {
  result!: T;
}
