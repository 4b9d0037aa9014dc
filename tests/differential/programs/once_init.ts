import { go, Chan, Once, WaitGroup, defer } from "ts-wasmexport";
import { println } from "./fmt";

const once = new Once();
let config = new Map<string, i32>();
let loads = 0;

function loadConfig(): void {
  loads++;
  config = new Map<string, i32>();
  config.set("workers", 4);
}

// @wasmexport once_init
function main(): void {
  const wg = new WaitGroup();
  const results = new Chan<i32>(5);
  for (let i = 0; i < 5; i++) {
    wg.add(1);
    go(() => {
      defer(() => wg.done());
      once.do(loadConfig);
      results.send(config.get("workers"));
    });
  }
  wg.wait();
  results.close();
  let sum = 0;
  for (const r of results) sum += r;
  println(`loads ${loads} sum ${sum}`);
}
