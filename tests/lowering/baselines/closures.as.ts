// go() with closures: captured values, per-iteration let, arguments, defer order.
import { Chan, WaitGroup, Mutex, Frame as __wx_Frame, stateOf as __wx_stateOf, setState as __wx_setState, received as __wx_received, leave as __wx_leave, copyField as __wx_copyField, clearField as __wx_clearField, spawn as __wx_spawn, newFrame as __wx_newFrame, recycle as __wx_recycle, makeChan as __wx_makeChan, sendDone as __wx_sendDone, chanSend as __wx_chanSend, chanRecv as __wx_chanRecv, Select as __wx_Select, gosched as __wx_gosched, sleep as __wx_sleep, block as __wx_block, ChanBase as __wx_ChanBase, Box as __wx_Box, closureEnv as __wx_closureEnv, makeClosure as __wx_makeClosure, startPanic as __wx_startPanic, unwind as __wx_unwind, recoverIn as __wx_recoverIn, beginValueCall as __wx_beginValueCall, valueFrame as __wx_valueFrame, startValue as __wx_startValue, zero as __wx_zero, ValueFrame as __wx_ValueFrame, closeChan as __wx_closeChan, Chan as __wx_Chan, Timer as __wx_Timer, Ticker as __wx_Ticker, Context as __wx_Context } from "../ts-wasmexport/runtime/index";

// @wasmexport per_iteration
// The frame of perIteration (closures.ts:5). resume() runs from state pc until it parks, calls or returns.
// Variables live in fields: numbers and bools through locals$ (perIteration$Frame$Locals, below: no shadow stack), references as this.x (the collector sees them).
export class perIteration$Frame extends __wx_Frame {
  n: i32;
  out!: Chan<i32>;
  sum!: i32;
  k!: i32;
  $v0!: i32;
  result!: i32;
  constructor(n$: i32) { super(); this.n = n$; }
  static new$(n$: i32): perIteration$Frame {
    const f = changetype<perIteration$Frame>(__wx_newFrame(idof<perIteration$Frame>(), offsetof<perIteration$Frame>()));
    f.n = n$;
    return f;
  }
  resume(): __wx_Frame | null {
    const self$ = changetype<usize>(this);
    const locals$ = changetype<perIteration$Frame$Locals>(self$);
    while (true) {
      switch (__wx_stateOf(self$)) {
        case 0: // closures.ts:5
          this.out = __wx_makeChan<i32>(locals$.n);
          for (let i = 0; i < locals$.n; i++) {
              __wx_spawn(perIteration$go8$0.new$(this.out, i));
          }
          locals$.sum = 0;
          locals$.k = 0;
          __wx_setState(self$, 1); continue;
        case 2: // closures.ts:11
          locals$.sum += locals$.$v0;
        case 3: // closures.ts:11
          locals$.k++;
        case 1: // closures.ts:11
          while (true) {
            if (!(locals$.k < locals$.n)) { __wx_setState(self$, 4); break; }
            if (!__wx_chanRecv<i32>(load<usize>(self$, offsetof<perIteration$Frame>("out")), self$, self$ + offsetof<perIteration$Frame>("$v0"))) { __wx_setState(self$, 2); return null; }
            locals$.sum += locals$.$v0;
            locals$.k++;
          }
          continue;
        case 4: // closures.ts:12
          { locals$.result = locals$.sum; return __wx_leave(self$); }
        default:
          unreachable();
      }
    }
    return null;
  }
}
@unmanaged class perIteration$Frame$Locals {
  @inline get n(): i32 { return load<i32>(changetype<usize>(this), offsetof<perIteration$Frame>("n")); }
  @inline set n(v: i32) { store<i32>(changetype<usize>(this), v, offsetof<perIteration$Frame>("n")); }
  @inline get sum(): i32 { return load<i32>(changetype<usize>(this), offsetof<perIteration$Frame>("sum")); }
  @inline set sum(v: i32) { store<i32>(changetype<usize>(this), v, offsetof<perIteration$Frame>("sum")); }
  @inline get k(): i32 { return load<i32>(changetype<usize>(this), offsetof<perIteration$Frame>("k")); }
  @inline set k(v: i32) { store<i32>(changetype<usize>(this), v, offsetof<perIteration$Frame>("k")); }
  @inline get $v0(): i32 { return load<i32>(changetype<usize>(this), offsetof<perIteration$Frame>("$v0")); }
  @inline set $v0(v: i32) { store<i32>(changetype<usize>(this), v, offsetof<perIteration$Frame>("$v0")); }
  @inline get result(): i32 { return load<i32>(changetype<usize>(this), offsetof<perIteration$Frame>("result")); }
  @inline set result(v: i32) { store<i32>(changetype<usize>(this), v, offsetof<perIteration$Frame>("result")); }
}

