import { buildRuntimeProgram, instantiate } from "./harness";

const { parkedBytes } = require("../../bench/runtime/run") as { parkedBytes: (e: unknown, total?: number, step?: number) => number };

// WaitGroup and Mutex on hand-written frames, and the memory a parked goroutine costs.
const source = `
const log = new Array<i32>();
export function logLength(): i32 { return log.length; }
export function logAt(i: i32): i32 { return log[i]; }

const wg = new WaitGroup();
const mu = new Mutex();

// Waits on the WaitGroup, then logs its id.
class Waiter_ extends Frame {
  constructor(public id: i32) { super(); }
  resume(): Frame | null {
    switch (this.pc) {
      case 0:
        this.pc = 1;
        if (!wg.wait(changetype<usize>(this))) return null;
      case 1:
        log.push(this.id);
        this.pc = -1;
        return this.caller;
    }
    unreachable();
    return null;
  }
}

// Locks, logs its id, yields while holding the lock, logs again, unlocks.
class Locker extends Frame {
  constructor(public id: i32) { super(); }
  resume(): Frame | null {
    switch (this.pc) {
      case 0:
        this.pc = 1;
        if (!mu.lock(changetype<usize>(this))) return null;
      case 1:
        log.push(this.id);
        this.pc = 2;
        if (!gosched(changetype<usize>(this))) return null;
      case 2:
        log.push(this.id * 10);
        mu.unlock();
        this.pc = -1;
        return this.caller;
    }
    unreachable();
    return null;
  }
}

export function waitGroup(): void {
  exportEnter();
  log.length = 0;
  wg.add(2);
  spawn(new Waiter_(1));
  spawn(new Waiter_(2));
  exportLeave(false);
}
export function done(): void {
  exportEnter();
  log.push(-1);
  wg.done();
  exportLeave(false);
}
export function mutex(): void {
  exportEnter();
  log.length = 0;
  spawn(new Locker(1));
  spawn(new Locker(2));
  spawn(new Locker(3));
  exportLeave(false);
}

const forever = new Chan<i32>();
class Parked extends Frame {
  v: i32 = 0;
  resume(): Frame | null {
    this.pc = 1;
    if (!forever.chanrecv(this, changetype<usize>(this) + offsetof<Parked>("v"))) return null;
    this.pc = -1;
    return this.caller;
  }
}
export function park(n: i32): void {
  exportEnter();
  for (let i = 0; i < n; i++) spawn(new Parked());
  exportLeave(false);
}
`;

const exportsList = ["logLength", "logAt", "waitGroup", "done", "mutex", "park"];
let binary: Uint8Array;
beforeAll(() => {
  binary = buildRuntimeProgram({ source, exports: exportsList }).binary;
});

const logOf = (e: Record<string, (...a: number[]) => number>): number[] => Array.from({ length: e.logLength() }, (_, i) => e.logAt(i));

test("WaitGroup.wait parks until the counter reaches zero, then wakes every waiter", () => {
  const e = instantiate(binary);
  e.waitGroup();
  expect(logOf(e)).toEqual([]);
  e.done();
  expect(logOf(e)).toEqual([-1]);
  e.done();
  expect(logOf(e)).toEqual([-1, -1, 1, 2]);
});

test("Mutex: holders exclude each other, waiters get the lock first-in first-out", () => {
  const e = instantiate(binary);
  e.mutex();
  expect(logOf(e)).toEqual([1, 10, 2, 20, 3, 30]);
});

test("1 000 000 parked goroutines cost at most 64 bytes each", () => {
  const e = instantiate(binary);
  // Read the heap just before memory grows (the allocator doubles it), as the benchmark does.
  const bytes = parkedBytes(e, 1_000_000, 50_000);
  expect(bytes).toBeLessThanOrEqual(64);
  expect(e.memory.buffer.byteLength).toBeLessThan(128 * 1024 * 1024);
});
