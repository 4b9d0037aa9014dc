// Two goroutines pass a counter back and forth over unbuffered channels.
import { Chan, Frame as __wx_Frame, stateOf as __wx_stateOf, setState as __wx_setState, received as __wx_received, leave as __wx_leave, copyField as __wx_copyField, clearField as __wx_clearField, spawn as __wx_spawn, newFrame as __wx_newFrame, recycle as __wx_recycle, makeChan as __wx_makeChan, sendDone as __wx_sendDone, chanSend as __wx_chanSend, chanRecv as __wx_chanRecv, Select as __wx_Select, gosched as __wx_gosched, sleep as __wx_sleep, block as __wx_block, ChanBase as __wx_ChanBase, Box as __wx_Box, closureEnv as __wx_closureEnv, makeClosure as __wx_makeClosure, startPanic as __wx_startPanic, unwind as __wx_unwind, recoverIn as __wx_recoverIn, beginValueCall as __wx_beginValueCall, valueFrame as __wx_valueFrame, startValue as __wx_startValue, zero as __wx_zero, ValueFrame as __wx_ValueFrame, closeChan as __wx_closeChan, Chan as __wx_Chan, Timer as __wx_Timer, Ticker as __wx_Ticker, Context as __wx_Context } from "../ts-wasmexport/runtime/index";

// The frame of player (pingpong.ts:4). resume() runs from state pc until it parks, calls or returns.
// Variables live in fields: numbers and bools through locals$ (player$Frame$Locals, below: no shadow stack), references as this.x (the collector sees them).
class player$Frame extends __wx_Frame {
  inbox: Chan<i32>;
  outbox: Chan<i32>;
  v!: i32;
  $of0!: Chan<i32>;
  $s1!: i32;
  constructor(inbox$: Chan<i32>, outbox$: Chan<i32>) { super(); this.inbox = inbox$; this.outbox = outbox$; }
  static new$(inbox$: Chan<i32>, outbox$: Chan<i32>): player$Frame {
    const f = changetype<player$Frame>(__wx_newFrame(idof<player$Frame>(), offsetof<player$Frame>()));
    f.inbox = inbox$;
    f.outbox = outbox$;
    return f;
  }
  resume(): __wx_Frame | null {
    const self$ = changetype<usize>(this);
    const locals$ = changetype<player$Frame$Locals>(self$);
    while (true) {
      switch (__wx_stateOf(self$)) {
        case 0: // pingpong.ts:4
          __wx_copyField(self$, offsetof<player$Frame>("inbox"), offsetof<player$Frame>("$of0"));
          __wx_setState(self$, 1); continue;
        case 2: // pingpong.ts:5
          if (!__wx_received(self$)) { __wx_setState(self$, 4); continue; }
          locals$.$s1 = locals$.v + 1;
          if (!__wx_chanSend<i32>(load<usize>(self$, offsetof<player$Frame>("outbox")), self$, self$ + offsetof<player$Frame>("$s1"))) { __wx_setState(self$, 3); return null; }
        case 3: // pingpong.ts:6
          __wx_sendDone(self$);
        case 1: // pingpong.ts:5
          while (true) {
            if (!__wx_chanRecv<i32>(load<usize>(self$, offsetof<player$Frame>("$of0")), self$, self$ + offsetof<player$Frame>("v"))) { __wx_setState(self$, 2); return null; }
            if (!__wx_received(self$)) { __wx_setState(self$, 4); break; }
            locals$.$s1 = locals$.v + 1;
            if (!__wx_chanSend<i32>(load<usize>(self$, offsetof<player$Frame>("outbox")), self$, self$ + offsetof<player$Frame>("$s1"))) { __wx_setState(self$, 3); return null; }
          }
          continue;
        case 4: // pingpong.ts:8
          return __wx_leave(self$);
        default:
          unreachable();
      }
    }
    return null;
  }
}
@unmanaged class player$Frame$Locals {
  @inline get v(): i32 { return load<i32>(changetype<usize>(this), offsetof<player$Frame>("v")); }
  @inline set v(v: i32) { store<i32>(changetype<usize>(this), v, offsetof<player$Frame>("v")); }
  @inline get $s1(): i32 { return load<i32>(changetype<usize>(this), offsetof<player$Frame>("$s1")); }
  @inline set $s1(v: i32) { store<i32>(changetype<usize>(this), v, offsetof<player$Frame>("$s1")); }
}

