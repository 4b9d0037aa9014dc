import { go, Chan, defer, panic } from "ts-wasmexport";
import { println } from "./fmt";

// @wasmexport defer_panic
function main(): void {
  const done = new Chan<bool>();
  go(() => {
    defer(() => done.send(true));
    defer(() => println("deferred in the goroutine"));
  });
  done.recv();
  defer(() => println("deferred before the panic"));
  panic("boom");
}
