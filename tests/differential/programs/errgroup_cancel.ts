import { go, Chan, Mutex, WaitGroup, select, recv, send, defer } from "ts-wasmexport";
import { println } from "./fmt";

// An errgroup in miniature: the first task to fail records its error and closes done, which
// cancels the others. (A task is a blocking function started with go(); the dialect has no
// blocking function values yet, so the group's goroutine wrapper is written out per task.)
class Group {
  wg: WaitGroup = new WaitGroup();
  mu: Mutex = new Mutex();
  err: string = "";
  done: Chan<bool> = new Chan<bool>();

  finish(err: string): void {
    if (err == "") return;
    this.mu.lock();
    if (this.err == "") {
      this.err = err;
      this.done.close();
    }
    this.mu.unlock();
  }

  wait(): string {
    this.wg.wait();
    return this.err;
  }
}

// @wasmexport errgroup_cancel
function main(): void {
  const g = new Group();
  const work = [new Chan<i32>(), new Chan<i32>(), new Chan<i32>()];
  const mu = new Mutex();
  let cancelled = 0;
  let processed = 0;
  for (let id = 0; id < 3; id++) {
    g.wg.add(1);
    go(() => {
      defer(() => g.wg.done());
      let err = "";
      let running = true;
      while (running) {
        select(
          recv(g.done, () => {
            mu.lock();
            cancelled++;
            mu.unlock();
            running = false;
          }),
          recv(work[id], (item: i32) => {
            if (item == 4) {
              err = `task ${id}: bad item ${item}`;
              running = false;
              return;
            }
            mu.lock();
            processed += item;
            mu.unlock();
          }),
        );
      }
      g.finish(err);
    });
  }
  let sent = 0;
  feed: for (let item = 1; item <= 6; item++) {
    if (select(send(work[1], item, () => { sent++; }), recv(g.done)) == 1) break feed;
  }
  println(`error: ${g.wait()}`);
  println(`sent ${sent} processed ${processed} cancelled ${cancelled}`);
}
