import { go, Chan } from "ts-wasmexport";
import { println } from "./fmt";

// @wasmexport panic_close_wakes_sender
function main(): void {
  const ch = new Chan<i32>();
  const never = new Chan<bool>();
  const started = new Chan<bool>();
  go(() => {
    started.send(true);
    ch.send(1);
    never.send(true);
  });
  started.recv();
  println("closing while a sender may wait");
  ch.close();
  never.recv();
}