// @wasmexport with_args
// The frame of withArgs (closures.ts:16). resume() runs from state pc until it parks, calls or returns.
// Variables live in fields: numbers and bools through locals$ (withArgs$Frame$Locals, below: no shadow stack), references as this.x (the collector sees them).
export class withArgs$Frame extends __wx_Frame {
  out!: Chan<i32>;
  $v0!: i32;
  result!: i32;
  constructor() { super(); }
  static new$(): withArgs$Frame {
    const f = changetype<withArgs$Frame>(__wx_newFrame(idof<withArgs$Frame>(), offsetof<withArgs$Frame>()));
    return f;
  }
  resume(): __wx_Frame | null {
    const self$ = changetype<usize>(this);
    const locals$ = changetype<withArgs$Frame$Locals>(self$);
    while (true) {
      switch (__wx_stateOf(self$)) {
        case 0: // closures.ts:16
          this.out = __wx_makeChan<i32>(1);
          __wx_spawn(withArgs$go18$1.new$(this.out, 4, 2));
          if (!__wx_chanRecv<i32>(load<usize>(self$, offsetof<withArgs$Frame>("out")), self$, self$ + offsetof<withArgs$Frame>("$v0"))) { __wx_setState(self$, 1); return null; }
        case 1: // closures.ts:19
          { locals$.result = locals$.$v0; return __wx_leave(self$); }
        default:
          unreachable();
      }
    }
    return null;
  }
}
@unmanaged class withArgs$Frame$Locals {
  @inline get $v0(): i32 { return load<i32>(changetype<usize>(this), offsetof<withArgs$Frame>("$v0")); }
  @inline set $v0(v: i32) { store<i32>(changetype<usize>(this), v, offsetof<withArgs$Frame>("$v0")); }
  @inline get result(): i32 { return load<i32>(changetype<usize>(this), offsetof<withArgs$Frame>("result")); }
  @inline set result(v: i32) { store<i32>(changetype<usize>(this), v, offsetof<withArgs$Frame>("result")); }
}

class Counter {
  n: i32 = 0;
}

// @wasmexport mutex_counter
// The frame of mutexCounter (closures.ts:27). resume() runs from state pc until it parks, calls or returns.
// Variables live in fields: numbers and bools through locals$ (mutexCounter$Frame$Locals, below: no shadow stack), references as this.x (the collector sees them).
export class mutexCounter$Frame extends __wx_Frame {
  goroutines: i32;
  each: i32;
  counter!: Counter;
  mu!: Mutex;
  wg!: WaitGroup;
  result!: i32;
  constructor(goroutines$: i32, each$: i32) { super(); this.goroutines = goroutines$; this.each = each$; }
  static new$(goroutines$: i32, each$: i32): mutexCounter$Frame {
    const f = changetype<mutexCounter$Frame>(__wx_newFrame(idof<mutexCounter$Frame>(), offsetof<mutexCounter$Frame>()));
    f.goroutines = goroutines$;
    f.each = each$;
    return f;
  }
  resume(): __wx_Frame | null {
    const self$ = changetype<usize>(this);
    const locals$ = changetype<mutexCounter$Frame$Locals>(self$);
    while (true) {
      switch (__wx_stateOf(self$)) {
        case 0: // closures.ts:27
          this.counter = new Counter();
          this.mu = new Mutex();
          this.wg = new WaitGroup();
          for (let g = 0; g < locals$.goroutines; g++) {
              this.wg.add(1);
              __wx_spawn(mutexCounter$go33$2.new$(locals$.each, this.mu, this.counter, this.wg));
          }
          if (!this.wg.wait(self$)) { __wx_setState(self$, 1); return null; }
        case 1: // closures.ts:44
          { locals$.result = this.counter.n; return __wx_leave(self$); }
        default:
          unreachable();
      }
    }
    return null;
  }
}
@unmanaged class mutexCounter$Frame$Locals {
  @inline get goroutines(): i32 { return load<i32>(changetype<usize>(this), offsetof<mutexCounter$Frame>("goroutines")); }
  @inline set goroutines(v: i32) { store<i32>(changetype<usize>(this), v, offsetof<mutexCounter$Frame>("goroutines")); }
  @inline get each(): i32 { return load<i32>(changetype<usize>(this), offsetof<mutexCounter$Frame>("each")); }
  @inline set each(v: i32) { store<i32>(changetype<usize>(this), v, offsetof<mutexCounter$Frame>("each")); }
  @inline get result(): i32 { return load<i32>(changetype<usize>(this), offsetof<mutexCounter$Frame>("result")); }
  @inline set result(v: i32) { store<i32>(changetype<usize>(this), v, offsetof<mutexCounter$Frame>("result")); }
}

const order = new Array<i32>();

