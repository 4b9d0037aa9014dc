// Blocking calls in every expression position: evaluated left to right, short-circuit and
// conditional operands only when reached.
import { Chan, Frame as __wx_Frame, stateOf as __wx_stateOf, setState as __wx_setState, received as __wx_received, leave as __wx_leave, copyField as __wx_copyField, clearField as __wx_clearField, spawn as __wx_spawn, newFrame as __wx_newFrame, recycle as __wx_recycle, makeChan as __wx_makeChan, sendDone as __wx_sendDone, chanSend as __wx_chanSend, chanRecv as __wx_chanRecv, Select as __wx_Select, gosched as __wx_gosched, sleep as __wx_sleep, block as __wx_block, ChanBase as __wx_ChanBase, Box as __wx_Box, closureEnv as __wx_closureEnv, makeClosure as __wx_makeClosure, startPanic as __wx_startPanic, unwind as __wx_unwind, recoverIn as __wx_recoverIn, beginValueCall as __wx_beginValueCall, valueFrame as __wx_valueFrame, startValue as __wx_startValue, zero as __wx_zero, ValueFrame as __wx_ValueFrame, closeChan as __wx_closeChan, Chan as __wx_Chan, Timer as __wx_Timer, Ticker as __wx_Ticker, Context as __wx_Context } from "../ts-wasmexport/runtime/index";

class Pair {
  constructor(public a: i32, public b: i32) {}
}

function say(s: string, v: i32): i32 {
  console.log(s);
  return v;
}

// The frame of put (positions.ts:14). resume() runs from state pc until it parks, calls or returns.
// Variables live in fields: numbers and bools through locals$ (put$Frame$Locals, below: no shadow stack), references as this.x (the collector sees them).
class put$Frame extends __wx_Frame {
  ch: Chan<i32>;
  v: i32;
  result!: bool;
  constructor(ch$: Chan<i32>, v$: i32) { super(); this.ch = ch$; this.v = v$; }
  static new$(ch$: Chan<i32>, v$: i32): put$Frame {
    const f = changetype<put$Frame>(__wx_newFrame(idof<put$Frame>(), offsetof<put$Frame>()));
    f.ch = ch$;
    f.v = v$;
    return f;
  }
  resume(): __wx_Frame | null {
    const self$ = changetype<usize>(this);
    const locals$ = changetype<put$Frame$Locals>(self$);
    while (true) {
      switch (__wx_stateOf(self$)) {
        case 0: // positions.ts:14
          if (!__wx_chanSend<i32>(load<usize>(self$, offsetof<put$Frame>("ch")), self$, self$ + offsetof<put$Frame>("v"))) { __wx_setState(self$, 1); return null; }
        case 1: // positions.ts:15
          __wx_sendDone(self$);
          { locals$.result = true; return __wx_leave(self$); }
        default:
          unreachable();
      }
    }
    return null;
  }
}
@unmanaged class put$Frame$Locals {
  @inline get v(): i32 { return load<i32>(changetype<usize>(this), offsetof<put$Frame>("v")); }
  @inline set v(v: i32) { store<i32>(changetype<usize>(this), v, offsetof<put$Frame>("v")); }
  @inline get result(): bool { return load<bool>(changetype<usize>(this), offsetof<put$Frame>("result")); }
  @inline set result(v: bool) { store<bool>(changetype<usize>(this), v, offsetof<put$Frame>("result")); }
}

