// Deferred calls run while a panic unwinds, innermost function first, last deferred first.
import { go, Chan, defer, panic } from "ts-wasmexport";

function inner(ch: Chan<i32>): void {
  defer(() => console.log("2"));
  defer(() => console.log("3"));
  const v = ch.recv();
  if (v > 0) panic("boom");
  console.log("not reached");
}

// @wasmexport main
export function main(): void {
  defer(() => console.log("1"));
  const ch = new Chan<i32>(1);
  ch.send(5);
  inner(ch);
  console.log("not reached either");
}
