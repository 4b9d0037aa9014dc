import { go, Chan, WaitGroup } from "ts-wasmexport";
import { println } from "./fmt";

class Worker {
  constructor(public id: i32, public out: Chan<string>) {}
  run(jobs: Chan<i32>, wg: WaitGroup): void {
    for (const j of jobs) this.out.send(`worker ${this.id} did ${j}`);
    wg.done();
  }
}

class Tally {
  n: i32 = 0;
  add(k: i32, done: Chan<bool>): void {
    this.n += k;
    done.send(true);
  }
}

// @wasmexport go_method
function main(): void {
  const out = new Chan<string>(16);
  const jobs = new Chan<i32>();
  const wg = new WaitGroup();
  let w = new Worker(1, out);
  wg.add(1);
  go(w.run, jobs, wg);
  w = new Worker(2, out); // the goroutine keeps the first one
  for (let j = 1; j <= 3; j++) jobs.send(j);
  jobs.close();
  wg.wait();
  out.close();
  for (const s of out) println(s);
  const t = new Tally();
  const done = new Chan<bool>();
  for (let k = 1; k <= 3; k++) {
    go(t.add, k, done);
    done.recv();
  }
  println(`tally ${t.n} worker ${w.id}`);
}
