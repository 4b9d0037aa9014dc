import { go, Chan } from "ts-wasmexport";
import { println } from "./fmt";

const requests = new Chan<i32>();
const answers = new Chan<i32>();

// Go's init(): top-level code runs when the module is initialised.
go(() => {
  for (const r of requests) answers.send(r * 3);
});

// @wasmexport init_goroutine
function main(): void {
  for (let i = 1; i <= 3; i++) {
    requests.send(i);
    println(`${i} -> ${answers.recv()}`);
  }
}
