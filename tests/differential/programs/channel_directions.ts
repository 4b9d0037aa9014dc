import { go, Chan } from "ts-wasmexport";
import { println } from "./fmt";

function ping(pings: Chan<string>, msg: string): void {
  pings.send(msg);
}

function pong(pings: Chan<string>, pongs: Chan<string>): void {
  const msg = pings.recv();
  pongs.send(msg + " (ponged)");
}

// @wasmexport channel_directions
function main(): void {
  const pings = new Chan<string>(1);
  const pongs = new Chan<string>(1);
  ping(pings, "passed message");
  pong(pings, pongs);
  println(pongs.recv());
  go(ping, pings, "from a goroutine");
  go(pong, pings, pongs);
  println(pongs.recv());
}