// @wasmexport pingpong
// The frame of pingpong (pingpong.ts:11). resume() runs from state pc until it parks, calls or returns.
// Variables live in fields: numbers and bools through locals$ (pingpong$Frame$Locals, below: no shadow stack), references as this.x (the collector sees them).
export class pingpong$Frame extends __wx_Frame {
  rounds: i32;
  ping!: Chan<i32>;
  pong!: Chan<i32>;
  v!: i32;
  i!: i32;
  result!: i32;
  constructor(rounds$: i32) { super(); this.rounds = rounds$; }
  static new$(rounds$: i32): pingpong$Frame {
    const f = changetype<pingpong$Frame>(__wx_newFrame(idof<pingpong$Frame>(), offsetof<pingpong$Frame>()));
    f.rounds = rounds$;
    return f;
  }
  resume(): __wx_Frame | null {
    const self$ = changetype<usize>(this);
    const locals$ = changetype<pingpong$Frame$Locals>(self$);
    while (true) {
      switch (__wx_stateOf(self$)) {
        case 0: // pingpong.ts:11
          this.ping = __wx_makeChan<i32>();
          this.pong = __wx_makeChan<i32>();
          __wx_spawn(player$Frame.new$(this.ping, this.pong));
          locals$.v = 0;
          locals$.i = 0;
          __wx_setState(self$, 1); continue;
        case 2: // pingpong.ts:17
          __wx_sendDone(self$);
          if (!__wx_chanRecv<i32>(load<usize>(self$, offsetof<pingpong$Frame>("pong")), self$, self$ + offsetof<pingpong$Frame>("v"))) { __wx_setState(self$, 3); return null; }
        case 3: // pingpong.ts:18
        case 4: // pingpong.ts:16
          locals$.i++;
        case 1: // pingpong.ts:16
          while (true) {
            if (!(locals$.i < locals$.rounds)) { __wx_setState(self$, 5); break; }
            if (!__wx_chanSend<i32>(load<usize>(self$, offsetof<pingpong$Frame>("ping")), self$, self$ + offsetof<pingpong$Frame>("v"))) { __wx_setState(self$, 2); return null; }
            if (!__wx_chanRecv<i32>(load<usize>(self$, offsetof<pingpong$Frame>("pong")), self$, self$ + offsetof<pingpong$Frame>("v"))) { __wx_setState(self$, 3); return null; }
            locals$.i++;
          }
          continue;
        case 5: // pingpong.ts:20
          this.ping.close();
          { locals$.result = locals$.v; return __wx_leave(self$); }
        default:
          unreachable();
      }
    }
    return null;
  }
}
@unmanaged class pingpong$Frame$Locals {
  @inline get rounds(): i32 { return load<i32>(changetype<usize>(this), offsetof<pingpong$Frame>("rounds")); }
  @inline set rounds(v: i32) { store<i32>(changetype<usize>(this), v, offsetof<pingpong$Frame>("rounds")); }
  @inline get v(): i32 { return load<i32>(changetype<usize>(this), offsetof<pingpong$Frame>("v")); }
  @inline set v(v: i32) { store<i32>(changetype<usize>(this), v, offsetof<pingpong$Frame>("v")); }
  @inline get i(): i32 { return load<i32>(changetype<usize>(this), offsetof<pingpong$Frame>("i")); }
  @inline set i(v: i32) { store<i32>(changetype<usize>(this), v, offsetof<pingpong$Frame>("i")); }
  @inline get result(): i32 { return load<i32>(changetype<usize>(this), offsetof<pingpong$Frame>("result")); }
  @inline set result(v: i32) { store<i32>(changetype<usize>(this), v, offsetof<pingpong$Frame>("result")); }
}
