// sync.WaitGroup and sync.Mutex.
//
// Both park frames in a first-in first-out wait queue (frame.ts). A WaitGroup wakes all its waiters when
// the counter reaches zero. A Mutex hands itself over: unlock() with waiters leaves the mutex
// locked and makes the first waiter runnable as its new owner, so a goroutine that unlocks and
// locks again in a loop cannot starve the others.
import { Waiter, queuePush, queueShift } from "../scheduler/frame";
import { readyAt } from "../scheduler/runq";
import { panic } from "./panic";

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
    if (c < 0) panic("sync: negative WaitGroup counter");
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
    if (!this.locked) panic("sync: unlock of unlocked mutex");
    const w = queueShift(changetype<usize>(this), this.waiters);
    if (w) readyAt(w); // ownership passes to w; the mutex stays locked
    else this.locked = false;
  }
}
