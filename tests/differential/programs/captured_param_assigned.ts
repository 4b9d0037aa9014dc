import { go, Chan } from "ts-wasmexport";
import { println } from "./fmt";

function countdown(n: i32, out: Chan<i32>): void {
  const done = new Chan<bool>();
  go(() => {
    while (n > 0) {
      out.send(n);
      n--;
    }
    done.send(true);
  });
  done.recv();
  out.close();
}

// @wasmexport captured_param_assigned
function main(): void {
  const out = new Chan<i32>(10);
  countdown(4, out);
  for (const v of out) println(`${v}`);
}
