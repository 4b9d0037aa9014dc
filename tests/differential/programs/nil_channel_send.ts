import { Chan } from "ts-wasmexport";
import { println } from "./fmt";

class Worker {
  out: Chan<i32> | null = null;
}

// @wasmexport nil_channel_send
function main(): void {
  const w = new Worker();
  println(`out is nil: ${w.out == null}`);
  w.out!.send(1);
  println("not reached");
}
