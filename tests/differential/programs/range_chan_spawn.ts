import { go, Chan, WaitGroup, defer } from "ts-wasmexport";
import { println } from "./fmt";

// @wasmexport range_chan_spawn
function main(): void {
  const inp = new Chan<i32>();
  go(() => {
    for (let i = 1; i <= 6; i++) inp.send(i);
    inp.close();
  });
  const out = new Chan<i32>(6);
  const wg = new WaitGroup();
  for (const v of inp) {
    wg.add(1);
    go(() => {
      defer(() => wg.done());
      out.send(v * v);
    });
  }
  wg.wait();
  out.close();
  let sum = 0;
  for (const s of out) sum += s;
  println(`sum of squares ${sum}`);
}
