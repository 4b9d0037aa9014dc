// Deferred calls run while a panic unwinds, innermost function first, last deferred first.
import { Chan, panic, Frame as __wx_Frame, stateOf as __wx_stateOf, setState as __wx_setState, received as __wx_received, leave as __wx_leave, copyField as __wx_copyField, clearField as __wx_clearField, spawn as __wx_spawn, newFrame as __wx_newFrame, recycle as __wx_recycle, makeChan as __wx_makeChan, sendDone as __wx_sendDone, chanSend as __wx_chanSend, chanRecv as __wx_chanRecv, Select as __wx_Select, gosched as __wx_gosched, sleep as __wx_sleep, block as __wx_block, ChanBase as __wx_ChanBase, Box as __wx_Box, closureEnv as __wx_closureEnv, makeClosure as __wx_makeClosure, startPanic as __wx_startPanic, unwind as __wx_unwind, recoverIn as __wx_recoverIn, beginValueCall as __wx_beginValueCall, valueFrame as __wx_valueFrame, startValue as __wx_startValue, zero as __wx_zero, ValueFrame as __wx_ValueFrame, closeChan as __wx_closeChan, Chan as __wx_Chan, Timer as __wx_Timer, Ticker as __wx_Ticker, Context as __wx_Context } from "../ts-wasmexport/runtime/index";

// The frame of inner (deferpanic.ts:4). resume() runs from state pc until it parks, calls or returns.
// Variables live in fields: numbers and bools through locals$ (inner$Frame$Locals, below: no shadow stack), references as this.x (the collector sees them).
class inner$Frame extends __wx_Frame {
  ch: Chan<i32>;
  v!: i32;
  $panic0!: bool;
  $d1!: i32;
  $defers: Array<i32> = new Array<i32>();
  constructor(ch$: Chan<i32>) { super(); this.ch = ch$; }
  static new$(ch$: Chan<i32>): inner$Frame {
    const f = changetype<inner$Frame>(__wx_newFrame(idof<inner$Frame>(), offsetof<inner$Frame>()));
    f.ch = ch$;
    f.$defers = new Array<i32>();
    return f;
  }
  resume(): __wx_Frame | null {
    const self$ = changetype<usize>(this);
    const locals$ = changetype<inner$Frame$Locals>(self$);
    while (true) {
      switch (__wx_stateOf(self$)) {
        case 0: // deferpanic.ts:4
          this.$defers.push(0);
          this.$defers.push(1);
          if (!__wx_chanRecv<i32>(load<usize>(self$, offsetof<inner$Frame>("ch")), self$, self$ + offsetof<inner$Frame>("v"))) { __wx_setState(self$, 1); return null; }
        case 1: // deferpanic.ts:7
          if (!(locals$.v > 0)) { __wx_setState(self$, 2); continue; }
          __wx_startPanic("boom");
          locals$.$panic0 = true;
          __wx_setState(self$, 3); continue;
        case 2: // deferpanic.ts:9
          console.log("not reached");
          __wx_setState(self$, 3); continue;
        case 4: // deferpanic.ts:5
          console.log("2");
          __wx_setState(self$, 3); continue;
        case 5: // deferpanic.ts:6
          console.log("3");
        case 3: // deferpanic.ts:10
          while (true) {
            if (this.$defers.length == 0) return locals$.$panic0 ? __wx_unwind(self$) : __wx_leave(self$);
            locals$.$d1 = this.$defers.pop();
            if (!(locals$.$d1 == 0)) {
              if (locals$.$d1 == 1) { __wx_setState(self$, 5); break; }
            }
            console.log("2");
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
@unmanaged class inner$Frame$Locals {
  @inline get v(): i32 { return load<i32>(changetype<usize>(this), offsetof<inner$Frame>("v")); }
  @inline set v(v: i32) { store<i32>(changetype<usize>(this), v, offsetof<inner$Frame>("v")); }
  @inline get $panic0(): bool { return load<bool>(changetype<usize>(this), offsetof<inner$Frame>("$panic0")); }
  @inline set $panic0(v: bool) { store<bool>(changetype<usize>(this), v, offsetof<inner$Frame>("$panic0")); }
  @inline get $d1(): i32 { return load<i32>(changetype<usize>(this), offsetof<inner$Frame>("$d1")); }
  @inline set $d1(v: i32) { store<i32>(changetype<usize>(this), v, offsetof<inner$Frame>("$d1")); }
}

// @wasmexport main
// The frame of main (deferpanic.ts:13). resume() runs from state pc until it parks, calls or returns.
// Variables live in fields: numbers and bools through locals$ (main$Frame$Locals, below: no shadow stack), references as this.x (the collector sees them).
export class main$Frame extends __wx_Frame {
  ch!: Chan<i32>;
  $s0!: i32;
  $call1!: inner$Frame | null;
  $panic2!: bool;
  $d3!: i32;
  $defers: Array<i32> = new Array<i32>();
  constructor() { super(); }
  static new$(): main$Frame {
    const f = changetype<main$Frame>(__wx_newFrame(idof<main$Frame>(), offsetof<main$Frame>()));
    f.$defers = new Array<i32>();
    return f;
  }
  resume(): __wx_Frame | null {
    const self$ = changetype<usize>(this);
    const locals$ = changetype<main$Frame$Locals>(self$);
    while (true) {
      switch (__wx_stateOf(self$)) {
        case 0: // deferpanic.ts:13
          this.$defers.push(0);
          this.ch = __wx_makeChan<i32>(1);
          locals$.$s0 = 5;
          if (!__wx_chanSend<i32>(load<usize>(self$, offsetof<main$Frame>("ch")), self$, self$ + offsetof<main$Frame>("$s0"))) { __wx_setState(self$, 1); return null; }
        case 1: // deferpanic.ts:16
          __wx_sendDone(self$);
          { const c$ = inner$Frame.new$(this.ch); c$.caller = this; this.$call1 = c$; }
          __wx_setState(self$, 2); return this.$call1;
        case 2: // deferpanic.ts:17
          __wx_recycle(load<usize>(self$, offsetof<main$Frame>("$call1"))); __wx_clearField(self$, offsetof<main$Frame>("$call1"));
          console.log("not reached either");
          __wx_setState(self$, 4); continue;
        case 3: // deferpanic.ts:19
          locals$.$panic2 = true;
          __wx_setState(self$, 4); continue;
        case 5: // deferpanic.ts:14
          console.log("1");
        case 4: // deferpanic.ts:19
          while (true) {
            if (this.$defers.length == 0) return locals$.$panic2 ? __wx_unwind(self$) : __wx_leave(self$);
            locals$.$d3 = this.$defers.pop();
            console.log("1");
          }
          continue;
        case -2: // a callee panicked
          __wx_setState(self$, 3); continue;
        default:
          unreachable();
      }
    }
    return null;
  }
}
@unmanaged class main$Frame$Locals {
  @inline get $s0(): i32 { return load<i32>(changetype<usize>(this), offsetof<main$Frame>("$s0")); }
  @inline set $s0(v: i32) { store<i32>(changetype<usize>(this), v, offsetof<main$Frame>("$s0")); }
  @inline get $panic2(): bool { return load<bool>(changetype<usize>(this), offsetof<main$Frame>("$panic2")); }
  @inline set $panic2(v: bool) { store<bool>(changetype<usize>(this), v, offsetof<main$Frame>("$panic2")); }
  @inline get $d3(): i32 { return load<i32>(changetype<usize>(this), offsetof<main$Frame>("$d3")); }
  @inline set $d3(v: i32) { store<i32>(changetype<usize>(this), v, offsetof<main$Frame>("$d3")); }
}
