import { go, Chan } from "ts-wasmexport";
import { println } from "./fmt";

function whisper(left: Chan<i32>, right: Chan<i32>): void {
  left.send(1 + right.recv());
}

// @wasmexport whispers
function main(): void {
  const n = 10000;
  const leftmost = new Chan<i32>();
  let right = leftmost;
  let left = leftmost;
  for (let i = 0; i < n; i++) {
    right = new Chan<i32>();
    go(whisper, left, right);
    left = right;
  }
  go((c: Chan<i32>) => c.send(1), right);
  println(`${leftmost.recv()}`);
}
