import { buildRuntimeProgram, instantiate } from "./harness";

// Two goroutines pass a counter back and forth over unbuffered channels, written as the
// lowering writes frames.
const source = `
const ping = new Chan<i32>();
const pong = new Chan<i32>();

class Player extends Frame {
  v: i32 = 0;
  constructor(public inbox: Chan<i32>, public outbox: Chan<i32>, public rounds: i32) { super(); }
  resume(): Frame | null {
    while (true) {
      switch (this.pc) {
        case 0:
          if (this.rounds == 0) { this.pc = -1; return this.caller; }
          this.pc = 1;
          if (!this.inbox.chanrecv(this, changetype<usize>(this) + offsetof<Player>("v"))) return null;
        case 1:
          this.v++;
          this.pc = 2;
          if (!this.outbox.chansend(this, changetype<usize>(this) + offsetof<Player>("v"))) return null;
        case 2:
          sendDone(changetype<usize>(this));
          this.rounds--;
          this.pc = 0;
          continue;
        default:
          unreachable();
      }
    }
  }
}

class Starter extends Frame {
  v: i32 = 0;
  result: i32 = 0;
  constructor(public rounds: i32) { super(); }
  resume(): Frame | null {
    switch (this.pc) {
      case 0:
        spawn(new Player(ping, pong, this.rounds));
        this.pc = 1;
        if (!ping.chansend(this, changetype<usize>(this) + offsetof<Starter>("v"))) return null;
      case 1:
        sendDone(changetype<usize>(this));
        this.pc = 2;
        if (!pong.chanrecv(this, changetype<usize>(this) + offsetof<Starter>("v"))) return null;
      case 2:
        this.result = this.v;
        this.pc = -1;
        return this.caller;
    }
    unreachable();
    return null;
  }
}

export function play(rounds: i32): i32 {
  exportEnter();
  const fr = new Starter(rounds);
  exportRun(fr, false, "play");
  return fr.result;
}
`;

test("ping-pong over unbuffered channels hands the value over each hop", () => {
  const e = instantiate(buildRuntimeProgram({ source, exports: ["play"] }).binary);
  e._initialize();
  expect(e.play(1)).toBe(1);
});
