import { buildRuntimeProgram, expectPanic, instantiate, panicMessage, Exports } from "./harness";

// Hand-written frames, shaped as the lowering emits them, exercising the dialect's rules (docs/dialect.md).
const source = `
const log = new Array<i32>();
export function logLength(): i32 { return log.length; }
export function logAt(i: i32): i32 { return log[i]; }
function reset(): void { log.length = 0; }

// A receiver that logs (id * 1000 + value), or -id when the channel was closed.
class Receiver extends Frame {
  v: i32 = 0;
  constructor(public id: i32, public ch: Chan<i32>) { super(); }
  resume(): Frame | null {
    switch (this.pc) {
      case 0:
        this.pc = 1;
        if (!this.ch.chanrecv(this, changetype<usize>(this) + offsetof<Receiver>("v"))) return null;
      case 1:
        log.push(this.elem == 0 ? -this.id : this.id * 1000 + this.v);
        this.pc = -1;
        return this.caller;
    }
    unreachable();
    return null;
  }
}

// A sender of one value that logs 900 + id once the send completed.
class Sender extends Frame {
  constructor(public id: i32, public ch: Chan<i32>, public v: i32) { super(); }
  resume(): Frame | null {
    switch (this.pc) {
      case 0:
        this.pc = 1;
        if (!this.ch.chansend(this, changetype<usize>(this) + offsetof<Sender>("v"))) return null;
      case 1:
        sendDone(changetype<usize>(this));
        log.push(900 + this.id);
        this.pc = -1;
        return this.caller;
    }
    unreachable();
    return null;
  }
}

// Sends values first..first+count-1 one after another, then logs 999.
class Burst extends Frame {
  v: i32 = 0;
  i: i32 = 0;
  constructor(public ch: Chan<i32>, public first: i32, public count: i32) { super(); }
  resume(): Frame | null {
    while (true) {
      switch (this.pc) {
        case 0:
          if (this.i == this.count) { log.push(999); this.pc = -1; return this.caller; }
          this.v = this.first + this.i;
          this.pc = 1;
          if (!this.ch.chansend(this, changetype<usize>(this) + offsetof<Burst>("v"))) return null;
        case 1:
          sendDone(changetype<usize>(this));
          this.i++;
          this.pc = 0;
          continue;
        default:
          unreachable();
      }
    }
  }
}

/** Three receivers park in order; one goroutine sends three values without parking. */
export function handOff(): void {
  exportEnter();
  reset();
  const ch = new Chan<i32>();
  spawn(new Receiver(1, ch));
  spawn(new Receiver(2, ch));
  spawn(new Receiver(3, ch));
  spawn(new Burst(ch, 10, 3));
  exportLeave(false);
}

/** Capacity 2, three sends: the third parks until a receive frees a slot. */
export function buffered(): void {
  exportEnter();
  reset();
  const ch = new Chan<i32>(2);
  spawn(new Burst(ch, 1, 3));
  spawn(new Receiver(1, ch));
  spawn(new Receiver(2, ch));
  spawn(new Receiver(3, ch));
  exportLeave(false);
}

let closeMe: Chan<i32> = new Chan<i32>();
/** Three receivers park; a later call closes the channel and every one wakes with ok false. */
export function parkThree(): void {
  exportEnter();
  reset();
  closeMe = new Chan<i32>(1);
  spawn(new Receiver(1, closeMe));
  spawn(new Receiver(2, closeMe));
  spawn(new Receiver(3, closeMe));
  exportLeave(false);
}
export function closeIt(): void {
  exportEnter();
  closeMe.close();
  exportLeave(false);
}

/** A closed buffered channel still gives its values, then zero values. */
export function drainClosed(): void {
  exportEnter();
  reset();
  const ch = new Chan<i32>(2);
  spawn(new Burst(ch, 5, 2));
  spawn(new Receiver(1, ch));
  spawn(new Receiver(2, ch));
  spawn(new Receiver(3, ch));
  exportLeave(false);
  // Burst has filled the buffer and finished before the receivers ran? No: FIFO order, so
  // Burst ran first, then each receiver took one value; close now for the third.
}
export function lengthAndCapacity(): i32 {
  const ch = new Chan<i32>(3);
  return ch.length * 100 + ch.capacity;
}

export function sendOnClosed(): void {
  exportEnter();
  const ch = new Chan<i32>(1);
  ch.close();
  spawn(new Sender(1, ch, 5));
  exportLeave(false);
}
export function closeClosed(): void {
  const ch = new Chan<i32>();
  ch.close();
  ch.close();
}
/** A sender parked on an unbuffered channel panics when the channel is closed. */
export function closeWithSender(): void {
  exportEnter();
  const ch = new Chan<i32>();
  spawn(new Sender(1, ch, 5));
  exportLeave(false);
  exportEnter();
  ch.close();
  exportLeave(false);
}
export function negativeWaitGroup(): void {
  const wg = new WaitGroup();
  wg.add(1);
  wg.done();
  wg.done();
}
export function unlockUnlocked(): void {
  const m = new Mutex();
  m.unlock();
}
export function callPanic(): void {
  panic("boom: ünïcödé");
}

// The export's own goroutine waits on a channel nobody sends on.
class Stuck extends Frame {
  v: i32 = 0;
  ch: Chan<i32> = new Chan<i32>();
  resume(): Frame | null {
    this.pc = 1;
    if (!this.ch.chanrecv(this, changetype<usize>(this) + offsetof<Stuck>("v"))) return null;
    this.pc = -1;
    return this.caller;
  }
}
export function deadlock(): void {
  exportEnter();
  exportRun(new Stuck(), false, "deadlock");
}

// Return mode: the export returns when its own goroutine is done; others run in later calls.
let ticks: i32 = 0;
class Ticker extends Frame {
  resume(): Frame | null {
    switch (this.pc) {
      case 0:
        ticks++;
        this.pc = 1;
        if (!gosched(changetype<usize>(this))) return null;
      case 1:
        ticks++;
        this.pc = -1;
        return this.caller;
    }
    unreachable();
    return null;
  }
}
class Starter extends Frame {
  result: i32 = 0;
  resume(): Frame | null {
    switch (this.pc) {
      case 0:
        spawn(new Ticker());
        this.pc = 1;
        if (!gosched(changetype<usize>(this))) return null;
      case 1:
        this.result = ticks;
        this.pc = -1;
        return this.caller;
    }
    unreachable();
    return null;
  }
}
export function startReturn(): i32 {
  exportEnter();
  const fr = new Starter();
  exportRun(fr, true, "startReturn");
  return fr.result;
}
export function startDrain(): i32 {
  exportEnter();
  const fr = new Starter();
  exportRun(fr, false, "startDrain");
  return fr.result;
}
export function getTicks(): i32 { return ticks; }
export function nothing(): void { exportEnter(); exportLeave(true); }
export function drain(): void { exportEnter(); exportLeave(false); }

// 20 000 nested blocking calls: each level calls the next, the deepest yields once.
class Depth extends Frame {
  result: i32 = 0;
  callee: Depth | null = null;
  constructor(public n: i32) { super(); }
  resume(): Frame | null {
    switch (this.pc) {
      case 0:
        if (this.n == 0) {
          this.pc = 2;
          if (!gosched(changetype<usize>(this))) return null;
        }
        {
          const c = new Depth(this.n - 1);
          c.caller = this;
          this.callee = c;
          this.pc = 1;
          return c;
        }
      case 1:
        this.result = this.callee!.result + 1;
        this.callee = null;
        this.pc = -1;
        return this.caller;
      case 2:
        this.result = 0;
        this.pc = -1;
        return this.caller;
    }
    unreachable();
    return null;
  }
}
export function depth(n: i32): i32 {
  exportEnter();
  const fr = new Depth(n);
  exportRun(fr, false, "depth");
  return fr.result;
}
`;

