import { go, Chan } from "ts-wasmexport";
import { println } from "./fmt";

class Ball {
  hits: i32 = 0;
}

function player(name: string, inp: Chan<Ball | null>, out: Chan<Ball | null>, done: Chan<bool>): void {
  for (const ball of inp) {
    ball!.hits++;
    println(`${name} ${ball!.hits}`);
    if (ball!.hits == 6) {
      out.close();
      break;
    }
    out.send(ball);
  }
  done.send(true);
}

// @wasmexport pingpong
function main(): void {
  const a = new Chan<Ball | null>();
  const b = new Chan<Ball | null>();
  const done = new Chan<bool>();
  go(player, "ping", a, b, done);
  go(player, "pong", b, a, done);
  a.send(new Ball());
  done.recv();
  done.recv();
}
