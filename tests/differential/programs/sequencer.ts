import { go, Chan } from "ts-wasmexport";
import { println } from "./fmt";

function worker(id: i32, turn: Chan<bool>, next: Chan<bool>, done: Chan<bool>): void {
  for (let round = 0; round < 2; round++) {
    turn.recv();
    println(`worker ${id} round ${round}`);
    next.send(true);
  }
  done.send(true);
}

// @wasmexport sequencer
function main(): void {
  const n = 4;
  const chans: Chan<bool>[] = [];
  for (let i = 0; i < n; i++) chans.push(new Chan<bool>(1));
  const done = new Chan<bool>();
  for (let i = 0; i < n; i++) go(worker, i, chans[i], chans[(i + 1) % n], done);
  chans[0].send(true);
  for (let i = 0; i < n; i++) done.recv();
  println("all done");
}
