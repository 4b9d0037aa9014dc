// Methods that block: the object travels in the method's frame.
import { Chan, WaitGroup, Frame as __wx_Frame, stateOf as __wx_stateOf, setState as __wx_setState, received as __wx_received, leave as __wx_leave, copyField as __wx_copyField, clearField as __wx_clearField, spawn as __wx_spawn, newFrame as __wx_newFrame, recycle as __wx_recycle, makeChan as __wx_makeChan, sendDone as __wx_sendDone, chanSend as __wx_chanSend, chanRecv as __wx_chanRecv, Select as __wx_Select, gosched as __wx_gosched, sleep as __wx_sleep, block as __wx_block, ChanBase as __wx_ChanBase, Box as __wx_Box, closureEnv as __wx_closureEnv, makeClosure as __wx_makeClosure, startPanic as __wx_startPanic, unwind as __wx_unwind, recoverIn as __wx_recoverIn, beginValueCall as __wx_beginValueCall, valueFrame as __wx_valueFrame, startValue as __wx_startValue, zero as __wx_zero, ValueFrame as __wx_ValueFrame, closeChan as __wx_closeChan, Chan as __wx_Chan, Timer as __wx_Timer, Ticker as __wx_Ticker, Context as __wx_Context } from "../ts-wasmexport/runtime/index";

class Mailbox {
  inbox: Chan<i32> = __wx_makeChan<i32>(4);
  received: i32 = 0;

  

  

  
}

// The frame of Mailbox.put (methods.ts:8). resume() runs from state pc until it parks, calls or returns.
// Variables live in fields: numbers and bools through locals$ (Mailbox$put$Frame$Locals, below: no shadow stack), references as this.x (the collector sees them).
class Mailbox$put$Frame extends __wx_Frame {
  self: Mailbox;
  v: i32;
  constructor(self$: Mailbox, v$: i32) { super(); this.self = self$; this.v = v$; }
  static new$(self$: Mailbox, v$: i32): Mailbox$put$Frame {
    const f = changetype<Mailbox$put$Frame>(__wx_newFrame(idof<Mailbox$put$Frame>(), offsetof<Mailbox$put$Frame>()));
    f.self = self$;
    f.v = v$;
    return f;
  }
  resume(): __wx_Frame | null {
    const self$ = changetype<usize>(this);
    const locals$ = changetype<Mailbox$put$Frame$Locals>(self$);
    while (true) {
      switch (__wx_stateOf(self$)) {
        case 0: // methods.ts:8
          if (!__wx_chanSend<i32>(changetype<usize>(this.self.inbox), self$, self$ + offsetof<Mailbox$put$Frame>("v"))) { __wx_setState(self$, 1); return null; }
        case 1: // methods.ts:9
          __wx_sendDone(self$);
          return __wx_leave(self$);
        default:
          unreachable();
      }
    }
    return null;
  }
}
@unmanaged class Mailbox$put$Frame$Locals {
  @inline get v(): i32 { return load<i32>(changetype<usize>(this), offsetof<Mailbox$put$Frame>("v")); }
  @inline set v(v: i32) { store<i32>(changetype<usize>(this), v, offsetof<Mailbox$put$Frame>("v")); }
}

// The frame of Mailbox.take (methods.ts:12). resume() runs from state pc until it parks, calls or returns.
// Variables live in fields: numbers and bools through locals$ (Mailbox$take$Frame$Locals, below: no shadow stack), references as this.x (the collector sees them).
class Mailbox$take$Frame extends __wx_Frame {
  self: Mailbox;
  v!: i32;
  result!: i32;
  constructor(self$: Mailbox) { super(); this.self = self$; }
  static new$(self$: Mailbox): Mailbox$take$Frame {
    const f = changetype<Mailbox$take$Frame>(__wx_newFrame(idof<Mailbox$take$Frame>(), offsetof<Mailbox$take$Frame>()));
    f.self = self$;
    return f;
  }
  resume(): __wx_Frame | null {
    const self$ = changetype<usize>(this);
    const locals$ = changetype<Mailbox$take$Frame$Locals>(self$);
    while (true) {
      switch (__wx_stateOf(self$)) {
        case 0: // methods.ts:12
          if (!__wx_chanRecv<i32>(changetype<usize>(this.self.inbox), self$, self$ + offsetof<Mailbox$take$Frame>("v"))) { __wx_setState(self$, 1); return null; }
        case 1: // methods.ts:13
          this.self.received++;
          { locals$.result = locals$.v; return __wx_leave(self$); }
        default:
          unreachable();
      }
    }
    return null;
  }
}
@unmanaged class Mailbox$take$Frame$Locals {
  @inline get v(): i32 { return load<i32>(changetype<usize>(this), offsetof<Mailbox$take$Frame>("v")); }
  @inline set v(v: i32) { store<i32>(changetype<usize>(this), v, offsetof<Mailbox$take$Frame>("v")); }
  @inline get result(): i32 { return load<i32>(changetype<usize>(this), offsetof<Mailbox$take$Frame>("result")); }
  @inline set result(v: i32) { store<i32>(changetype<usize>(this), v, offsetof<Mailbox$take$Frame>("result")); }
}

