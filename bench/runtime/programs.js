// Runtime benchmarks on hand-written frames: AssemblyScript written exactly as the lowering
// emits it, so these figures are the runtime's own cost, with no lowering in between.
"use strict";

// A channel kept in a field of the frame is read raw, and every runtime operation takes the
// frame as the address self$ (docs/runtime.md, "Costs").
const chanIn = (ch, cls) => (/^this\.\w+$/.test(ch) ? `load<usize>(self$, offsetof<${cls}>("${ch.slice(5)}"))` : `changetype<usize>(${ch})`);
const recvInto = (ch, cls, field) => `chanRecv<i32>(${chanIn(ch, cls)}, self$, self$ + offsetof<${cls}>("${field}"))`;
const sendFrom = (ch, cls, field) => `chanSend<i32>(${chanIn(ch, cls)}, self$, self$ + offsetof<${cls}>("${field}"))`;

const source = `
// --- unbuffered ping-pong: two goroutines, n round trips = 2n hops
class Pong extends Frame {
  v: i32 = 0;
  constructor(public a: Chan<i32>, public b: Chan<i32>) { super(); }
  resume(): Frame | null {
    const self$ = changetype<usize>(this);
    while (true) {
      switch (this.pc) {
        case 0:
          this.pc = 1;
          if (!${recvInto("this.a", "Pong", "v")}) return null;
        case 1:
          if (this.elem == 0) { this.pc = -1; return this.caller; }
          this.pc = 2;
          if (!${sendFrom("this.b", "Pong", "v")}) return null;
        case 2:
          sendDone(self$);
          this.pc = 0;
          continue;
        default: unreachable();
      }
    }
  }
}
class Ping extends Frame {
  v: i32 = 0;
  i: i32 = 0;
  a: Chan<i32> = new Chan<i32>();
  b: Chan<i32> = new Chan<i32>();
  constructor(public n: i32) { super(); }
  resume(): Frame | null {
    const self$ = changetype<usize>(this);
    while (true) {
      switch (this.pc) {
        case 0:
          spawn(new Pong(this.a, this.b));
          this.i = 0;
        case 1:
          if (this.i >= this.n) { this.a.close(); this.pc = -1; return this.caller; }
          this.v = this.i;
          this.pc = 2;
          if (!${sendFrom("this.a", "Ping", "v")}) return null;
        case 2:
          sendDone(self$);
          this.pc = 3;
          if (!${recvInto("this.b", "Ping", "v")}) return null;
        case 3:
          this.i++;
          this.pc = 1;
          continue;
        default: unreachable();
      }
    }
  }
}
export function pingpong(n: i32): void {
  exportEnter();
  exportRun(new Ping(n), false, "pingpong");
}

// --- buffered throughput: one producer, one consumer, capacity 128
class Producer extends Frame {
  v: i32 = 0;
  constructor(public ch: Chan<i32>, public n: i32) { super(); }
  resume(): Frame | null {
    const self$ = changetype<usize>(this);
    while (true) {
      switch (this.pc) {
        case 0:
          if (this.v >= this.n) { this.ch.close(); this.pc = -1; return this.caller; }
          this.pc = 1;
          if (!${sendFrom("this.ch", "Producer", "v")}) return null;
        case 1:
          sendDone(self$);
          this.v++;
          this.pc = 0;
          continue;
        default: unreachable();
      }
    }
  }
}
class Consumer extends Frame {
  v: i32 = 0;
  sum: i64 = 0;
  ch: Chan<i32> = new Chan<i32>(128);
  constructor(public n: i32) { super(); }
  resume(): Frame | null {
    const self$ = changetype<usize>(this);
    while (true) {
      switch (this.pc) {
        case 0:
          spawn(new Producer(this.ch, this.n));
        case 1:
          this.pc = 2;
          if (!${recvInto("this.ch", "Consumer", "v")}) return null;
        case 2:
          if (this.elem == 0) { this.pc = -1; return this.caller; }
          this.sum += this.v;
          this.pc = 1;
          continue;
        default: unreachable();
      }
    }
  }
}
export function buffered(n: i32): void {
  exportEnter();
  exportRun(new Consumer(n), false, "buffered");
}

// --- spawn and finish a trivial goroutine
let finished: i32 = 0;
class Trivial extends Frame {
  resume(): Frame | null { finished++; this.pc = -1; return this.caller; }
  static new$(): Trivial {
    const p = reuse(idof<Trivial>());
    if (!p) return new Trivial();
    return changetype<Trivial>(p);
  }
}
export function spawnMany(n: i32): i32 {
  exportEnter();
  for (let i = 0; i < n; i++) spawn(Trivial.new$());
  exportLeave(false);
  return finished;
}

// --- parked goroutines: each waits on one channel that never gets a value
const forever = new Chan<i32>();
class Parked extends Frame {
  v: i32 = 0;
  resume(): Frame | null {
    const self$ = changetype<usize>(this);
    this.pc = 1;
    if (!${recvInto("forever", "Parked", "v")}) return null;
    this.pc = -1;
    return this.caller;
  }
}
export function park(n: i32): void {
  exportEnter();
  for (let i = 0; i < n; i++) spawn(new Parked());
  exportLeave(false);
}

// --- select over k unbuffered channels fed round robin by one sender
class Feeder extends Frame {
  v: i32 = 0;
  i: i32 = 0;
  constructor(public chans: StaticArray<Chan<i32>>, public n: i32) { super(); }
  resume(): Frame | null {
    const self$ = changetype<usize>(this);
    while (true) {
      switch (this.pc) {
        case 0:
          if (this.i >= this.n) { this.pc = -1; return this.caller; }
          this.v = this.i;
          this.pc = 1;
          if (!${sendFrom("unchecked(this.chans[this.i % this.chans.length])", "Feeder", "v")}) return null;
        case 1:
          sendDone(self$);
          this.i++;
          this.pc = 0;
          continue;
        default: unreachable();
      }
    }
  }
}
class Selector extends Frame {
  v: i32 = 0;
  i: i32 = 0;
  sum: i64 = 0;
  chans: StaticArray<Chan<i32>>;
  constructor(k: i32, public n: i32) {
    super();
    this.chans = new StaticArray<Chan<i32>>(k);
    for (let j = 0; j < k; j++) this.chans[j] = new Chan<i32>();
  }
  resume(): Frame | null {
    const self$ = changetype<usize>(this);
    while (true) {
      switch (this.pc) {
        case 0:
          spawn(new Feeder(this.chans, this.n));
        case 1: {
          if (this.i >= this.n) { this.pc = -1; return this.caller; }
          Select.enter(self$);
          const dst = self$ + offsetof<Selector>("v");
          for (let j = 0; j < this.chans.length; j++) Select.recv(changetype<usize>(unchecked(this.chans[j])), dst);
          this.pc = 2;
          if (!Select.commit(false)) return null;
        }
        case 2:
          this.sum += Select.index(self$);
          this.i++;
          this.pc = 1;
          continue;
        default: unreachable();
      }
    }
  }
}
export function selectK(k: i32, n: i32): void {
  exportEnter();
  exportRun(new Selector(k, n), false, "selectK");
}

// --- export calls: the non-blocking fast path against a plain export
function addOne(x: i32): i32 { return x + 1; }
export function fastPath(x: i32): i32 {
  exportEnter();
  const r = addOne(x);
  exportLeave(false);
  return r;
}
export function plain(x: i32): i32 {
  return addOne(x);
}
`;

const exportsList = ["pingpong", "buffered", "spawnMany", "park", "selectK", "fastPath", "plain"];

module.exports = { source, exportsList };
