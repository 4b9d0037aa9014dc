import { go, Chan } from "ts-wasmexport";
import { println } from "./fmt";

// @wasmexport deadlock_main
function main(): void {
  const results = new Chan<i32>();
  go(() => {
    for (let i = 0; i < 3; i++) results.send(i);
  });
  for (let i = 0; i < 4; i++) println(`got ${results.recv()}`);
}