// The frame of Mailbox.drain (methods.ts:18). resume() runs from state pc until it parks, calls or returns.
// Variables live in fields: numbers and bools through locals$ (Mailbox$drain$Frame$Locals, below: no shadow stack), references as this.x (the collector sees them).
class Mailbox$drain$Frame extends __wx_Frame {
  self: Mailbox;
  n: i32;
  sum!: i32;
  i!: i32;
  $call0!: Mailbox$take$Frame | null;
  $r1!: i32;
  result!: i32;
  constructor(self$: Mailbox, n$: i32) { super(); this.self = self$; this.n = n$; }
  static new$(self$: Mailbox, n$: i32): Mailbox$drain$Frame {
    const f = changetype<Mailbox$drain$Frame>(__wx_newFrame(idof<Mailbox$drain$Frame>(), offsetof<Mailbox$drain$Frame>()));
    f.self = self$;
    f.n = n$;
    return f;
  }
  resume(): __wx_Frame | null {
    const self$ = changetype<usize>(this);
    const locals$ = changetype<Mailbox$drain$Frame$Locals>(self$);
    while (true) {
      switch (__wx_stateOf(self$)) {
        case 0: // methods.ts:18
          locals$.sum = 0;
          locals$.i = 0;
          __wx_setState(self$, 1); continue;
        case 2: // methods.ts:20
          locals$.$r1 = this.$call0!.result; __wx_recycle(load<usize>(self$, offsetof<Mailbox$drain$Frame>("$call0"))); __wx_clearField(self$, offsetof<Mailbox$drain$Frame>("$call0"));
          locals$.sum += locals$.$r1;
        case 3: // methods.ts:20
          locals$.i++;
        case 1: // methods.ts:20
          while (true) {
            if (!(locals$.i < locals$.n)) { __wx_setState(self$, 4); break; }
            { const c$ = Mailbox$take$Frame.new$(this.self); c$.caller = this; this.$call0 = c$; }
            __wx_setState(self$, 2); return this.$call0;
          }
          continue;
        case 4: // methods.ts:21
          { locals$.result = locals$.sum; return __wx_leave(self$); }
        case 5: // methods.ts:22
          return __wx_unwind(self$);
        case -2: // a callee panicked
          __wx_setState(self$, 5); continue;
        default:
          unreachable();
      }
    }
    return null;
  }
}
@unmanaged class Mailbox$drain$Frame$Locals {
  @inline get n(): i32 { return load<i32>(changetype<usize>(this), offsetof<Mailbox$drain$Frame>("n")); }
  @inline set n(v: i32) { store<i32>(changetype<usize>(this), v, offsetof<Mailbox$drain$Frame>("n")); }
  @inline get sum(): i32 { return load<i32>(changetype<usize>(this), offsetof<Mailbox$drain$Frame>("sum")); }
  @inline set sum(v: i32) { store<i32>(changetype<usize>(this), v, offsetof<Mailbox$drain$Frame>("sum")); }
  @inline get i(): i32 { return load<i32>(changetype<usize>(this), offsetof<Mailbox$drain$Frame>("i")); }
  @inline set i(v: i32) { store<i32>(changetype<usize>(this), v, offsetof<Mailbox$drain$Frame>("i")); }
  @inline get $r1(): i32 { return load<i32>(changetype<usize>(this), offsetof<Mailbox$drain$Frame>("$r1")); }
  @inline set $r1(v: i32) { store<i32>(changetype<usize>(this), v, offsetof<Mailbox$drain$Frame>("$r1")); }
  @inline get result(): i32 { return load<i32>(changetype<usize>(this), offsetof<Mailbox$drain$Frame>("result")); }
  @inline set result(v: i32) { store<i32>(changetype<usize>(this), v, offsetof<Mailbox$drain$Frame>("result")); }
}