// The frame of deferred (closures.ts:50). resume() runs from state pc until it parks, calls or returns.
// Variables live in fields: numbers and bools through locals$ (deferred$Frame$Locals, below: no shadow stack), references as this.x (the collector sees them).
class deferred$Frame extends __wx_Frame {
  n: i32;
  ch!: Chan<i32>;
  i!: i32;
  $v0!: i32;
  $d1!: i32;
  $defers: Array<i32> = new Array<i32>();
  result!: i32;
  constructor(n$: i32) { super(); this.n = n$; }
  static new$(n$: i32): deferred$Frame {
    const f = changetype<deferred$Frame>(__wx_newFrame(idof<deferred$Frame>(), offsetof<deferred$Frame>()));
    f.n = n$;
    f.$defers = new Array<i32>();
    return f;
  }
  resume(): __wx_Frame | null {
    const self$ = changetype<usize>(this);
    const locals$ = changetype<deferred$Frame$Locals>(self$);
    while (true) {
      switch (__wx_stateOf(self$)) {
        case 0: // closures.ts:50
          this.ch = __wx_makeChan<i32>(1);
          this.$defers.push(0);
          locals$.i = 0;
          __wx_setState(self$, 1); continue;
        case 2: // closures.ts:55
          __wx_sendDone(self$);
          if (!__wx_chanRecv<i32>(load<usize>(self$, offsetof<deferred$Frame>("ch")), self$, self$ + offsetof<deferred$Frame>("$v0"))) { __wx_setState(self$, 3); return null; }
        case 3: // closures.ts:56
          if (!(locals$.i == 1)) { __wx_setState(self$, 4); continue; }
          locals$.result = 5;
          __wx_setState(self$, 7); continue;
        case 4:
        case 5: // closures.ts:53
          locals$.i++;
        case 1: // closures.ts:53
          while (true) {
            if (!(locals$.i < locals$.n)) { __wx_setState(self$, 6); break; }
            this.$defers.push(1);
            if (!__wx_chanSend<i32>(load<usize>(self$, offsetof<deferred$Frame>("ch")), self$, self$ + offsetof<deferred$Frame>("i"))) { __wx_setState(self$, 2); return null; }
            if (!__wx_chanRecv<i32>(load<usize>(self$, offsetof<deferred$Frame>("ch")), self$, self$ + offsetof<deferred$Frame>("$v0"))) { __wx_setState(self$, 3); return null; }
            if (locals$.i == 1) {
              locals$.result = 5;
              { __wx_setState(self$, 7); break; }
            }
            locals$.i++;
          }
          continue;
        case 6: // closures.ts:59
          this.$defers.push(2);
          locals$.result = 7;
          __wx_setState(self$, 7); continue;
        case 8: // closures.ts:52
          order.push(1);
          __wx_setState(self$, 7); continue;
        case 9: // closures.ts:54
          order.push(10);
          __wx_setState(self$, 7); continue;
        case 10: // closures.ts:59
          order.push(100);
        case 7: // closures.ts:61
          while (true) {
            if (this.$defers.length == 0) return __wx_leave(self$);
            locals$.$d1 = this.$defers.pop();
            if (!(locals$.$d1 == 0)) {
              if (locals$.$d1 == 1) { __wx_setState(self$, 9); break; }
              if (locals$.$d1 == 2) { __wx_setState(self$, 10); break; }
            }
            order.push(1);
            continue;
          }
          continue;
        default:
          unreachable();
      }
    }
    return null;
  }
}
@unmanaged class deferred$Frame$Locals {
  @inline get n(): i32 { return load<i32>(changetype<usize>(this), offsetof<deferred$Frame>("n")); }
  @inline set n(v: i32) { store<i32>(changetype<usize>(this), v, offsetof<deferred$Frame>("n")); }
  @inline get i(): i32 { return load<i32>(changetype<usize>(this), offsetof<deferred$Frame>("i")); }
  @inline set i(v: i32) { store<i32>(changetype<usize>(this), v, offsetof<deferred$Frame>("i")); }
  @inline get $v0(): i32 { return load<i32>(changetype<usize>(this), offsetof<deferred$Frame>("$v0")); }
  @inline set $v0(v: i32) { store<i32>(changetype<usize>(this), v, offsetof<deferred$Frame>("$v0")); }
  @inline get $d1(): i32 { return load<i32>(changetype<usize>(this), offsetof<deferred$Frame>("$d1")); }
  @inline set $d1(v: i32) { store<i32>(changetype<usize>(this), v, offsetof<deferred$Frame>("$d1")); }
  @inline get result(): i32 { return load<i32>(changetype<usize>(this), offsetof<deferred$Frame>("result")); }
  @inline set result(v: i32) { store<i32>(changetype<usize>(this), v, offsetof<deferred$Frame>("result")); }
}

