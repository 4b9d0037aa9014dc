// A select in a loop whose other case never fires must leave that case's queue each time.
import { Chan, Frame as __wx_Frame, stateOf as __wx_stateOf, setState as __wx_setState, received as __wx_received, leave as __wx_leave, copyField as __wx_copyField, clearField as __wx_clearField, spawn as __wx_spawn, newFrame as __wx_newFrame, recycle as __wx_recycle, makeChan as __wx_makeChan, sendDone as __wx_sendDone, chanSend as __wx_chanSend, chanRecv as __wx_chanRecv, Select as __wx_Select, gosched as __wx_gosched, sleep as __wx_sleep, block as __wx_block, ChanBase as __wx_ChanBase, Box as __wx_Box, closureEnv as __wx_closureEnv, makeClosure as __wx_makeClosure, startPanic as __wx_startPanic, unwind as __wx_unwind, recoverIn as __wx_recoverIn, beginValueCall as __wx_beginValueCall, valueFrame as __wx_valueFrame, startValue as __wx_startValue, zero as __wx_zero, ValueFrame as __wx_ValueFrame, closeChan as __wx_closeChan, Chan as __wx_Chan, Timer as __wx_Timer, Ticker as __wx_Ticker, Context as __wx_Context } from "../ts-wasmexport/runtime/index";

// The frame of feed (selectloop.ts:4). resume() runs from state pc until it parks, calls or returns.
// Variables live in fields: numbers and bools through locals$ (feed$Frame$Locals, below: no shadow stack), references as this.x (the collector sees them).
class feed$Frame extends __wx_Frame {
  ch: Chan<i32>;
  n: i32;
  i!: i32;
  constructor(ch$: Chan<i32>, n$: i32) { super(); this.ch = ch$; this.n = n$; }
  static new$(ch$: Chan<i32>, n$: i32): feed$Frame {
    const f = changetype<feed$Frame>(__wx_newFrame(idof<feed$Frame>(), offsetof<feed$Frame>()));
    f.ch = ch$;
    f.n = n$;
    return f;
  }
  resume(): __wx_Frame | null {
    const self$ = changetype<usize>(this);
    const locals$ = changetype<feed$Frame$Locals>(self$);
    while (true) {
      switch (__wx_stateOf(self$)) {
        case 0: // selectloop.ts:4
          locals$.i = 0;
          __wx_setState(self$, 1); continue;
        case 2: // selectloop.ts:5
          __wx_sendDone(self$);
        case 3: // selectloop.ts:5
          locals$.i++;
        case 1: // selectloop.ts:5
          while (true) {
            if (!(locals$.i < locals$.n)) { __wx_setState(self$, 4); break; }
            if (!__wx_chanSend<i32>(load<usize>(self$, offsetof<feed$Frame>("ch")), self$, self$ + offsetof<feed$Frame>("i"))) { __wx_setState(self$, 2); return null; }
            locals$.i++;
          }
          continue;
        case 4: // selectloop.ts:6
          return __wx_leave(self$);
        default:
          unreachable();
      }
    }
    return null;
  }
}
@unmanaged class feed$Frame$Locals {
  @inline get n(): i32 { return load<i32>(changetype<usize>(this), offsetof<feed$Frame>("n")); }
  @inline set n(v: i32) { store<i32>(changetype<usize>(this), v, offsetof<feed$Frame>("n")); }
  @inline get i(): i32 { return load<i32>(changetype<usize>(this), offsetof<feed$Frame>("i")); }
  @inline set i(v: i32) { store<i32>(changetype<usize>(this), v, offsetof<feed$Frame>("i")); }
}