// The frame of fill (methods.ts:25). resume() runs from state pc until it parks, calls or returns.
// Variables live in fields: numbers and bools through locals$ (fill$Frame$Locals, below: no shadow stack), references as this.x (the collector sees them).
class fill$Frame extends __wx_Frame {
  box: Mailbox;
  n: i32;
  wg: WaitGroup;
  i!: i32;
  $call0!: Mailbox$put$Frame | null;
  constructor(box$: Mailbox, n$: i32, wg$: WaitGroup) { super(); this.box = box$; this.n = n$; this.wg = wg$; }
  static new$(box$: Mailbox, n$: i32, wg$: WaitGroup): fill$Frame {
    const f = changetype<fill$Frame>(__wx_newFrame(idof<fill$Frame>(), offsetof<fill$Frame>()));
    f.box = box$;
    f.n = n$;
    f.wg = wg$;
    return f;
  }
  resume(): __wx_Frame | null {
    const self$ = changetype<usize>(this);
    const locals$ = changetype<fill$Frame$Locals>(self$);
    while (true) {
      switch (__wx_stateOf(self$)) {
        case 0: // methods.ts:25
          locals$.i = 1;
          __wx_setState(self$, 1); continue;
        case 2: // methods.ts:26
          __wx_recycle(load<usize>(self$, offsetof<fill$Frame>("$call0"))); __wx_clearField(self$, offsetof<fill$Frame>("$call0"));
        case 3: // methods.ts:26
          locals$.i++;
        case 1: // methods.ts:26
          while (true) {
            if (!(locals$.i <= locals$.n)) { __wx_setState(self$, 4); break; }
            { const c$ = Mailbox$put$Frame.new$(this.box, locals$.i); c$.caller = this; this.$call0 = c$; }
            __wx_setState(self$, 2); return this.$call0;
          }
          continue;
        case 4: // methods.ts:27
          this.wg.done();
          return __wx_leave(self$);
        case 5: // methods.ts:28
          return __wx_unwind(self$);
        case -2: // a callee panicked
          __wx_setState(self$, 5); continue;
        default:
          unreachable();
      }
    }
    return null;
  }
}
@unmanaged class fill$Frame$Locals {
  @inline get n(): i32 { return load<i32>(changetype<usize>(this), offsetof<fill$Frame>("n")); }
  @inline set n(v: i32) { store<i32>(changetype<usize>(this), v, offsetof<fill$Frame>("n")); }
  @inline get i(): i32 { return load<i32>(changetype<usize>(this), offsetof<fill$Frame>("i")); }
  @inline set i(v: i32) { store<i32>(changetype<usize>(this), v, offsetof<fill$Frame>("i")); }
}

// @wasmexport mailbox
// The frame of mailbox (methods.ts:31). resume() runs from state pc until it parks, calls or returns.
// Variables live in fields: numbers and bools through locals$ (mailbox$Frame$Locals, below: no shadow stack), references as this.x (the collector sees them).
export class mailbox$Frame extends __wx_Frame {
  n: i32;
  box!: Mailbox;
  wg!: WaitGroup;
  sum!: i32;
  $call0!: Mailbox$drain$Frame | null;
  $r1!: i32;
  result!: i32;
  constructor(n$: i32) { super(); this.n = n$; }
  static new$(n$: i32): mailbox$Frame {
    const f = changetype<mailbox$Frame>(__wx_newFrame(idof<mailbox$Frame>(), offsetof<mailbox$Frame>()));
    f.n = n$;
    return f;
  }
  resume(): __wx_Frame | null {
    const self$ = changetype<usize>(this);
    const locals$ = changetype<mailbox$Frame$Locals>(self$);
    while (true) {
      switch (__wx_stateOf(self$)) {
        case 0: // methods.ts:31
          this.box = new Mailbox();
          this.wg = new WaitGroup();
          this.wg.add(1);
          __wx_spawn(fill$Frame.new$(this.box, locals$.n, this.wg));
          { const c$ = Mailbox$drain$Frame.new$(this.box, locals$.n); c$.caller = this; this.$call0 = c$; }
          __wx_setState(self$, 1); return this.$call0;
        case 1: // methods.ts:36
          locals$.$r1 = this.$call0!.result; __wx_recycle(load<usize>(self$, offsetof<mailbox$Frame>("$call0"))); __wx_clearField(self$, offsetof<mailbox$Frame>("$call0"));
          locals$.sum = locals$.$r1;
          if (!this.wg.wait(self$)) { __wx_setState(self$, 2); return null; }
        case 2: // methods.ts:37
          { locals$.result = locals$.sum * 1000 + this.box.received; return __wx_leave(self$); }
        case 3: // methods.ts:39
          return __wx_unwind(self$);
        case -2: // a callee panicked
          __wx_setState(self$, 3); continue;
        default:
          unreachable();
      }
    }
    return null;
  }
}
@unmanaged class mailbox$Frame$Locals {
  @inline get n(): i32 { return load<i32>(changetype<usize>(this), offsetof<mailbox$Frame>("n")); }
  @inline set n(v: i32) { store<i32>(changetype<usize>(this), v, offsetof<mailbox$Frame>("n")); }
  @inline get sum(): i32 { return load<i32>(changetype<usize>(this), offsetof<mailbox$Frame>("sum")); }
  @inline set sum(v: i32) { store<i32>(changetype<usize>(this), v, offsetof<mailbox$Frame>("sum")); }
  @inline get $r1(): i32 { return load<i32>(changetype<usize>(this), offsetof<mailbox$Frame>("$r1")); }
  @inline set $r1(v: i32) { store<i32>(changetype<usize>(this), v, offsetof<mailbox$Frame>("$r1")); }
  @inline get result(): i32 { return load<i32>(changetype<usize>(this), offsetof<mailbox$Frame>("result")); }
  @inline set result(v: i32) { store<i32>(changetype<usize>(this), v, offsetof<mailbox$Frame>("result")); }
}
