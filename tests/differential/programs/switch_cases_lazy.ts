import { Chan } from "ts-wasmexport";
import { println } from "./fmt";

let calls = 0;

function next(ch: Chan<i32>): i32 {
  calls++;
  return ch.recv();
}

// @wasmexport switch_cases_lazy
function main(): void {
  const ch = new Chan<i32>(20);
  for (let i = 1; i <= 20; i++) ch.send(i);
  for (let round = 0; round < 3; round++) {
    const x = ch.recv();
    switch (x % 4) {
      case next(ch) % 4:
        println(`round ${round} matched first case, x ${x}`);
        break;
      case next(ch) % 4:
      case next(ch) % 4:
        println(`round ${round} matched second case, x ${x}`);
        break;
      default:
        println(`round ${round} default, x ${x}`);
    }
  }
  println(`calls ${calls} left ${ch.length}`);
}