// The frame of take (positions.ts:19). resume() runs from state pc until it parks, calls or returns.
// Variables live in fields: numbers and bools through locals$ (take$Frame$Locals, below: no shadow stack), references as this.x (the collector sees them).
class take$Frame extends __wx_Frame {
  ch: Chan<i32>;
  tag: string;
  v!: i32;
  result!: i32;
  constructor(ch$: Chan<i32>, tag$: string) { super(); this.ch = ch$; this.tag = tag$; }
  static new$(ch$: Chan<i32>, tag$: string): take$Frame {
    const f = changetype<take$Frame>(__wx_newFrame(idof<take$Frame>(), offsetof<take$Frame>()));
    f.ch = ch$;
    f.tag = tag$;
    return f;
  }
  resume(): __wx_Frame | null {
    const self$ = changetype<usize>(this);
    const locals$ = changetype<take$Frame$Locals>(self$);
    while (true) {
      switch (__wx_stateOf(self$)) {
        case 0: // positions.ts:19
          if (!__wx_chanRecv<i32>(load<usize>(self$, offsetof<take$Frame>("ch")), self$, self$ + offsetof<take$Frame>("v"))) { __wx_setState(self$, 1); return null; }
        case 1: // positions.ts:20
          console.log(this.tag + " " + locals$.v.toString());
          { locals$.result = locals$.v; return __wx_leave(self$); }
        default:
          unreachable();
      }
    }
    return null;
  }
}
@unmanaged class take$Frame$Locals {
  @inline get v(): i32 { return load<i32>(changetype<usize>(this), offsetof<take$Frame>("v")); }
  @inline set v(v: i32) { store<i32>(changetype<usize>(this), v, offsetof<take$Frame>("v")); }
  @inline get result(): i32 { return load<i32>(changetype<usize>(this), offsetof<take$Frame>("result")); }
  @inline set result(v: i32) { store<i32>(changetype<usize>(this), v, offsetof<take$Frame>("result")); }
}

function ident<T>(a: T): T {
  return a;
}

function yes(b: bool): string {
  return b ? "true" : "false";
}

