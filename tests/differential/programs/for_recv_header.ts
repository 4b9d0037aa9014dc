import { Chan } from "ts-wasmexport";
import { println } from "./fmt";

// @wasmexport for_recv_header
function main(): void {
  const ch = new Chan<i32>(10);
  for (const v of [4, 8, 15, 16, 0, 23, 42]) ch.send(v);
  let sum = 0;
  for (let v = ch.recv(); v != 0; v = ch.recv()) sum += v;
  println(`sum ${sum} left ${ch.length}`);
  while (ch.length > 0 && ch.recv() < 40) println("still below 40");
  println(`left ${ch.length}`);
}