// @wasmexport defers
// The frame of defers (closures.ts:64). resume() runs from state pc until it parks, calls or returns.
// Variables live in fields: numbers and bools through locals$ (defers$Frame$Locals, below: no shadow stack), references as this.x (the collector sees them).
export class defers$Frame extends __wx_Frame {
  n: i32;
  r!: i32;
  code!: i32;
  $call0!: deferred$Frame | null;
  $r1!: i32;
  result!: i32;
  constructor(n$: i32) { super(); this.n = n$; }
  static new$(n$: i32): defers$Frame {
    const f = changetype<defers$Frame>(__wx_newFrame(idof<defers$Frame>(), offsetof<defers$Frame>()));
    f.n = n$;
    return f;
  }
  resume(): __wx_Frame | null {
    const self$ = changetype<usize>(this);
    const locals$ = changetype<defers$Frame$Locals>(self$);
    while (true) {
      switch (__wx_stateOf(self$)) {
        case 0: // closures.ts:64
          order.length = 0;
          { const c$ = deferred$Frame.new$(locals$.n); c$.caller = this; this.$call0 = c$; }
          __wx_setState(self$, 1); return this.$call0;
        case 1: // closures.ts:66
          locals$.$r1 = this.$call0!.result; __wx_recycle(load<usize>(self$, offsetof<defers$Frame>("$call0"))); __wx_clearField(self$, offsetof<defers$Frame>("$call0"));
          locals$.r = locals$.$r1;
          locals$.code = 0;
          for (let i = 0; i < order.length; i++)
              locals$.code = locals$.code * 1000 + order[i];
          { locals$.result = locals$.r * 1000000 + locals$.code % 1000000; return __wx_leave(self$); }
        case 2: // closures.ts:70
          return __wx_unwind(self$);
        case -2: // a callee panicked
          __wx_setState(self$, 2); continue;
        default:
          unreachable();
      }
    }
    return null;
  }
}
@unmanaged class defers$Frame$Locals {
  @inline get n(): i32 { return load<i32>(changetype<usize>(this), offsetof<defers$Frame>("n")); }
  @inline set n(v: i32) { store<i32>(changetype<usize>(this), v, offsetof<defers$Frame>("n")); }
  @inline get r(): i32 { return load<i32>(changetype<usize>(this), offsetof<defers$Frame>("r")); }
  @inline set r(v: i32) { store<i32>(changetype<usize>(this), v, offsetof<defers$Frame>("r")); }
  @inline get code(): i32 { return load<i32>(changetype<usize>(this), offsetof<defers$Frame>("code")); }
  @inline set code(v: i32) { store<i32>(changetype<usize>(this), v, offsetof<defers$Frame>("code")); }
  @inline get $r1(): i32 { return load<i32>(changetype<usize>(this), offsetof<defers$Frame>("$r1")); }
  @inline set $r1(v: i32) { store<i32>(changetype<usize>(this), v, offsetof<defers$Frame>("$r1")); }
  @inline get result(): i32 { return load<i32>(changetype<usize>(this), offsetof<defers$Frame>("result")); }
  @inline set result(v: i32) { store<i32>(changetype<usize>(this), v, offsetof<defers$Frame>("result")); }
}

// The frame of answer (closures.ts:72). resume() runs from state pc until it parks, calls or returns.
// Variables live in fields: numbers and bools through locals$ (answer$Frame$Locals, below: no shadow stack), references as this.x (the collector sees them).
class answer$Frame extends __wx_Frame {
  ch: Chan<i32>;
  v: i32;
  constructor(ch$: Chan<i32>, v$: i32) { super(); this.ch = ch$; this.v = v$; }
  static new$(ch$: Chan<i32>, v$: i32): answer$Frame {
    const f = changetype<answer$Frame>(__wx_newFrame(idof<answer$Frame>(), offsetof<answer$Frame>()));
    f.ch = ch$;
    f.v = v$;
    return f;
  }
  resume(): __wx_Frame | null {
    const self$ = changetype<usize>(this);
    const locals$ = changetype<answer$Frame$Locals>(self$);
    while (true) {
      switch (__wx_stateOf(self$)) {
        case 0: // closures.ts:72
          if (!__wx_chanSend<i32>(load<usize>(self$, offsetof<answer$Frame>("ch")), self$, self$ + offsetof<answer$Frame>("v"))) { __wx_setState(self$, 1); return null; }
        case 1: // closures.ts:73
          __wx_sendDone(self$);
          return __wx_leave(self$);
        default:
          unreachable();
      }
    }
    return null;
  }
}
@unmanaged class answer$Frame$Locals {
  @inline get v(): i32 { return load<i32>(changetype<usize>(this), offsetof<answer$Frame>("v")); }
  @inline set v(v: i32) { store<i32>(changetype<usize>(this), v, offsetof<answer$Frame>("v")); }
}

class Store {
  ch: Chan<i32> = __wx_makeChan<i32>(1);
  
}

