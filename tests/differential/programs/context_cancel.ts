import { go, Chan, select, recv, Context, background, withCancel } from "ts-wasmexport";
import { println } from "./fmt";

function worker(ctx: Context, jobs: Chan<i32>, out: Chan<i32>): void {
  while (true) {
    let stop = false;
    select(
      recv(ctx.done(), () => {
        out.close();
        stop = true;
      }),
      recv(jobs, (j: i32) => { out.send(j * 10); }),
    );
    if (stop) return;
  }
}

// @wasmexport context_cancel
function main(): void {
  const ctx = withCancel(background());
  const jobs = new Chan<i32>();
  const out = new Chan<i32>();
  go(worker, ctx, jobs, out);
  for (let i = 1; i <= 3; i++) {
    jobs.send(i);
    println(`${out.recv()}`);
  }
  ctx.cancel();
  for (const _ of out) {}
  println(`err: ${ctx.err()}`);
}
