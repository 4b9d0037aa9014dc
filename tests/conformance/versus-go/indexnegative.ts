// A runtime error in Go's words: a negative index, written and then read, in a goroutine.
import { go, Chan } from "ts-wasmexport";

function store(slots: i32[], at: Chan<i32>, done: Chan<bool>): void {
  for (const i of at) {
    slots[i] = i * 10;
    console.log(slots[i].toString());
  }
  done.send(true);
}

// @wasmexport main
export function main(): void {
  const at = new Chan<i32>();
  const done = new Chan<bool>();
  go(store, [0, 0, 0], at, done);
  for (let i = 2; i >= -1; i--) at.send(i);
  at.close();
  done.recv();
}
