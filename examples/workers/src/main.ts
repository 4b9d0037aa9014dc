// A bounded worker pool: jobs fan out to a fixed number of workers over one channel, results
// fan in over another, and a WaitGroup closes the results once every worker is done.
import { go, Chan, WaitGroup } from "ts-wasmexport";

function worker(jobs: Chan<i32>, results: Chan<i64>, wg: WaitGroup): void {
  for (const j of jobs) {
    results.send(<i64>j * <i64>j);
  }
  wg.done();
}

function feed(jobs: Chan<i32>, n: i32): void {
  for (let i: i32 = 1; i <= n; i++) jobs.send(i);
  jobs.close();
}

function closeWhenDone(wg: WaitGroup, results: Chan<i64>): void {
  wg.wait();
  results.close();
}

// @wasmexport sum_of_squares
export function sumOfSquares(n: i32, workers: i32): i64 {
  const jobs = new Chan<i32>(workers);
  const results = new Chan<i64>(workers);
  const wg = new WaitGroup();
  wg.add(workers);
  for (let w = 0; w < workers; w++) go(worker, jobs, results, wg);
  go(feed, jobs, n);
  go(closeWhenDone, wg, results);
  let sum: i64 = 0;
  for (const r of results) sum += r;
  return sum;
}
