import { go, Chan } from "ts-wasmexport";
import { println } from "./fmt";

// @wasmexport do_while_blocking
function main(): void {
  const ch = new Chan<i32>();
  go(() => {
    for (const v of [5, 4, 3, 0, 9]) ch.send(v);
  });
  let count = 0;
  let total = 0;
  let v = 0;
  do {
    v = ch.recv();
    total += v;
    count++;
  } while (v != 0);
  println(`${count} ${total}`);
  println(`after ${ch.recv()}`);
}