// @wasmexport main
// The frame of main (positions.ts:34). resume() runs from state pc until it parks, calls or returns.
// Variables live in fields: numbers and bools through locals$ (main$Frame$Locals, below: no shadow stack), references as this.x (the collector sees them).
export class main$Frame extends __wx_Frame {
  ch!: Chan<i32>;
  n!: i32;
  c!: bool;
  s!: i32;
  a!: bool;
  b!: bool;
  i!: i32;
  x!: i32;
  y!: i32;
  z!: i32;
  arr!: i32[];
  lit!: i32[];
  p!: Pair;
  $s0!: i32;
  $s1!: i32;
  $s2!: i32;
  $s3!: i32;
  $s4!: i32;
  $s5!: i32;
  $s6!: i32;
  $t7!: i32;
  $v8!: i32;
  $b9!: bool;
  $call10!: put$Frame | null;
  $r11!: bool;
  $b12!: bool;
  $call13!: put$Frame | null;
  $r14!: bool;
  $t15!: i32;
  $call16!: take$Frame | null;
  $r17!: i32;
  $call18!: take$Frame | null;
  $r19!: i32;
  $t20!: i32;
  $v21!: i32;
  $c22!: i32;
  $call23!: take$Frame | null;
  $r24!: i32;
  $call25!: take$Frame | null;
  $r26!: i32;
  $c27!: i32;
  $call28!: take$Frame | null;
  $r29!: i32;
  $call30!: take$Frame | null;
  $r31!: i32;
  $v32!: i32;
  $s33!: i32;
  $v34!: i32;
  $v35!: i32;
  $t36!: i32;
  $v37!: i32;
  $t38!: i32;
  $call39!: take$Frame | null;
  $r40!: i32;
  constructor() { super(); }
  static new$(): main$Frame {
    const f = changetype<main$Frame>(__wx_newFrame(idof<main$Frame>(), offsetof<main$Frame>()));
    return f;
  }
  resume(): __wx_Frame | null {
    const self$ = changetype<usize>(this);
    const locals$ = changetype<main$Frame$Locals>(self$);
    while (true) {
      switch (__wx_stateOf(self$)) {
        case 0: // positions.ts:34
          this.ch = __wx_makeChan<i32>(16);
          locals$.n = 2;
          locals$.c = locals$.n > 1;
          locals$.$s0 = 1;
          if (!__wx_chanSend<i32>(load<usize>(self$, offsetof<main$Frame>("ch")), self$, self$ + offsetof<main$Frame>("$s0"))) { __wx_setState(self$, 1); return null; }
        case 1: // positions.ts:38
          __wx_sendDone(self$);
          if (!__wx_chanSend<i32>(load<usize>(self$, offsetof<main$Frame>("ch")), self$, self$ + offsetof<main$Frame>("n"))) { __wx_setState(self$, 2); return null; }
        case 2: // positions.ts:39
          __wx_sendDone(self$);
          if (false) { __wx_setState(self$, 4); continue; }
          locals$.$s1 = 3;
          if (!__wx_chanSend<i32>(load<usize>(self$, offsetof<main$Frame>("ch")), self$, self$ + offsetof<main$Frame>("$s1"))) { __wx_setState(self$, 3); return null; }
        case 3: // positions.ts:40
          __wx_sendDone(self$);
        case 4: // positions.ts:41
          if (!(true)) { __wx_setState(self$, 6); continue; }
          locals$.$s2 = 4;
          if (!__wx_chanSend<i32>(load<usize>(self$, offsetof<main$Frame>("ch")), self$, self$ + offsetof<main$Frame>("$s2"))) { __wx_setState(self$, 5); return null; }
        case 5: // positions.ts:41
          __wx_sendDone(self$);
        case 6: // positions.ts:42
          if (!(locals$.c)) { __wx_setState(self$, 8); continue; }
          locals$.$s3 = 5;
          if (!__wx_chanSend<i32>(load<usize>(self$, offsetof<main$Frame>("ch")), self$, self$ + offsetof<main$Frame>("$s3"))) { __wx_setState(self$, 7); return null; }
        case 7: // positions.ts:42
          __wx_sendDone(self$);
          __wx_setState(self$, 10); continue;
        case 8: // positions.ts:42
          locals$.$s4 = 6;
          if (!__wx_chanSend<i32>(load<usize>(self$, offsetof<main$Frame>("ch")), self$, self$ + offsetof<main$Frame>("$s4"))) { __wx_setState(self$, 9); return null; }
        case 9: // positions.ts:42
          __wx_sendDone(self$);
        case 10: // positions.ts:43
          if (!(!locals$.c)) { __wx_setState(self$, 12); continue; }
          locals$.$s5 = 7;
          if (!__wx_chanSend<i32>(load<usize>(self$, offsetof<main$Frame>("ch")), self$, self$ + offsetof<main$Frame>("$s5"))) { __wx_setState(self$, 11); return null; }
        case 11: // positions.ts:43
          __wx_sendDone(self$);
          __wx_setState(self$, 14); continue;
        case 12: // positions.ts:43
          locals$.$s6 = 8;
          if (!__wx_chanSend<i32>(load<usize>(self$, offsetof<main$Frame>("ch")), self$, self$ + offsetof<main$Frame>("$s6"))) { __wx_setState(self$, 13); return null; }
        case 13: // positions.ts:43
          __wx_sendDone(self$);
        case 14: // positions.ts:44
          locals$.s = 0;
          __wx_setState(self$, 15); continue;
        case 16: // positions.ts:45
          locals$.s = locals$.$t7 + locals$.$v8;
        case 15: // positions.ts:45
          while (true) {
            if (!(this.ch.length > 0)) { __wx_setState(self$, 17); break; }
            locals$.$t7 = locals$.s * 10;
            if (!__wx_chanRecv<i32>(load<usize>(self$, offsetof<main$Frame>("ch")), self$, self$ + offsetof<main$Frame>("$v8"))) { __wx_setState(self$, 16); return null; }
            locals$.s = locals$.$t7 + locals$.$v8;
          }
          continue;
        case 17: // positions.ts:46
          console.log(locals$.s.toString());
          locals$.$b9 = !!(locals$.c);
          if (locals$.$b9) { __wx_setState(self$, 19); continue; }
          { const c$ = put$Frame.new$(this.ch, 9); c$.caller = this; this.$call10 = c$; }
          __wx_setState(self$, 18); return this.$call10;
        case 18: // positions.ts:48
          locals$.$r11 = this.$call10!.result; __wx_recycle(load<usize>(self$, offsetof<main$Frame>("$call10"))); __wx_clearField(self$, offsetof<main$Frame>("$call10"));
          locals$.$b9 = !!(locals$.$r11);
        case 19: // positions.ts:48
          locals$.a = locals$.$b9;
          locals$.$b12 = !!(!locals$.c);
          if (locals$.$b12) { __wx_setState(self$, 21); continue; }
          { const c$ = put$Frame.new$(this.ch, 10); c$.caller = this; this.$call13 = c$; }
          __wx_setState(self$, 20); return this.$call13;
        case 20: // positions.ts:49
          locals$.$r14 = this.$call13!.result; __wx_recycle(load<usize>(self$, offsetof<main$Frame>("$call13"))); __wx_clearField(self$, offsetof<main$Frame>("$call13"));
          locals$.$b12 = !!(locals$.$r14);
        case 21: // positions.ts:49
          locals$.b = locals$.$b12;
          console.log(yes(locals$.a) + " " + yes(locals$.b) + " " + this.ch.length.toString());
          locals$.i = 20;
          __wx_setState(self$, 22); continue;
        case 23: // positions.ts:52
          __wx_sendDone(self$);
        case 24: // positions.ts:52
          locals$.i++;
        case 22: // positions.ts:52
          while (true) {
            if (!(locals$.i < 30)) { __wx_setState(self$, 25); break; }
            if (!__wx_chanSend<i32>(load<usize>(self$, offsetof<main$Frame>("ch")), self$, self$ + offsetof<main$Frame>("i"))) { __wx_setState(self$, 23); return null; }
            locals$.i++;
          }
          continue;
        case 25: // positions.ts:53
          locals$.$t15 = say("a", 1);
          { const c$ = take$Frame.new$(this.ch, "t"); c$.caller = this; this.$call16 = c$; }
          __wx_setState(self$, 26); return this.$call16;
        case 26: // positions.ts:53
          locals$.$r17 = this.$call16!.result; __wx_recycle(load<usize>(self$, offsetof<main$Frame>("$call16"))); __wx_clearField(self$, offsetof<main$Frame>("$call16"));
          locals$.x = locals$.$t15 + locals$.$r17 * say("b", 2);
          console.log(locals$.x.toString());
          { const c$ = take$Frame.new$(this.ch, "u"); c$.caller = this; this.$call18 = c$; }
          __wx_setState(self$, 27); return this.$call18;
        case 27: // positions.ts:55
          locals$.$r19 = this.$call18!.result; __wx_recycle(load<usize>(self$, offsetof<main$Frame>("$call18"))); __wx_clearField(self$, offsetof<main$Frame>("$call18"));
          locals$.$t20 = say("c", 3);
          if (!__wx_chanRecv<i32>(load<usize>(self$, offsetof<main$Frame>("ch")), self$, self$ + offsetof<main$Frame>("$v21"))) { __wx_setState(self$, 28); return null; }
        case 28: // positions.ts:55
          console.log(`${locals$.$r19}-${locals$.$t20}-${locals$.$v21}`);
          if (!(locals$.c)) { __wx_setState(self$, 30); continue; }
          { const c$ = take$Frame.new$(this.ch, "yes"); c$.caller = this; this.$call23 = c$; }
          __wx_setState(self$, 29); return this.$call23;
        case 29: // positions.ts:56
          locals$.$r24 = this.$call23!.result; __wx_recycle(load<usize>(self$, offsetof<main$Frame>("$call23"))); __wx_clearField(self$, offsetof<main$Frame>("$call23"));
          locals$.$c22 = locals$.$r24;
          __wx_setState(self$, 32); continue;
        case 30: // positions.ts:56
          { const c$ = take$Frame.new$(this.ch, "no"); c$.caller = this; this.$call25 = c$; }
          __wx_setState(self$, 31); return this.$call25;
        case 31: // positions.ts:56
          locals$.$r26 = this.$call25!.result; __wx_recycle(load<usize>(self$, offsetof<main$Frame>("$call25"))); __wx_clearField(self$, offsetof<main$Frame>("$call25"));
          locals$.$c22 = locals$.$r26;
        case 32: // positions.ts:56
          locals$.y = locals$.$c22;
          if (!(!locals$.c)) { __wx_setState(self$, 34); continue; }
          { const c$ = take$Frame.new$(this.ch, "yes"); c$.caller = this; this.$call28 = c$; }
          __wx_setState(self$, 33); return this.$call28;
        case 33: // positions.ts:57
          locals$.$r29 = this.$call28!.result; __wx_recycle(load<usize>(self$, offsetof<main$Frame>("$call28"))); __wx_clearField(self$, offsetof<main$Frame>("$call28"));
          locals$.$c27 = locals$.$r29;
          __wx_setState(self$, 36); continue;
        case 34: // positions.ts:57
          { const c$ = take$Frame.new$(this.ch, "no"); c$.caller = this; this.$call30 = c$; }
          __wx_setState(self$, 35); return this.$call30;
        case 35: // positions.ts:57
          locals$.$r31 = this.$call30!.result; __wx_recycle(load<usize>(self$, offsetof<main$Frame>("$call30"))); __wx_clearField(self$, offsetof<main$Frame>("$call30"));
          locals$.$c27 = locals$.$r31;
        case 36: // positions.ts:57
          locals$.z = locals$.$c27;
          console.log((locals$.y + locals$.z).toString());
          if (!__wx_chanRecv<i32>(load<usize>(self$, offsetof<main$Frame>("ch")), self$, self$ + offsetof<main$Frame>("$v32"))) { __wx_setState(self$, 37); return null; }
        case 37: // positions.ts:59
          console.log(ident<i32>(locals$.$v32).toString());
          this.arr = [5, 6, 7, 8];
          locals$.$s33 = 2;
          if (!__wx_chanSend<i32>(load<usize>(self$, offsetof<main$Frame>("ch")), self$, self$ + offsetof<main$Frame>("$s33"))) { __wx_setState(self$, 38); return null; }
        case 38: // positions.ts:61
          __wx_sendDone(self$);
          if (!__wx_chanRecv<i32>(load<usize>(self$, offsetof<main$Frame>("ch")), self$, self$ + offsetof<main$Frame>("$v34"))) { __wx_setState(self$, 39); return null; }
        case 39: // positions.ts:62
          console.log(this.arr[locals$.$v34 - 22].toString());
          if (!__wx_chanRecv<i32>(load<usize>(self$, offsetof<main$Frame>("ch")), self$, self$ + offsetof<main$Frame>("$v35"))) { __wx_setState(self$, 40); return null; }
        case 40: // positions.ts:63
          locals$.$t36 = say("d", 4);
          if (!__wx_chanRecv<i32>(load<usize>(self$, offsetof<main$Frame>("ch")), self$, self$ + offsetof<main$Frame>("$v37"))) { __wx_setState(self$, 41); return null; }
        case 41: // positions.ts:63
          this.lit = [locals$.$v35, locals$.$t36, locals$.$v37];
          console.log(this.lit.join(","));
          locals$.$t38 = say("e", 5);
          { const c$ = take$Frame.new$(this.ch, "f"); c$.caller = this; this.$call39 = c$; }
          __wx_setState(self$, 42); return this.$call39;
        case 42: // positions.ts:65
          locals$.$r40 = this.$call39!.result; __wx_recycle(load<usize>(self$, offsetof<main$Frame>("$call39"))); __wx_clearField(self$, offsetof<main$Frame>("$call39"));
          this.p = new Pair(locals$.$t38, locals$.$r40);
          console.log((this.p.a * 100 + this.p.b).toString());
          return __wx_leave(self$);
        case 43: // positions.ts:67
          return __wx_unwind(self$);
        case -2: // a callee panicked
          __wx_setState(self$, 43); continue;
        default:
          unreachable();
      }
    }
    return null;
  }
}
@unmanaged class main$Frame$Locals {
  @inline get n(): i32 { return load<i32>(changetype<usize>(this), offsetof<main$Frame>("n")); }
  @inline set n(v: i32) { store<i32>(changetype<usize>(this), v, offsetof<main$Frame>("n")); }
  @inline get c(): bool { return load<bool>(changetype<usize>(this), offsetof<main$Frame>("c")); }
  @inline set c(v: bool) { store<bool>(changetype<usize>(this), v, offsetof<main$Frame>("c")); }
  @inline get s(): i32 { return load<i32>(changetype<usize>(this), offsetof<main$Frame>("s")); }
  @inline set s(v: i32) { store<i32>(changetype<usize>(this), v, offsetof<main$Frame>("s")); }
  @inline get a(): bool { return load<bool>(changetype<usize>(this), offsetof<main$Frame>("a")); }
  @inline set a(v: bool) { store<bool>(changetype<usize>(this), v, offsetof<main$Frame>("a")); }
  @inline get b(): bool { return load<bool>(changetype<usize>(this), offsetof<main$Frame>("b")); }
  @inline set b(v: bool) { store<bool>(changetype<usize>(this), v, offsetof<main$Frame>("b")); }
  @inline get i(): i32 { return load<i32>(changetype<usize>(this), offsetof<main$Frame>("i")); }
  @inline set i(v: i32) { store<i32>(changetype<usize>(this), v, offsetof<main$Frame>("i")); }
  @inline get x(): i32 { return load<i32>(changetype<usize>(this), offsetof<main$Frame>("x")); }
  @inline set x(v: i32) { store<i32>(changetype<usize>(this), v, offsetof<main$Frame>("x")); }
  @inline get y(): i32 { return load<i32>(changetype<usize>(this), offsetof<main$Frame>("y")); }
  @inline set y(v: i32) { store<i32>(changetype<usize>(this), v, offsetof<main$Frame>("y")); }
  @inline get z(): i32 { return load<i32>(changetype<usize>(this), offsetof<main$Frame>("z")); }
  @inline set z(v: i32) { store<i32>(changetype<usize>(this), v, offsetof<main$Frame>("z")); }
  @inline get $s0(): i32 { return load<i32>(changetype<usize>(this), offsetof<main$Frame>("$s0")); }
  @inline set $s0(v: i32) { store<i32>(changetype<usize>(this), v, offsetof<main$Frame>("$s0")); }
  @inline get $s1(): i32 { return load<i32>(changetype<usize>(this), offsetof<main$Frame>("$s1")); }
  @inline set $s1(v: i32) { store<i32>(changetype<usize>(this), v, offsetof<main$Frame>("$s1")); }
  @inline get $s2(): i32 { return load<i32>(changetype<usize>(this), offsetof<main$Frame>("$s2")); }
  @inline set $s2(v: i32) { store<i32>(changetype<usize>(this), v, offsetof<main$Frame>("$s2")); }
  @inline get $s3(): i32 { return load<i32>(changetype<usize>(this), offsetof<main$Frame>("$s3")); }
  @inline set $s3(v: i32) { store<i32>(changetype<usize>(this), v, offsetof<main$Frame>("$s3")); }
  @inline get $s4(): i32 { return load<i32>(changetype<usize>(this), offsetof<main$Frame>("$s4")); }
  @inline set $s4(v: i32) { store<i32>(changetype<usize>(this), v, offsetof<main$Frame>("$s4")); }
  @inline get $s5(): i32 { return load<i32>(changetype<usize>(this), offsetof<main$Frame>("$s5")); }
  @inline set $s5(v: i32) { store<i32>(changetype<usize>(this), v, offsetof<main$Frame>("$s5")); }
  @inline get $s6(): i32 { return load<i32>(changetype<usize>(this), offsetof<main$Frame>("$s6")); }
  @inline set $s6(v: i32) { store<i32>(changetype<usize>(this), v, offsetof<main$Frame>("$s6")); }
  @inline get $t7(): i32 { return load<i32>(changetype<usize>(this), offsetof<main$Frame>("$t7")); }
  @inline set $t7(v: i32) { store<i32>(changetype<usize>(this), v, offsetof<main$Frame>("$t7")); }
  @inline get $v8(): i32 { return load<i32>(changetype<usize>(this), offsetof<main$Frame>("$v8")); }
  @inline set $v8(v: i32) { store<i32>(changetype<usize>(this), v, offsetof<main$Frame>("$v8")); }
  @inline get $b9(): bool { return load<bool>(changetype<usize>(this), offsetof<main$Frame>("$b9")); }
  @inline set $b9(v: bool) { store<bool>(changetype<usize>(this), v, offsetof<main$Frame>("$b9")); }
  @inline get $r11(): bool { return load<bool>(changetype<usize>(this), offsetof<main$Frame>("$r11")); }
  @inline set $r11(v: bool) { store<bool>(changetype<usize>(this), v, offsetof<main$Frame>("$r11")); }
  @inline get $b12(): bool { return load<bool>(changetype<usize>(this), offsetof<main$Frame>("$b12")); }
  @inline set $b12(v: bool) { store<bool>(changetype<usize>(this), v, offsetof<main$Frame>("$b12")); }
  @inline get $r14(): bool { return load<bool>(changetype<usize>(this), offsetof<main$Frame>("$r14")); }
  @inline set $r14(v: bool) { store<bool>(changetype<usize>(this), v, offsetof<main$Frame>("$r14")); }
  @inline get $t15(): i32 { return load<i32>(changetype<usize>(this), offsetof<main$Frame>("$t15")); }
  @inline set $t15(v: i32) { store<i32>(changetype<usize>(this), v, offsetof<main$Frame>("$t15")); }
  @inline get $r17(): i32 { return load<i32>(changetype<usize>(this), offsetof<main$Frame>("$r17")); }
  @inline set $r17(v: i32) { store<i32>(changetype<usize>(this), v, offsetof<main$Frame>("$r17")); }
  @inline get $r19(): i32 { return load<i32>(changetype<usize>(this), offsetof<main$Frame>("$r19")); }
  @inline set $r19(v: i32) { store<i32>(changetype<usize>(this), v, offsetof<main$Frame>("$r19")); }
  @inline get $t20(): i32 { return load<i32>(changetype<usize>(this), offsetof<main$Frame>("$t20")); }
  @inline set $t20(v: i32) { store<i32>(changetype<usize>(this), v, offsetof<main$Frame>("$t20")); }
  @inline get $v21(): i32 { return load<i32>(changetype<usize>(this), offsetof<main$Frame>("$v21")); }
  @inline set $v21(v: i32) { store<i32>(changetype<usize>(this), v, offsetof<main$Frame>("$v21")); }
  @inline get $c22(): i32 { return load<i32>(changetype<usize>(this), offsetof<main$Frame>("$c22")); }
  @inline set $c22(v: i32) { store<i32>(changetype<usize>(this), v, offsetof<main$Frame>("$c22")); }
  @inline get $r24(): i32 { return load<i32>(changetype<usize>(this), offsetof<main$Frame>("$r24")); }
  @inline set $r24(v: i32) { store<i32>(changetype<usize>(this), v, offsetof<main$Frame>("$r24")); }
  @inline get $r26(): i32 { return load<i32>(changetype<usize>(this), offsetof<main$Frame>("$r26")); }
  @inline set $r26(v: i32) { store<i32>(changetype<usize>(this), v, offsetof<main$Frame>("$r26")); }
  @inline get $c27(): i32 { return load<i32>(changetype<usize>(this), offsetof<main$Frame>("$c27")); }
  @inline set $c27(v: i32) { store<i32>(changetype<usize>(this), v, offsetof<main$Frame>("$c27")); }
  @inline get $r29(): i32 { return load<i32>(changetype<usize>(this), offsetof<main$Frame>("$r29")); }
  @inline set $r29(v: i32) { store<i32>(changetype<usize>(this), v, offsetof<main$Frame>("$r29")); }
  @inline get $r31(): i32 { return load<i32>(changetype<usize>(this), offsetof<main$Frame>("$r31")); }
  @inline set $r31(v: i32) { store<i32>(changetype<usize>(this), v, offsetof<main$Frame>("$r31")); }
  @inline get $v32(): i32 { return load<i32>(changetype<usize>(this), offsetof<main$Frame>("$v32")); }
  @inline set $v32(v: i32) { store<i32>(changetype<usize>(this), v, offsetof<main$Frame>("$v32")); }
  @inline get $s33(): i32 { return load<i32>(changetype<usize>(this), offsetof<main$Frame>("$s33")); }
  @inline set $s33(v: i32) { store<i32>(changetype<usize>(this), v, offsetof<main$Frame>("$s33")); }
  @inline get $v34(): i32 { return load<i32>(changetype<usize>(this), offsetof<main$Frame>("$v34")); }
  @inline set $v34(v: i32) { store<i32>(changetype<usize>(this), v, offsetof<main$Frame>("$v34")); }
  @inline get $v35(): i32 { return load<i32>(changetype<usize>(this), offsetof<main$Frame>("$v35")); }
  @inline set $v35(v: i32) { store<i32>(changetype<usize>(this), v, offsetof<main$Frame>("$v35")); }
  @inline get $t36(): i32 { return load<i32>(changetype<usize>(this), offsetof<main$Frame>("$t36")); }
  @inline set $t36(v: i32) { store<i32>(changetype<usize>(this), v, offsetof<main$Frame>("$t36")); }
  @inline get $v37(): i32 { return load<i32>(changetype<usize>(this), offsetof<main$Frame>("$v37")); }
  @inline set $v37(v: i32) { store<i32>(changetype<usize>(this), v, offsetof<main$Frame>("$v37")); }
  @inline get $t38(): i32 { return load<i32>(changetype<usize>(this), offsetof<main$Frame>("$t38")); }
  @inline set $t38(v: i32) { store<i32>(changetype<usize>(this), v, offsetof<main$Frame>("$t38")); }
  @inline get $r40(): i32 { return load<i32>(changetype<usize>(this), offsetof<main$Frame>("$r40")); }
  @inline set $r40(v: i32) { store<i32>(changetype<usize>(this), v, offsetof<main$Frame>("$r40")); }
}
