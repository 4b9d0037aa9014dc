import { go, Chan } from "ts-wasmexport";
import { println } from "./fmt";

class Result {
  constructor(public job: i32, public value: i32) {}
}

function worker(id: i32, jobs: Chan<i32>, results: Chan<Result | null>): void {
  for (const j of jobs) results.send(new Result(j, j * 2));
}

// @wasmexport worker_pool
function main(): void {
  const numJobs = 9;
  const jobs = new Chan<i32>(numJobs);
  const results = new Chan<Result | null>(numJobs);
  for (let w = 1; w <= 3; w++) go(worker, w, jobs, results);
  for (let j = 1; j <= numJobs; j++) jobs.send(j);
  jobs.close();
  const out: Result[] = [];
  for (let a = 1; a <= numJobs; a++) out.push(results.recv()!);
  out.sort((x, y) => x.job - y.job);
  for (const r of out) println(`job ${r.job} result ${r.value}`);
}
