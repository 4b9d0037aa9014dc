import { go, Chan, WaitGroup, defer } from "ts-wasmexport";
import { println } from "./fmt";

function node(depth: i32, done: Chan<bool>, wg: WaitGroup, stopped: Chan<i32>): void {
  defer(() => wg.done());
  if (depth < 3) {
    for (let c = 0; c < 2; c++) {
      wg.add(1);
      go(node, depth + 1, done, wg, stopped);
    }
  }
  done.recv();
  stopped.send(depth);
}

// @wasmexport cancel_tree
function main(): void {
  const done = new Chan<bool>();
  const wg = new WaitGroup();
  const stopped = new Chan<i32>(100);
  wg.add(1);
  go(node, 0, done, wg, stopped);
  done.close();
  wg.wait();
  stopped.close();
  const perDepth = new Array<i32>(4);
  for (const d of stopped) perDepth[d]++;
  println(`stopped per depth [${perDepth.join(" ")}]`);
}
