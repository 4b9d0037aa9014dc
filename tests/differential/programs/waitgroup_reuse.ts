import { go, Mutex, WaitGroup, defer } from "ts-wasmexport";
import { println } from "./fmt";

// @wasmexport waitgroup_reuse
function main(): void {
  const wg = new WaitGroup();
  const mu = new Mutex();
  let total = 0;
  for (let round = 1; round <= 4; round++) {
    for (let g = 0; g < round; g++) {
      wg.add(1);
      go(() => {
        defer(() => wg.done());
        mu.lock();
        total += round;
        mu.unlock();
      });
    }
    wg.wait();
    println(`after round ${round} total ${total}`);
  }
  wg.wait();
  println("waiting on a zero counter returns at once");
}