// The frame of Store.serve (closures.ts:78). resume() runs from state pc until it parks, calls or returns.
// Variables live in fields: numbers and bools through locals$ (Store$serve$Frame$Locals, below: no shadow stack), references as this.x (the collector sees them).
class Store$serve$Frame extends __wx_Frame {
  self: Store;
  v: i32;
  constructor(self$: Store, v$: i32) { super(); this.self = self$; this.v = v$; }
  static new$(self$: Store, v$: i32): Store$serve$Frame {
    const f = changetype<Store$serve$Frame>(__wx_newFrame(idof<Store$serve$Frame>(), offsetof<Store$serve$Frame>()));
    f.self = self$;
    f.v = v$;
    return f;
  }
  resume(): __wx_Frame | null {
    const self$ = changetype<usize>(this);
    const locals$ = changetype<Store$serve$Frame$Locals>(self$);
    while (true) {
      switch (__wx_stateOf(self$)) {
        case 0: // closures.ts:78
          if (!__wx_chanSend<i32>(changetype<usize>(this.self.ch), self$, self$ + offsetof<Store$serve$Frame>("v"))) { __wx_setState(self$, 1); return null; }
        case 1: // closures.ts:79
          __wx_sendDone(self$);
          return __wx_leave(self$);
        default:
          unreachable();
      }
    }
    return null;
  }
}
@unmanaged class Store$serve$Frame$Locals {
  @inline get v(): i32 { return load<i32>(changetype<usize>(this), offsetof<Store$serve$Frame>("v")); }
  @inline set v(v: i32) { store<i32>(changetype<usize>(this), v, offsetof<Store$serve$Frame>("v")); }
}

// go() closures whose body is an expression: a call to a blocking function or method.
// @wasmexport expression_bodies
// The frame of expressionBodies (closures.ts:85). resume() runs from state pc until it parks, calls or returns.
// Variables live in fields: numbers and bools through locals$ (expressionBodies$Frame$Locals, below: no shadow stack), references as this.x (the collector sees them).
export class expressionBodies$Frame extends __wx_Frame {
  ch!: Chan<i32>;
  store!: Store;
  $v0!: i32;
  $v1!: i32;
  result!: i32;
  constructor() { super(); }
  static new$(): expressionBodies$Frame {
    const f = changetype<expressionBodies$Frame>(__wx_newFrame(idof<expressionBodies$Frame>(), offsetof<expressionBodies$Frame>()));
    return f;
  }
  resume(): __wx_Frame | null {
    const self$ = changetype<usize>(this);
    const locals$ = changetype<expressionBodies$Frame$Locals>(self$);
    while (true) {
      switch (__wx_stateOf(self$)) {
        case 0: // closures.ts:85
          this.ch = __wx_makeChan<i32>();
          __wx_spawn(expressionBodies$go87$3.new$(this.ch));
          this.store = new Store();
          __wx_spawn(expressionBodies$go89$4.new$(this.store));
          if (!__wx_chanRecv<i32>(load<usize>(self$, offsetof<expressionBodies$Frame>("ch")), self$, self$ + offsetof<expressionBodies$Frame>("$v0"))) { __wx_setState(self$, 1); return null; }
        case 1: // closures.ts:90
          if (!__wx_chanRecv<i32>(changetype<usize>(this.store.ch), self$, self$ + offsetof<expressionBodies$Frame>("$v1"))) { __wx_setState(self$, 2); return null; }
        case 2: // closures.ts:90
          { locals$.result = locals$.$v0 + locals$.$v1; return __wx_leave(self$); }
        default:
          unreachable();
      }
    }
    return null;
  }
}
@unmanaged class expressionBodies$Frame$Locals {
  @inline get $v0(): i32 { return load<i32>(changetype<usize>(this), offsetof<expressionBodies$Frame>("$v0")); }
  @inline set $v0(v: i32) { store<i32>(changetype<usize>(this), v, offsetof<expressionBodies$Frame>("$v0")); }
  @inline get $v1(): i32 { return load<i32>(changetype<usize>(this), offsetof<expressionBodies$Frame>("$v1")); }
  @inline set $v1(v: i32) { store<i32>(changetype<usize>(this), v, offsetof<expressionBodies$Frame>("$v1")); }
  @inline get result(): i32 { return load<i32>(changetype<usize>(this), offsetof<expressionBodies$Frame>("result")); }
  @inline set result(v: i32) { store<i32>(changetype<usize>(this), v, offsetof<expressionBodies$Frame>("result")); }
}

// The frame of double (closures.ts:93). resume() runs from state pc until it parks, calls or returns.
// Variables live in fields: numbers and bools through locals$ (double$Frame$Locals, below: no shadow stack), references as this.x (the collector sees them).
class double$Frame extends __wx_Frame {
  v: i32;
  out: Chan<i32>;
  $s0!: i32;
  constructor(v$: i32, out$: Chan<i32>) { super(); this.v = v$; this.out = out$; }
  static new$(v$: i32, out$: Chan<i32>): double$Frame {
    const f = changetype<double$Frame>(__wx_newFrame(idof<double$Frame>(), offsetof<double$Frame>()));
    f.v = v$;
    f.out = out$;
    return f;
  }
  resume(): __wx_Frame | null {
    const self$ = changetype<usize>(this);
    const locals$ = changetype<double$Frame$Locals>(self$);
    while (true) {
      switch (__wx_stateOf(self$)) {
        case 0: // closures.ts:93
          locals$.$s0 = locals$.v * 2;
          if (!__wx_chanSend<i32>(load<usize>(self$, offsetof<double$Frame>("out")), self$, self$ + offsetof<double$Frame>("$s0"))) { __wx_setState(self$, 1); return null; }
        case 1: // closures.ts:94
          __wx_sendDone(self$);
          return __wx_leave(self$);
        default:
          unreachable();
      }
    }
    return null;
  }
}
@unmanaged class double$Frame$Locals {
  @inline get v(): i32 { return load<i32>(changetype<usize>(this), offsetof<double$Frame>("v")); }
  @inline set v(v: i32) { store<i32>(changetype<usize>(this), v, offsetof<double$Frame>("v")); }
  @inline get $s0(): i32 { return load<i32>(changetype<usize>(this), offsetof<double$Frame>("$s0")); }
  @inline set $s0(v: i32) { store<i32>(changetype<usize>(this), v, offsetof<double$Frame>("$s0")); }
}

