import { go, Chan, WaitGroup, defer } from "ts-wasmexport";
import { println } from "./fmt";

// @wasmexport nested_goroutines
function main(): void {
  const wg = new WaitGroup();
  const results = new Chan<i32>(100);
  for (let i = 1; i <= 3; i++) {
    wg.add(1);
    go(() => {
      defer(() => wg.done());
      for (let j = 1; j <= i; j++) {
        wg.add(1);
        go(() => {
          defer(() => wg.done());
          results.send(i * 10 + j);
        });
      }
    });
  }
  wg.wait();
  results.close();
  let sum = 0;
  let count = 0;
  for (const r of results) {
    sum += r;
    count++;
  }
  println(`${count} ${sum}`);
}
