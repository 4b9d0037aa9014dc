import { go, Chan, Mutex, WaitGroup, defer } from "ts-wasmexport";
import { println } from "./fmt";

// @wasmexport goroutines_many
function main(): void {
  const n = 100000;
  const wg = new WaitGroup();
  const mu = new Mutex();
  let total: i64 = 0;
  const results = new Chan<i32>(64);
  const done = new Chan<bool>();
  go(() => {
    for (const r of results) {
      mu.lock();
      total += r;
      mu.unlock();
    }
    done.send(true);
  });
  for (let i = 0; i < n; i++) {
    wg.add(1);
    go(() => {
      defer(() => wg.done());
      results.send(i % 1000);
    });
  }
  wg.wait();
  results.close();
  done.recv();
  println(`goroutines ${n} total ${total}`);
}
