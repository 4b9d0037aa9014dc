// Go's context package: cancellation that flows from a context to the contexts derived from
// it, and deadlines.
//
// A context is done when its `done` channel is closed; `message` is then its error, set once.
// A context derived from a cancellable one is linked into its parent's list of children
// (first child, siblings both ways) until it is done, so cancelling the parent cancels it
// with the parent's error, and a child cancelled on its own unlinks itself at once. Contexts
// derived from background() are linked nowhere: background is never done. A deadline is a
// timer (scheduler/timers.ts) that cancels with "context deadline exceeded"; cancelling
// first stops it. As in Go, a derived context never cancelled stays linked to its parent
// for as long as the parent lives.
import { Chan } from "./chan";
import { TimerBase, deadlineIn, now, schedule, unschedule } from "../scheduler/timers";

// Go's error strings are written where they are used: a string constant at the top of a
// file would put its bytes into every module, time or not.

/** A deadline's timer: cancels its context when it fires. */
class DeadlineTimer extends TimerBase {
  ctx: Context | null;

  fire(): void {
    const c = this.ctx;
    if (c) c.cancelWith("context deadline exceeded");
  }
}

export class Context {
  private ch: Chan<bool>;
  private message: string | null = null;
  private parent: Context | null = null;
  private firstChild: Context | null = null;
  private prevSibling: Context | null = null;
  private nextSibling: Context | null = null;
  private timer: DeadlineTimer | null = null;
  /** The deadline on the module's clock; i64.MAX_VALUE for none. */
  deadline: i64 = i64.MAX_VALUE;
  /** background(): never done, and keeps no list of children. */
  private root: bool = false;

  constructor() {
    this.ch = new Chan<bool>();
  }

  /** Closed when the context is done: a receive then gets false at once. */
  done(): Chan<bool> {
    return this.ch;
  }

  /** null until the context is done, then Go's error string. */
  err(): string | null {
    return this.message;
  }

  /** Go's CancelFunc: cancels this context and those derived from it (background: nothing). */
  cancel(): void {
    this.cancelWith("context canceled");
  }

  cancelWith(message: string): void {
    if (this.root || this.message !== null) return;
    this.message = message;
    this.ch.close();
    const t = this.timer;
    if (t) {
      unschedule(changetype<usize>(t));
      t.ctx = null;
      this.timer = null;
    }
    let c = this.firstChild;
    this.firstChild = null;
    while (c) {
      const next = c.nextSibling;
      c.parent = null;
      c.prevSibling = null;
      c.nextSibling = null;
      c.cancelWith(message);
      c = next;
    }
    this.unlink();
  }

  /** Takes this context out of its parent's children. */
  private unlink(): void {
    const p = this.parent;
    if (!p) return;
    const prev = this.prevSibling;
    const next = this.nextSibling;
    if (prev) prev.nextSibling = next;
    else p.firstChild = next;
    if (next) next.prevSibling = prev;
    this.parent = null;
    this.prevSibling = null;
    this.nextSibling = null;
  }

  /** A new context derived from this one: done when this one is. */
  derive(): Context {
    const child = new Context();
    child.deadline = this.deadline;
    const message = this.message;
    if (message !== null) child.cancelWith(message);
    else if (!this.root) {
      child.parent = this;
      const first = this.firstChild;
      child.nextSibling = first;
      if (first) first.prevSibling = child;
      this.firstChild = child;
    }
    return child;
  }

  /** Gives this (new) context the deadline `t`. */
  expireAt(t: i64): void {
    this.deadline = t;
    if (this.message !== null) return;
    if (t <= now()) {
      this.cancelWith("context deadline exceeded");
      return;
    }
    const timer = new DeadlineTimer();
    timer.ctx = this;
    this.timer = timer;
    schedule(changetype<usize>(timer), t);
  }

  static makeRoot(): Context {
    const c = new Context();
    c.root = true;
    return c;
  }
}

// @ts-ignore: decorator
@lazy const backgroundContext = Context.makeRoot();

/** `context.Background()`. */
export function background(): Context {
  return backgroundContext;
}

/** `context.WithCancel(parent)`. */
export function withCancel(parent: Context): Context {
  return parent.derive();
}

/** `context.WithDeadline(parent, t)`: a parent's earlier deadline wins, as in Go. */
export function withDeadline(parent: Context, t: i64): Context {
  const child = parent.derive();
  if (t < parent.deadline) child.expireAt(t);
  return child;
}

/** `context.WithTimeout(parent, d)`: withDeadline(parent, now() + d). */
export function withTimeout(parent: Context, d: i64): Context {
  return withDeadline(parent, deadlineIn(d));
}
