import { Chan } from "ts-wasmexport";
import { println } from "./fmt";

// @wasmexport recvok_loop_header
function main(): void {
  const ch = new Chan<i32>(5);
  for (let i = 1; i <= 4; i++) ch.send(i * i);
  ch.close();
  let sum = 0;
  for (let [v, ok] = ch.recvOk(); ok; [v, ok] = ch.recvOk()) sum += v;
  println(`sum ${sum}`);
}