// @wasmexport drain
// The frame of drain (selectloop.ts:9). resume() runs from state pc until it parks, calls or returns.
// Variables live in fields: numbers and bools through locals$ (drain$Frame$Locals, below: no shadow stack), references as this.x (the collector sees them).
export class drain$Frame extends __wx_Frame {
  n: i32;
  data!: Chan<i32>;
  never!: Chan<i32>;
  count!: i32;
  i!: i32;
  v!: i32;
  v$1!: i32;
  $sel0!: i32;
  result!: i32;
  constructor(n$: i32) { super(); this.n = n$; }
  static new$(n$: i32): drain$Frame {
    const f = changetype<drain$Frame>(__wx_newFrame(idof<drain$Frame>(), offsetof<drain$Frame>()));
    f.n = n$;
    return f;
  }
  resume(): __wx_Frame | null {
    const self$ = changetype<usize>(this);
    const locals$ = changetype<drain$Frame$Locals>(self$);
    while (true) {
      switch (__wx_stateOf(self$)) {
        case 0: // selectloop.ts:9
          this.data = __wx_makeChan<i32>();
          this.never = __wx_makeChan<i32>();
          __wx_spawn(feed$Frame.new$(this.data, locals$.n));
          locals$.count = 0;
          locals$.i = 0;
          __wx_setState(self$, 1); continue;
        case 2: // selectloop.ts:15
          locals$.$sel0 = __wx_Select.index(self$);
          if (locals$.$sel0 != 0) { __wx_setState(self$, 4); continue; }
        case 3: // selectloop.ts:15
          locals$.count++;
          __wx_setState(self$, 7); continue;
        case 4: // selectloop.ts:15
          if (locals$.$sel0 != 1) { __wx_setState(self$, 6); continue; }
        case 5: // selectloop.ts:15
          locals$.count = -1000000;
        case 6:
        case 7:
        case 8: // selectloop.ts:14
          locals$.i++;
        case 1: // selectloop.ts:14
          while (true) {
            if (!(locals$.i < locals$.n)) { __wx_setState(self$, 9); break; }
            __wx_Select.enter(self$);
            __wx_Select.recv(load<usize>(self$, offsetof<drain$Frame>("data")), self$ + offsetof<drain$Frame>("v"));
            __wx_Select.recv(load<usize>(self$, offsetof<drain$Frame>("never")), self$ + offsetof<drain$Frame>("v$1"));
            if (!__wx_Select.commit(false)) { __wx_setState(self$, 2); return null; }
            locals$.$sel0 = __wx_Select.index(self$);
            if (!(locals$.$sel0 != 0)) {
              locals$.count++;
            } else {
              if (!(locals$.$sel0 != 1)) {
                locals$.count = -1000000;
              }
            }
            locals$.i++;
          }
          continue;
        case 9: // selectloop.ts:17
          { locals$.result = locals$.count; return __wx_leave(self$); }
        default:
          unreachable();
      }
    }
    return null;
  }
}
@unmanaged class drain$Frame$Locals {
  @inline get n(): i32 { return load<i32>(changetype<usize>(this), offsetof<drain$Frame>("n")); }
  @inline set n(v: i32) { store<i32>(changetype<usize>(this), v, offsetof<drain$Frame>("n")); }
  @inline get count(): i32 { return load<i32>(changetype<usize>(this), offsetof<drain$Frame>("count")); }
  @inline set count(v: i32) { store<i32>(changetype<usize>(this), v, offsetof<drain$Frame>("count")); }
  @inline get i(): i32 { return load<i32>(changetype<usize>(this), offsetof<drain$Frame>("i")); }
  @inline set i(v: i32) { store<i32>(changetype<usize>(this), v, offsetof<drain$Frame>("i")); }
  @inline get v(): i32 { return load<i32>(changetype<usize>(this), offsetof<drain$Frame>("v")); }
  @inline set v(v: i32) { store<i32>(changetype<usize>(this), v, offsetof<drain$Frame>("v")); }
  @inline get v$1(): i32 { return load<i32>(changetype<usize>(this), offsetof<drain$Frame>("v$1")); }
  @inline set v$1(v: i32) { store<i32>(changetype<usize>(this), v, offsetof<drain$Frame>("v$1")); }
  @inline get $sel0(): i32 { return load<i32>(changetype<usize>(this), offsetof<drain$Frame>("$sel0")); }
  @inline set $sel0(v: i32) { store<i32>(changetype<usize>(this), v, offsetof<drain$Frame>("$sel0")); }
  @inline get result(): i32 { return load<i32>(changetype<usize>(this), offsetof<drain$Frame>("result")); }
  @inline set result(v: i32) { store<i32>(changetype<usize>(this), v, offsetof<drain$Frame>("result")); }
}
