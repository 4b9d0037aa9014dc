import { go, Chan } from "ts-wasmexport";
import { println } from "./fmt";

// @wasmexport panic_send_closed
function main(): void {
  const ch = new Chan<i32>(1);
  ch.send(1);
  ch.close();
  println(`buffered value survives close: ${ch.recv()}`);
  const done = new Chan<bool>();
  go(() => {
    println("sending on a closed channel");
    ch.send(2);
    done.send(true);
  });
  done.recv();
  println("not reached");
}