// go(f, <-ch, out): the argument is received before the goroutine starts, as Go evaluates
// a go statement's arguments in the calling goroutine.
// @wasmexport blocking_argument
// The frame of blockingArgument (closures.ts:100). resume() runs from state pc until it parks, calls or returns.
// Variables live in fields: numbers and bools through locals$ (blockingArgument$Frame$Locals, below: no shadow stack), references as this.x (the collector sees them).
export class blockingArgument$Frame extends __wx_Frame {
  inp!: Chan<i32>;
  out!: Chan<i32>;
  $s0!: i32;
  $v1!: i32;
  $v2!: i32;
  result!: i32;
  constructor() { super(); }
  static new$(): blockingArgument$Frame {
    const f = changetype<blockingArgument$Frame>(__wx_newFrame(idof<blockingArgument$Frame>(), offsetof<blockingArgument$Frame>()));
    return f;
  }
  resume(): __wx_Frame | null {
    const self$ = changetype<usize>(this);
    const locals$ = changetype<blockingArgument$Frame$Locals>(self$);
    while (true) {
      switch (__wx_stateOf(self$)) {
        case 0: // closures.ts:100
          this.inp = __wx_makeChan<i32>(1);
          this.out = __wx_makeChan<i32>();
          locals$.$s0 = 21;
          if (!__wx_chanSend<i32>(load<usize>(self$, offsetof<blockingArgument$Frame>("inp")), self$, self$ + offsetof<blockingArgument$Frame>("$s0"))) { __wx_setState(self$, 1); return null; }
        case 1: // closures.ts:103
          __wx_sendDone(self$);
          if (!__wx_chanRecv<i32>(load<usize>(self$, offsetof<blockingArgument$Frame>("inp")), self$, self$ + offsetof<blockingArgument$Frame>("$v1"))) { __wx_setState(self$, 2); return null; }
        case 2: // closures.ts:104
          __wx_spawn(double$Frame.new$(locals$.$v1, this.out));
          if (!__wx_chanRecv<i32>(load<usize>(self$, offsetof<blockingArgument$Frame>("out")), self$, self$ + offsetof<blockingArgument$Frame>("$v2"))) { __wx_setState(self$, 3); return null; }
        case 3: // closures.ts:105
          { locals$.result = locals$.$v2; return __wx_leave(self$); }
        default:
          unreachable();
      }
    }
    return null;
  }
}
@unmanaged class blockingArgument$Frame$Locals {
  @inline get $s0(): i32 { return load<i32>(changetype<usize>(this), offsetof<blockingArgument$Frame>("$s0")); }
  @inline set $s0(v: i32) { store<i32>(changetype<usize>(this), v, offsetof<blockingArgument$Frame>("$s0")); }
  @inline get $v1(): i32 { return load<i32>(changetype<usize>(this), offsetof<blockingArgument$Frame>("$v1")); }
  @inline set $v1(v: i32) { store<i32>(changetype<usize>(this), v, offsetof<blockingArgument$Frame>("$v1")); }
  @inline get $v2(): i32 { return load<i32>(changetype<usize>(this), offsetof<blockingArgument$Frame>("$v2")); }
  @inline set $v2(v: i32) { store<i32>(changetype<usize>(this), v, offsetof<blockingArgument$Frame>("$v2")); }
  @inline get result(): i32 { return load<i32>(changetype<usize>(this), offsetof<blockingArgument$Frame>("result")); }
  @inline set result(v: i32) { store<i32>(changetype<usize>(this), v, offsetof<blockingArgument$Frame>("result")); }
}


