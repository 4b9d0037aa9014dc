import { go, Chan, select } from "ts-wasmexport";
import { println } from "./fmt";

// @wasmexport deadlock_select_empty
function main(): void {
  const done = new Chan<bool>();
  go(() => {
    println("worker finished");
    done.send(true);
  });
  done.recv();
  println("waiting forever");
  select();
}
