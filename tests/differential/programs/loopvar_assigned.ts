import { go, Chan } from "ts-wasmexport";
import { println } from "./fmt";

// @wasmexport loopvar_assigned
function main(): void {
  const start = new Chan<bool>();
  const res = new Chan<i32>(6);
  let n = 0;
  for (let i = 0; i < 6; i++) {
    go(() => {
      start.recv();
      res.send(i);
    });
    i++;
    n++;
  }
  start.close();
  let sum = 0;
  for (let k = 0; k < n; k++) sum += res.recv();
  println(`${n} ${sum}`);
}
