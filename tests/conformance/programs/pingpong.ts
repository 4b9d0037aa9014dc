// Two goroutines pass a counter back and forth over unbuffered channels.
import { go, Chan } from "ts-wasmexport";

function player(inbox: Chan<i32>, outbox: Chan<i32>): void {
  for (const v of inbox) {
    outbox.send(v + 1);
  }
}

// @wasmexport pingpong
export function pingpong(rounds: i32): i32 {
  const ping = new Chan<i32>();
  const pong = new Chan<i32>();
  go(player, ping, pong);
  let v: i32 = 0;
  for (let i = 0; i < rounds; i++) {
    ping.send(v);
    v = pong.recv();
  }
  ping.close();
  return v;
}