const exportsList = ["logLength", "logAt", "handOff", "buffered", "parkThree", "closeIt", "drainClosed", "lengthAndCapacity",
  "sendOnClosed", "closeClosed", "closeWithSender", "negativeWaitGroup", "unlockUnlocked", "callPanic", "deadlock",
  "startReturn", "startDrain", "getTicks", "nothing", "drain", "depth"];

let binary: Uint8Array;
beforeAll(() => {
  binary = buildRuntimeProgram({ source, exports: exportsList }).binary;
});

const fresh = (): Exports => instantiate(binary);
const logOf = (e: Exports): number[] => Array.from({ length: e.logLength() }, (_, i) => e.logAt(i));

test("the module imports nothing", () => {
  expect(WebAssembly.Module.imports(new WebAssembly.Module(binary))).toEqual([]);
});

test("an unbuffered send to a waiting receiver hands over and goes on; receivers wake first-in first-out", () => {
  const e = fresh();
  e.handOff();
  // The sender finished (999) before any receiver ran, and receivers got 10, 20, 30 in park order.
  expect(logOf(e)).toEqual([999, 1010, 2011, 3012]);
});

test("a buffered channel takes capacity sends without parking, the next parks until a slot frees", () => {
  const e = fresh();
  e.buffered();
  // The third send parked; the first receive moved its value into the freed slot and made the
  // sender runnable behind the other two receivers.
  expect(logOf(e)).toEqual([1001, 2002, 3003, 999]);
});

