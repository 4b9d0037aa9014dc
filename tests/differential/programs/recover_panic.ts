import { go, Chan, defer, panic, recover } from "ts-wasmexport";
import { println } from "./fmt";

function safeDivide(a: i32, b: i32, results: Chan<string>): void {
  defer(() => {
    const r = recover();
    if (r != null) results.send(`recovered: ${r}`);
  });
  if (b == 0) panic("division by zero");
  results.send(`${a / b}`);
}

// @wasmexport recover_panic
function main(): void {
  const results = new Chan<string>();
  go(safeDivide, 10, 2, results);
  println(results.recv());
  go(safeDivide, 1, 0, results);
  println(results.recv());
}
