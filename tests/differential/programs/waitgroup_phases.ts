import { go, WaitGroup, defer } from "ts-wasmexport";
import { println } from "./fmt";

// @wasmexport waitgroup_phases
function main(): void {
  const results = new Array<i32>(6);
  for (let phase = 1; phase <= 3; phase++) {
    const wg = new WaitGroup();
    for (let w = 0; w < 6; w++) {
      wg.add(1);
      go((w: i32) => {
        defer(() => wg.done());
        results[w] += phase * (w + 1);
      }, w);
    }
    wg.wait();
    let total = 0;
    for (const r of results) total += r;
    println(`phase ${phase} total ${total}`);
  }
  println(`[${results.join(" ")}]`);
}
