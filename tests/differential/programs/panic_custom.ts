import { go, Chan, panic } from "ts-wasmexport";
import { println } from "./fmt";

function check(v: i32): void {
  if (v > 2) panic(`value ${v} out of range`);
}

// @wasmexport panic_custom
function main(): void {
  const inp = new Chan<i32>();
  const done = new Chan<bool>();
  go(() => {
    for (const v of inp) {
      check(v);
      println(`ok ${v}`);
    }
    done.send(true);
  });
  for (let i = 1; i <= 5; i++) inp.send(i);
  inp.close();
  done.recv();
}
