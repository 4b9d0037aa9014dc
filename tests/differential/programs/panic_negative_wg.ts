import { go, Chan, WaitGroup } from "ts-wasmexport";
import { println } from "./fmt";

// @wasmexport panic_negative_wg
function main(): void {
  const wg = new WaitGroup();
  wg.add(2);
  const step = new Chan<bool>();
  for (let i = 0; i < 3; i++) {
    go(() => {
      println(`worker ${i} done`);
      wg.done();
      step.send(true);
    });
    step.recv();
  }
  println("not reached");
}
