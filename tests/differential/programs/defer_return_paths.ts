import { Chan, defer } from "ts-wasmexport";
import { println } from "./fmt";

function find(ch: Chan<i32>, target: i32, log: Chan<string>): i32 {
  defer(() => { log.send(`search for ${target} ends`); });
  let overshot = false;
  defer(() => {
    if (overshot) log.send("overshot");
  });
  for (let i = 0; ; i++) {
    const [v, ok] = ch.recvOk();
    if (!ok) return -1;
    if (v == target) return i;
    if (v > target) {
      overshot = true;
      return -2;
    }
  }
}

function feed(vals: i32[]): Chan<i32> {
  const ch = new Chan<i32>(vals.length);
  for (const v of vals) ch.send(v);
  ch.close();
  return ch;
}

// @wasmexport defer_return_paths
function main(): void {
  const log = new Chan<string>(10);
  println(`${find(feed([1, 3, 5, 7]), 5, log)}`);
  println(`${find(feed([1, 3]), 5, log)}`);
  println(`${find(feed([1, 9, 5]), 5, log)}`);
  log.close();
  for (const l of log) println(l);
}