// The frame of a go() closure (closures.ts:8). resume() runs from state pc until it parks, calls or returns.
// Variables live in fields: numbers and bools through locals$ (perIteration$go8$0$Locals, below: no shadow stack), references as this.x (the collector sees them).
class perIteration$go8$0 extends __wx_Frame {
  out: Chan<i32>;
  i: i32;
  constructor(out$: Chan<i32>, i$: i32) { super(); this.out = out$; this.i = i$; }
  static new$(out$: Chan<i32>, i$: i32): perIteration$go8$0 {
    const f = changetype<perIteration$go8$0>(__wx_newFrame(idof<perIteration$go8$0>(), offsetof<perIteration$go8$0>()));
    f.out = out$;
    f.i = i$;
    return f;
  }
  resume(): __wx_Frame | null {
    const self$ = changetype<usize>(this);
    const locals$ = changetype<perIteration$go8$0$Locals>(self$);
    while (true) {
      switch (__wx_stateOf(self$)) {
        case 0: // closures.ts:8
          if (!__wx_chanSend<i32>(load<usize>(self$, offsetof<perIteration$go8$0>("out")), self$, self$ + offsetof<perIteration$go8$0>("i"))) { __wx_setState(self$, 1); return null; }
        case 1: // closures.ts:8
          __wx_sendDone(self$);
          return __wx_leave(self$);
        default:
          unreachable();
      }
    }
    return null;
  }
}
@unmanaged class perIteration$go8$0$Locals {
  @inline get i(): i32 { return load<i32>(changetype<usize>(this), offsetof<perIteration$go8$0>("i")); }
  @inline set i(v: i32) { store<i32>(changetype<usize>(this), v, offsetof<perIteration$go8$0>("i")); }
}

// The frame of a go() closure (closures.ts:18). resume() runs from state pc until it parks, calls or returns.
// Variables live in fields: numbers and bools through locals$ (withArgs$go18$1$Locals, below: no shadow stack), references as this.x (the collector sees them).
class withArgs$go18$1 extends __wx_Frame {
  out: Chan<i32>;
  a: i32;
  b: i32;
  $s0!: i32;
  constructor(out$: Chan<i32>, a$: i32, b$: i32) { super(); this.out = out$; this.a = a$; this.b = b$; }
  static new$(out$: Chan<i32>, a$: i32, b$: i32): withArgs$go18$1 {
    const f = changetype<withArgs$go18$1>(__wx_newFrame(idof<withArgs$go18$1>(), offsetof<withArgs$go18$1>()));
    f.out = out$;
    f.a = a$;
    f.b = b$;
    return f;
  }
  resume(): __wx_Frame | null {
    const self$ = changetype<usize>(this);
    const locals$ = changetype<withArgs$go18$1$Locals>(self$);
    while (true) {
      switch (__wx_stateOf(self$)) {
        case 0: // closures.ts:18
          locals$.$s0 = locals$.a * 10 + locals$.b;
          if (!__wx_chanSend<i32>(load<usize>(self$, offsetof<withArgs$go18$1>("out")), self$, self$ + offsetof<withArgs$go18$1>("$s0"))) { __wx_setState(self$, 1); return null; }
        case 1: // closures.ts:18
          __wx_sendDone(self$);
          return __wx_leave(self$);
        default:
          unreachable();
      }
    }
    return null;
  }
}
@unmanaged class withArgs$go18$1$Locals {
  @inline get a(): i32 { return load<i32>(changetype<usize>(this), offsetof<withArgs$go18$1>("a")); }
  @inline set a(v: i32) { store<i32>(changetype<usize>(this), v, offsetof<withArgs$go18$1>("a")); }
  @inline get b(): i32 { return load<i32>(changetype<usize>(this), offsetof<withArgs$go18$1>("b")); }
  @inline set b(v: i32) { store<i32>(changetype<usize>(this), v, offsetof<withArgs$go18$1>("b")); }
  @inline get $s0(): i32 { return load<i32>(changetype<usize>(this), offsetof<withArgs$go18$1>("$s0")); }
  @inline set $s0(v: i32) { store<i32>(changetype<usize>(this), v, offsetof<withArgs$go18$1>("$s0")); }
}

