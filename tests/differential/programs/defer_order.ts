import { go, Chan, defer } from "ts-wasmexport";
import { println } from "./fmt";

function step(ch: Chan<i32>, name: string): void {
  println(`deferred ${name} sees ${ch.recv()}`);
}

function work(ch: Chan<i32>): i32 {
  defer(() => println("deferred first, runs last"));
  defer(() => step(ch, "second"));
  defer(() => { println("deferred third, runs first"); });
  println("working");
  return 7;
}

// @wasmexport defer_order
function main(): void {
  const ch = new Chan<i32>();
  go(() => {
    for (let i = 1; ; i++) ch.send(i * 100);
  });
  println(`work returned ${work(ch)}`);
  defer(() => println("main's deferred 0"));
  defer(() => println("main's deferred 1"));
  defer(() => println("main's deferred 2"));
  println("main ends");
}