test("close wakes every waiting receiver with the zero value and ok false", () => {
  const e = fresh();
  e.parkThree();
  expect(logOf(e)).toEqual([]);
  e.closeIt();
  expect(logOf(e)).toEqual([-1, -2, -3]);
});

test("len and cap", () => {
  expect(fresh().lengthAndCapacity()).toBe(3);
});

test.each([
  ["sendOnClosed", "send on closed channel"],
  ["closeClosed", "close of closed channel"],
  ["closeWithSender", "send on closed channel"],
  ["negativeWaitGroup", "sync: negative WaitGroup counter"],
  ["unlockUnlocked", "sync: unlock of unlocked mutex"],
  ["callPanic", "boom: ünïcödé"],
])("%s panics with Go's message", (name, message) => {
  const e = fresh();
  expect(expectPanic(e, () => e[name]())).toBe(message);
});

test("after a panic every call traps and repeats the first message", () => {
  const e = fresh();
  expectPanic(e, () => e.closeClosed());
  expect(expectPanic(e, () => e.lengthAndCapacity === undefined ? 0 : e.nothing())).toBe("module panicked earlier: close of closed channel");
  expect(expectPanic(e, () => e.drain())).toBe("module panicked earlier: close of closed channel");
});

test("an export whose goroutine can never be woken is a deadlock that names the export", () => {
  const e = fresh();
  expect(expectPanic(e, () => e.deadlock())).toBe("all goroutines are asleep - deadlock! (export deadlock)");
});

test("return mode returns when the export's goroutine finishes; the rest run in a later call", () => {
  // The export spawns a ticker and yields; the ticker ticks once and yields; the export
  // returns. In return mode the ticker's second tick waits for the next call.
  const e = fresh();
  expect(e.startReturn()).toBe(1);
  expect(e.getTicks()).toBe(1);
  e.nothing(); // a return-mode call with nothing of its own to run leaves the queue alone
  expect(e.getTicks()).toBe(1);
  e.drain();
  expect(e.getTicks()).toBe(2);
  // In drain mode the same call runs the ticker to the end.
  const d = fresh();
  expect(d.startDrain()).toBe(1);
  expect(d.getTicks()).toBe(2);
});

test("20 000 nested blocking calls run on heap frames", () => {
  expect(fresh().depth(20000)).toBe(20000);
});

test("panic messages are read without JavaScript help: pointer and length into memory", () => {
  const e = fresh();
  expect(() => e.callPanic()).toThrow(WebAssembly.RuntimeError);
  const bytes = new Uint8Array(e.memory.buffer, e.wasmexport_panic_ptr(), e.wasmexport_panic_len());
  expect(Buffer.from(bytes).toString("utf8")).toBe(panicMessage(e));
});
