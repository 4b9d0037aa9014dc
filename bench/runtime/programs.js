// Runtime benchmarks on hand-written frames: AssemblyScript written as the lowering emits it
// (docs/lowering.md) — the frame touched through its address (stateOf, setState, received,
// leave), numbers through an @unmanaged view, innermost loops rotated — so these figures are
// the runtime's own cost, with no lowering in between.
"use strict";

// A channel kept in a field of the frame is read raw, and every runtime operation takes the
// frame as the address self$ (docs/runtime.md, "Costs").
const chanIn = (ch, cls) => (/^this\.\w+$/.test(ch) ? `load<usize>(self$, offsetof<${cls}>("${ch.slice(5)}"))` : `changetype<usize>(${ch})`);
const recvInto = (ch, cls, field) => `chanRecv<i32>(${chanIn(ch, cls)}, self$, self$ + offsetof<${cls}>("${field}"))`;
const sendFrom = (ch, cls, field) => `chanSend<i32>(${chanIn(ch, cls)}, self$, self$ + offsetof<${cls}>("${field}"))`;

/** The view of a frame class's number fields (what the lowering prints after each frame class). */
const view = (cls, fields) => [
  `@unmanaged class ${cls}$Locals {`,
  ...fields.flatMap(([name, type]) => [
    `  @inline get ${name}(): ${type} { return load<${type}>(changetype<usize>(this), offsetof<${cls}>("${name}")); }`,
    `  @inline set ${name}(v: ${type}) { store<${type}>(changetype<usize>(this), v, offsetof<${cls}>("${name}")); }`,
  ]),
  "}",
].join("\n");

const source = `
// --- unbuffered ping-pong: two goroutines, n round trips = 2n hops
class Pong extends Frame {
  v: i32 = 0;
  constructor(public a: Chan<i32>, public b: Chan<i32>) { super(); }
  resume(): Frame | null {
    const self$ = changetype<usize>(this);
    while (true) {
      switch (stateOf(self$)) {
        case 1:
          if (!received(self$)) return leave(self$);
          if (!${sendFrom("this.b", "Pong", "v")}) { setState(self$, 2); return null; }
        case 2:
          sendDone(self$);
        case 0:
          while (true) {
            if (!${recvInto("this.a", "Pong", "v")}) { setState(self$, 1); return null; }
            if (!received(self$)) return leave(self$);
            if (!${sendFrom("this.b", "Pong", "v")}) { setState(self$, 2); return null; }
          }
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
    const locals$ = changetype<Ping$Locals>(self$);
    while (true) {
      switch (stateOf(self$)) {
        case 0:
          spawn(new Pong(this.a, this.b));
          locals$.i = 0;
          setState(self$, 1);
          continue;
        case 2:
          sendDone(self$);
          if (!${recvInto("this.b", "Ping", "v")}) { setState(self$, 3); return null; }
        case 3:
          locals$.i++;
        case 1:
          while (true) {
            if (locals$.i >= locals$.n) { setState(self$, 4); break; }
            locals$.v = locals$.i;
            if (!${sendFrom("this.a", "Ping", "v")}) { setState(self$, 2); return null; }
            if (!${recvInto("this.b", "Ping", "v")}) { setState(self$, 3); return null; }
            locals$.i++;
          }
          continue;
        case 4:
          this.a.close();
          return leave(self$);
        default: unreachable();
      }
    }
  }
}
${view("Ping", [["v", "i32"], ["i", "i32"], ["n", "i32"]])}
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
    const locals$ = changetype<Producer$Locals>(self$);
    while (true) {
      switch (stateOf(self$)) {
        case 1:
          sendDone(self$);
          locals$.v++;
        case 0:
          while (true) {
            if (locals$.v >= locals$.n) { setState(self$, 2); break; }
            if (!${sendFrom("this.ch", "Producer", "v")}) { setState(self$, 1); return null; }
            locals$.v++;
          }
          continue;
        case 2:
          this.ch.close();
          return leave(self$);
        default: unreachable();
      }
    }
  }
}
${view("Producer", [["v", "i32"], ["n", "i32"]])}
class Consumer extends Frame {
  v: i32 = 0;
  sum: i64 = 0;
  ch: Chan<i32> = new Chan<i32>(128);
  constructor(public n: i32) { super(); }
  resume(): Frame | null {
    const self$ = changetype<usize>(this);
    const locals$ = changetype<Consumer$Locals>(self$);
    while (true) {
      switch (stateOf(self$)) {
        case 0:
          spawn(new Producer(this.ch, locals$.n));
          setState(self$, 1);
          continue;
        case 2:
          if (!received(self$)) return leave(self$);
          locals$.sum += locals$.v;
        case 1:
          while (true) {
            if (!${recvInto("this.ch", "Consumer", "v")}) { setState(self$, 2); return null; }
            if (!received(self$)) return leave(self$);
            locals$.sum += locals$.v;
          }
        default: unreachable();
      }
    }
  }
}
${view("Consumer", [["v", "i32"], ["sum", "i64"], ["n", "i32"]])}
export function buffered(n: i32): void {
  exportEnter();
  exportRun(new Consumer(n), false, "buffered");
}

// --- spawn and finish a trivial goroutine
let finished: i32 = 0;
class Trivial extends Frame {
  resume(): Frame | null { finished++; return leave(changetype<usize>(this)); }
  static new$(): Trivial {
    return changetype<Trivial>(newFrame(idof<Trivial>(), offsetof<Trivial>()));
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
    if (!${recvInto("forever", "Parked", "v")}) { setState(self$, 1); return null; }
    return leave(self$);
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
    const locals$ = changetype<Feeder$Locals>(self$);
    while (true) {
      switch (stateOf(self$)) {
        case 1:
          sendDone(self$);
          locals$.i++;
        case 0:
          while (true) {
            if (locals$.i >= locals$.n) return leave(self$);
            locals$.v = locals$.i;
            if (!${sendFrom("unchecked(this.chans[locals$.i % this.chans.length])", "Feeder", "v")}) { setState(self$, 1); return null; }
            locals$.i++;
          }
        default: unreachable();
      }
    }
  }
}
${view("Feeder", [["v", "i32"], ["i", "i32"], ["n", "i32"]])}
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
    const locals$ = changetype<Selector$Locals>(self$);
    while (true) {
      switch (stateOf(self$)) {
        case 0:
          spawn(new Feeder(this.chans, locals$.n));
          setState(self$, 1);
          continue;
        case 2:
          locals$.sum += Select.index(self$);
          locals$.i++;
        case 1:
          while (true) {
            if (locals$.i >= locals$.n) return leave(self$);
            Select.enter(self$);
            const dst = self$ + offsetof<Selector>("v");
            const chans = changetype<usize>(this.chans);
            const k = this.chans.length;
            for (let j = 0; j < k; j++) Select.recv(load<usize>(chans + (<usize>j << alignof<usize>())), dst);
            if (!Select.commit(false)) { setState(self$, 2); return null; }
            locals$.sum += Select.index(self$);
            locals$.i++;
          }
        default: unreachable();
      }
    }
  }
}
${view("Selector", [["v", "i32"], ["i", "i32"], ["sum", "i64"], ["n", "i32"]])}
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
