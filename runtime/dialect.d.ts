// The dialect's API as tsc sees it. The compiler lowers every call below to
// the AssemblyScript runtime; these declarations exist so that `tspc` type-checks user code
// against AssemblyScript's types (i32, bool, …) with precise types. See docs/dialect.md.

/** What `for (const v of ch)` and `const [v, ok] = ch.recvOk()` iterate with, for tsc only. */
export interface DialectIterator<T> {
  next(): { done: bool; value: T };
}

declare global {
  // AssemblyScript's Array has no iterator; tuple destructuring needs one (TS2488 without it).
  interface Array<T> {
    [Symbol.iterator](): DialectIterator<T>;
  }
  // TypeScript 6 iterates (for…of over a Chan, destructuring) only when a global Iterable
  // exists; 5.x does without. AssemblyScript's library has none.
  interface Iterable<T, TReturn = any, TNext = any> {
    [Symbol.iterator](): DialectIterator<T>;
  }
}

/** Go's `go f(a, b)`: runs `f` in a new goroutine; the arguments are evaluated now. */
export declare function go(f: () => void): void;
export declare function go<A>(f: (a: A) => void, a: A): void;
export declare function go<A, B>(f: (a: A, b: B) => void, a: A, b: B): void;
export declare function go<A, B, C>(f: (a: A, b: B, c: C) => void, a: A, b: B, c: C): void;
export declare function go<A, B, C, D>(f: (a: A, b: B, c: C, d: D) => void, a: A, b: B, c: C, d: D): void;
export declare function go<A, B, C, D, E>(f: (a: A, b: B, c: C, d: D, e: E) => void, a: A, b: B, c: C, d: D, e: E): void;
export declare function go<A, B, C, D, E, F>(fn: (a: A, b: B, c: C, d: D, e: E, f: F) => void, a: A, b: B, c: C, d: D, e: E, f: F): void;

/** Go's `chan T`: `new Chan<T>()` is unbuffered, `new Chan<T>(n)` has room for n values. */
export declare class Chan<T> {
  constructor(capacity?: i32);
  /** `ch <- v`: blocks until a receiver takes the value or there is room; panics if the channel is closed. */
  send(value: T): void;
  /** `<-ch`: blocks until a value arrives; the zero value once the channel is closed and drained. */
  recv(): T;
  /** `v, ok := <-ch`: destructure it where it is called, `const [v, ok] = ch.recvOk()`. */
  recvOk(): [T, boolean];
  /** `close(ch)`: panics if already closed. */
  close(): void;
  /** `len(ch)`: values buffered now. */
  readonly length: i32;
  /** `cap(ch)`. */
  readonly capacity: i32;
  /** `for v := range ch`: `for (const v of ch)` receives until the channel is closed. */
  [Symbol.iterator](): DialectIterator<T>;
}

/** One case of a `select`, made by `recv`, `send` or `otherwise`. */
export declare class SelectCase {
  private readonly __selectCase: i32;
}

/** Go's `select`: runs one ready case (chosen at random when several are) and returns its index; `select()` blocks forever. */
export declare function select(...cases: SelectCase[]): i32;
/** `case v, ok := <-ch:`; a `null` channel is never ready. */
export declare function recv<T>(ch: Chan<T> | null, body?: (value: T, ok: boolean) => void): SelectCase;
/** `case ch <- value:`; a `null` channel is never ready. */
export declare function send<T>(ch: Chan<T> | null, value: T, body?: () => void): SelectCase;
/** `default:` */
export declare function otherwise(body?: () => void): SelectCase;

/** Go's `sync.WaitGroup`. */
export declare class WaitGroup {
  constructor();
  add(n: i32): void;
  done(): void;
  wait(): void;
}

/** Go's `sync.Mutex`. */
export declare class Mutex {
  constructor();
  lock(): void;
  unlock(): void;
  tryLock(): boolean;
}

/** Go's `sync.RWMutex`: many readers or one writer; a waiting writer blocks new readers. */
export declare class RWMutex {
  constructor();
  lock(): void;
  unlock(): void;
  tryLock(): boolean;
  rLock(): void;
  rUnlock(): void;
  tryRLock(): boolean;
}

/** Go's `sync.Once`: `do(f)` calls `f` the first time only. `f` cannot block. */
export declare class Once {
  constructor();
  do(f: () => void): void;
}

/** Go's `sync.Cond`: `wait()` unlocks the mutex, parks until signalled, and locks it again. */
export declare class Cond {
  constructor(l: Mutex);
  readonly l: Mutex;
  wait(): void;
  signal(): void;
  broadcast(): void;
}

/** Go's `runtime.Gosched()`: lets other goroutines run. */
export declare function gosched(): void;
/** Go's `panic`: ends the export call with a trap; the message is readable through wasmexport_panic_ptr/len. */
export declare function panic(message: string): never;
/** Go's `defer f()`: runs `f` when the enclosing function returns, last deferred first. */
export declare function defer(f: () => void): void;
/**
 * Go's `recover()`: called directly in a deferred closure while a `panic()` unwinds the
 * goroutine, stops the panic and returns its message; the function then returns normally,
 * with its zero result. Anywhere else, and when nothing panics, it returns null.
 */
export declare function recover(): string | null;

// Go's time package. Durations and times are i64 nanoseconds: `2 * Second`.
/** One nanosecond, the unit of durations and times. */
export declare const Nanosecond: i64;
export declare const Microsecond: i64;
export declare const Millisecond: i64;
export declare const Second: i64;
export declare const Minute: i64;
export declare const Hour: i64;
/** Go's `time.Sleep(d)`: parks the goroutine for `d` nanoseconds; returns at once when `d <= 0`. */
export declare function sleep(d: i64): void;
/** Go's `time.After(d)`: a channel that receives the deadline once `d` has passed. */
export declare function after(d: i64): Chan<i64>;
/** Go's `time.Now()` as the module's monotonic clock, in nanoseconds: virtual time from 0, or WASI's clock with `wasi`. */
export declare function now(): i64;

/** Go's `time.Timer` (Go 1.23 channel semantics: no stale value after stop() or reset()). */
export declare class Timer {
  constructor(d: i64);
  /** Receives the deadline when the timer fires. */
  readonly c: Chan<i64>;
  /** Stops the timer; true if it had not fired yet (or its value was not yet received). */
  stop(): bool;
  /** Restarts the timer for `d` from now; answers as stop() would. */
  reset(d: i64): bool;
}

/** Go's `time.Ticker`: a tick every interval; a slow receiver misses ticks rather than queueing them. */
export declare class Ticker {
  /** Panics `non-positive interval for NewTicker` when `d <= 0`. */
  constructor(d: i64);
  readonly c: Chan<i64>;
  stop(): void;
  /** Panics `non-positive interval for Ticker.Reset` when `d <= 0`. */
  reset(d: i64): void;
}

/** Go's `context.Context`, with its cancel function as a method. */
export declare class Context {
  /** Closed when the context is cancelled or its deadline passes. */
  done(): Chan<bool>;
  /** `null` until done, then `"context canceled"` or `"context deadline exceeded"`. */
  err(): string | null;
  /** Cancels the context and every context derived from it; does nothing for background(). */
  cancel(): void;
}
/** `context.Background()`: never cancelled. */
export declare function background(): Context;
/** `context.WithCancel(parent)`. */
export declare function withCancel(parent: Context): Context;
/** `context.WithTimeout(parent, d)`. */
export declare function withTimeout(parent: Context, d: i64): Context;
/** `context.WithDeadline(parent, t)`, `t` on the clock of now(). */
export declare function withDeadline(parent: Context, t: i64): Context;
