import { Chan, defer } from "ts-wasmexport";
import { println } from "./fmt";

// @wasmexport defer_in_loop
function main(): void {
  const ch = new Chan<i32>(3);
  for (let i = 0; i < 3; i++) {
    ch.send(i * 10);
    const v = ch.recv();
    defer(() => println(`deferred ${i} ${v}`));
  }
  println("main ends");
}
