// A work queue of closures, Go's `chan func()`: tasks are made by a function that does not
// block and run by worker goroutines. Compared with go/taskqueue.go.
import { go, Chan, WaitGroup } from "ts-wasmexport";

// @wasmimport env print
declare function print(v: i64): void;

class Results {
  values: i64[] = [];
}

function task(id: i64, scale: i64, out: Results): () => void {
  return () => {
    out.values.push(id * scale);
  };
}

function worker(tasks: Chan<() => void>, wg: WaitGroup): void {
  for (const t of tasks) t();
  wg.done();
}

// @wasmexport run
export function run(n: i32, scale: i64): void {
  const tasks = new Chan<() => void>(4);
  const out = new Results();
  const wg = new WaitGroup();
  for (let w = 0; w < 3; w++) {
    wg.add(1);
    go(worker, tasks, wg);
  }
  for (let i = 1; i <= n; i++) tasks.send(task(<i64>i, scale, out));
  tasks.close();
  wg.wait();
  const sorted = out.values.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  let sum: i64 = 0;
  for (let i = 0; i < sorted.length; i++) sum += sorted[i];
  print(<i64>sorted.length);
  print(sorted[0]);
  print(sorted[sorted.length - 1]);
  print(sum);
}
