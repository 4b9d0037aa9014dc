import { go, Chan, Mutex, WaitGroup, defer } from "ts-wasmexport";
import { println } from "./fmt";

// @wasmexport deadlock_waitgroup
function main(): void {
  const wg = new WaitGroup();
  const mu = new Mutex();
  const ch = new Chan<i32>();
  for (let i = 0; i < 3; i++) {
    wg.add(1);
    go(() => {
      defer(() => wg.done());
      mu.lock();
      defer(() => mu.unlock());
      ch.send(i);
    });
  }
  println(`first ${ch.recv() >= 0}`);
  wg.wait();
  println("not reached");
}
