// sync.WaitGroup, sync.Mutex, sync.RWMutex, sync.Once and sync.Cond.
//
// Each parks frames in first-in first-out wait queues (core/queue.ts). A WaitGroup wakes all its
// waiters when the counter reaches zero. A Mutex hands itself over: unlock() with waiters leaves the mutex
// locked and makes the first waiter runnable as its new owner, so a goroutine that unlocks and
// locks again in a loop cannot starve the others.
import { Waiter, queuePush, queueShift } from "../core/queue";
import { readyAt } from "../scheduler/runq";
import { panicWord } from "../core/panic";
import { NEGATIVE_WAITGROUP, RUNLOCK_UNLOCKED_RW, UNLOCK_UNLOCKED, UNLOCK_UNLOCKED_RW } from "../core/words";

export class WaitGroup {
  private counter: i32;
  private waitFirst: Waiter | null;
  private waitLast: Waiter | null;

  @inline private get waiters(): usize {
    return changetype<usize>(this) + offsetof<WaitGroup>("waitFirst");
  }

  add(delta: i32): void {
    const c = this.counter + delta;
    this.counter = c;
    if (c < 0) panicWord(NEGATIVE_WAITGROUP);
    if (c == 0) {
      while (true) {
        const w = queueShift(changetype<usize>(this), this.waiters);
        if (!w) break;
        readyAt(w);
      }
    }
  }

  done(): void {
    this.add(-1);
  }

  /** Parks the frame at `f` until the counter is zero; answers true when it already is. */
  wait(f: usize): bool {
    if (this.counter == 0) return true;
    queuePush(changetype<usize>(this), this.waiters, f);
    return false;
  }
}

export class Mutex {
  private locked: bool;
  private waitFirst: Waiter | null;
  private waitLast: Waiter | null;

  @inline private get waiters(): usize {
    return changetype<usize>(this) + offsetof<Mutex>("waitFirst");
  }

  /** Locks for the frame at `f`, or parks it; answers true when it holds the lock now. */
  lock(f: usize): bool {
    if (!this.locked) {
      this.locked = true;
      return true;
    }
    queuePush(changetype<usize>(this), this.waiters, f);
    return false;
  }

  tryLock(): bool {
    if (this.locked) return false;
    this.locked = true;
    return true;
  }

  unlock(): void {
    if (!this.locked) panicWord(UNLOCK_UNLOCKED);
    const w = queueShift(changetype<usize>(this), this.waiters);
    if (w) readyAt(w); // ownership passes to w; the mutex stays locked
    else this.locked = false;
  }
}

/**
 * sync.RWMutex: many readers or one writer.
 *
 * Invariants: `writer` and `readers > 0` never hold together. `writersWaiting` counts the
 * frames in the writer queue; while it is non-zero, rLock() parks even when only readers hold
 * the lock, so a stream of readers cannot starve a writer (Go's rule). The lock is handed
 * over, never left free for a woken frame to race for: the last rUnlock() makes the first
 * waiting writer the owner, and unlock() admits every waiting reader at once (they arrived
 * while the writer held or awaited the lock), or else the next writer.
 */
export class RWMutex {
  private writer: bool;
  private readers: i32;
  private writersWaiting: i32;
  private readFirst: Waiter | null;
  private readLast: Waiter | null;
  private writeFirst: Waiter | null;
  private writeLast: Waiter | null;

  @inline private get readQueue(): usize {
    return changetype<usize>(this) + offsetof<RWMutex>("readFirst");
  }

  @inline private get writeQueue(): usize {
    return changetype<usize>(this) + offsetof<RWMutex>("writeFirst");
  }

  /** Write-locks for the frame at `f`, or parks it; answers true when it holds the lock now. */
  lock(f: usize): bool {
    if (!this.writer && this.readers == 0) {
      this.writer = true;
      return true;
    }
    this.writersWaiting++;
    queuePush(changetype<usize>(this), this.writeQueue, f);
    return false;
  }

  tryLock(): bool {
    if (this.writer || this.readers != 0) return false;
    this.writer = true;
    return true;
  }

  unlock(): void {
    if (!this.writer) panicWord(UNLOCK_UNLOCKED_RW);
    this.writer = false;
    let admitted = false;
    while (true) {
      const r = queueShift(changetype<usize>(this), this.readQueue);
      if (!r) break;
      this.readers++;
      readyAt(r);
      admitted = true;
    }
    if (!admitted) this.handToWriter();
  }

  /** Read-locks for the frame at `f`, or parks it; answers true when it holds a read lock now. */
  rLock(f: usize): bool {
    if (!this.writer && this.writersWaiting == 0) {
      this.readers++;
      return true;
    }
    queuePush(changetype<usize>(this), this.readQueue, f);
    return false;
  }

  tryRLock(): bool {
    if (this.writer || this.writersWaiting != 0) return false;
    this.readers++;
    return true;
  }

  rUnlock(): void {
    if (this.readers <= 0) panicWord(RUNLOCK_UNLOCKED_RW);
    if (--this.readers == 0) this.handToWriter();
  }

  private handToWriter(): void {
    const w = queueShift(changetype<usize>(this), this.writeQueue);
    if (!w) return;
    this.writersWaiting--;
    this.writer = true;
    readyAt(w);
  }
}

/**
 * sync.Once: do(f) calls f the first time only. f cannot block (it is a plain function
 * value), so no other goroutine can run while it does, and no caller ever waits for another.
 * As in Go, a call that panics counts as done.
 */
export class Once {
  private done: bool;

  do(f: () => void): void {
    if (this.done) return;
    this.done = true;
    f();
  }
}

/**
 * sync.Cond, bound to a Mutex. wait() unlocks the mutex and parks; signal() and broadcast()
 * move waiters, first-in first-out, onto the mutex: a woken frame becomes runnable only once
 * it owns the mutex again, so wait() returns with the mutex held, as Go's does.
 */
export class Cond {
  private waitFirst: Waiter | null;
  private waitLast: Waiter | null;

  constructor(public l: Mutex) {}

  @inline private get waiters(): usize {
    return changetype<usize>(this) + offsetof<Cond>("waitFirst");
  }

  /** Parks the frame at `f` after unlocking the mutex (which panics if it was not locked). */
  wait(f: usize): bool {
    this.l.unlock();
    queuePush(changetype<usize>(this), this.waiters, f);
    return false;
  }

  signal(): void {
    const w = queueShift(changetype<usize>(this), this.waiters);
    if (w && this.l.lock(w)) readyAt(w);
  }

  broadcast(): void {
    while (true) {
      const w = queueShift(changetype<usize>(this), this.waiters);
      if (!w) break;
      if (this.l.lock(w)) readyAt(w);
    }
  }
}
