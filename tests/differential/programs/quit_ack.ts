import { go, Chan, select, recv } from "ts-wasmexport";
import { println } from "./fmt";

function worker(jobs: Chan<i32>, quit: Chan<Chan<string> | null>): void {
  let processed = 0;
  while (true) {
    let stop = false;
    select(
      recv(jobs, (j: i32) => { processed += j; }),
      recv(quit, (ack: Chan<string> | null) => {
        ack!.send(`worker stopping after ${processed}`);
        stop = true;
      }),
    );
    if (stop) return;
  }
}

// @wasmexport quit_ack
function main(): void {
  const jobs = new Chan<i32>();
  const quit = new Chan<Chan<string> | null>();
  go(worker, jobs, quit);
  for (let i = 1; i <= 10; i++) jobs.send(i);
  const ack = new Chan<string>();
  quit.send(ack);
  println(ack.recv());
}
