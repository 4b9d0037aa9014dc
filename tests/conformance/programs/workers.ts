// A bounded worker pool: fan-out over a jobs channel, fan-in over results, a WaitGroup to close.
import { go, Chan, WaitGroup } from "ts-wasmexport";

function worker(jobs: Chan<i32>, results: Chan<i32>, wg: WaitGroup): void {
  for (const j of jobs) results.send(j * j);
  wg.done();
}

// @wasmexport sum_of_squares
export function sumOfSquares(n: i32, workers: i32): i64 {
  const jobs = new Chan<i32>(4);
  const results = new Chan<i32>(4);
  const wg = new WaitGroup();
  for (let w = 0; w < workers; w++) {
    wg.add(1);
    go(worker, jobs, results, wg);
  }
  go(() => {
    for (let i: i32 = 1; i <= n; i++) jobs.send(i);
    jobs.close();
  });
  go(() => {
    wg.wait();
    results.close();
  });
  let sum: i64 = 0;
  for (const r of results) sum += r;
  return sum;
}