// The frame of a go() closure (closures.ts:33). resume() runs from state pc until it parks, calls or returns.
// Variables live in fields: numbers and bools through locals$ (mutexCounter$go33$2$Locals, below: no shadow stack), references as this.x (the collector sees them).
class mutexCounter$go33$2 extends __wx_Frame {
  each: i32;
  mu: Mutex;
  counter: Counter;
  wg: WaitGroup;
  k!: i32;
  seen!: i32;
  constructor(each$: i32, mu$: Mutex, counter$: Counter, wg$: WaitGroup) { super(); this.each = each$; this.mu = mu$; this.counter = counter$; this.wg = wg$; }
  static new$(each$: i32, mu$: Mutex, counter$: Counter, wg$: WaitGroup): mutexCounter$go33$2 {
    const f = changetype<mutexCounter$go33$2>(__wx_newFrame(idof<mutexCounter$go33$2>(), offsetof<mutexCounter$go33$2>()));
    f.each = each$;
    f.mu = mu$;
    f.counter = counter$;
    f.wg = wg$;
    return f;
  }
  resume(): __wx_Frame | null {
    const self$ = changetype<usize>(this);
    const locals$ = changetype<mutexCounter$go33$2$Locals>(self$);
    while (true) {
      switch (__wx_stateOf(self$)) {
        case 0: // closures.ts:33
          locals$.k = 0;
          __wx_setState(self$, 1); continue;
        case 2: // closures.ts:35
          locals$.seen = this.counter.n;
          if (!__wx_gosched(self$)) { __wx_setState(self$, 3); return null; }
        case 3: // closures.ts:37
          this.counter.n = locals$.seen + 1;
          this.mu.unlock();
        case 4: // closures.ts:34
          locals$.k++;
        case 1: // closures.ts:34
          while (true) {
            if (!(locals$.k < locals$.each)) { __wx_setState(self$, 5); break; }
            if (!this.mu.lock(self$)) { __wx_setState(self$, 2); return null; }
            locals$.seen = this.counter.n;
            if (!__wx_gosched(self$)) { __wx_setState(self$, 3); return null; }
            this.counter.n = locals$.seen + 1;
            this.mu.unlock();
            locals$.k++;
          }
          continue;
        case 5: // closures.ts:41
          this.wg.done();
          return __wx_leave(self$);
        default:
          unreachable();
      }
    }
    return null;
  }
}
@unmanaged class mutexCounter$go33$2$Locals {
  @inline get each(): i32 { return load<i32>(changetype<usize>(this), offsetof<mutexCounter$go33$2>("each")); }
  @inline set each(v: i32) { store<i32>(changetype<usize>(this), v, offsetof<mutexCounter$go33$2>("each")); }
  @inline get k(): i32 { return load<i32>(changetype<usize>(this), offsetof<mutexCounter$go33$2>("k")); }
  @inline set k(v: i32) { store<i32>(changetype<usize>(this), v, offsetof<mutexCounter$go33$2>("k")); }
  @inline get seen(): i32 { return load<i32>(changetype<usize>(this), offsetof<mutexCounter$go33$2>("seen")); }
  @inline set seen(v: i32) { store<i32>(changetype<usize>(this), v, offsetof<mutexCounter$go33$2>("seen")); }
}

// The frame of a go() closure (closures.ts:87). resume() runs from state pc until it parks, calls or returns.
// Variables live in fields, references as this.x (the collector sees them).
class expressionBodies$go87$3 extends __wx_Frame {
  ch: Chan<i32>;
  $call0!: answer$Frame | null;
  constructor(ch$: Chan<i32>) { super(); this.ch = ch$; }
  static new$(ch$: Chan<i32>): expressionBodies$go87$3 {
    const f = changetype<expressionBodies$go87$3>(__wx_newFrame(idof<expressionBodies$go87$3>(), offsetof<expressionBodies$go87$3>()));
    f.ch = ch$;
    return f;
  }
  resume(): __wx_Frame | null {
    const self$ = changetype<usize>(this);
    while (true) {
      switch (__wx_stateOf(self$)) {
        case 0: // closures.ts:87
          { const c$ = answer$Frame.new$(this.ch, 40); c$.caller = this; this.$call0 = c$; }
          __wx_setState(self$, 1); return this.$call0;
        case 1: // closures.ts:87
          __wx_recycle(load<usize>(self$, offsetof<expressionBodies$go87$3>("$call0"))); __wx_clearField(self$, offsetof<expressionBodies$go87$3>("$call0"));
          return __wx_leave(self$);
        case 2: // closures.ts:87
          return __wx_unwind(self$);
        case -2: // a callee panicked
          __wx_setState(self$, 2); continue;
        default:
          unreachable();
      }
    }
    return null;
  }
}

// The frame of a go() closure (closures.ts:89). resume() runs from state pc until it parks, calls or returns.
// Variables live in fields, references as this.x (the collector sees them).
class expressionBodies$go89$4 extends __wx_Frame {
  s: Store;
  $call0!: Store$serve$Frame | null;
  constructor(s$: Store) { super(); this.s = s$; }
  static new$(s$: Store): expressionBodies$go89$4 {
    const f = changetype<expressionBodies$go89$4>(__wx_newFrame(idof<expressionBodies$go89$4>(), offsetof<expressionBodies$go89$4>()));
    f.s = s$;
    return f;
  }
  resume(): __wx_Frame | null {
    const self$ = changetype<usize>(this);
    while (true) {
      switch (__wx_stateOf(self$)) {
        case 0: // closures.ts:89
          { const c$ = Store$serve$Frame.new$(this.s, 2); c$.caller = this; this.$call0 = c$; }
          __wx_setState(self$, 1); return this.$call0;
        case 1: // closures.ts:89
          __wx_recycle(load<usize>(self$, offsetof<expressionBodies$go89$4>("$call0"))); __wx_clearField(self$, offsetof<expressionBodies$go89$4>("$call0"));
          return __wx_leave(self$);
        case 2: // closures.ts:89
          return __wx_unwind(self$);
        case -2: // a callee panicked
          __wx_setState(self$, 2); continue;
        default:
          unreachable();
      }
    }
    return null;
  }
}