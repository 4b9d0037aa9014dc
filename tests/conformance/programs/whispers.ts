// Whispers: a chain of goroutines, each adding one to what it hears from its right.
import { go, Chan } from "ts-wasmexport";

function whisper(left: Chan<i32>, right: Chan<i32>): void {
  left.send(1 + right.recv());
}

// @wasmexport whispers
export function whispers(n: i32): i32 {
  const leftmost = new Chan<i32>();
  let left = leftmost;
  for (let i = 0; i < n; i++) {
    const right = new Chan<i32>();
    go(whisper, left, right);
    left = right;
  }
  const last = left;
  go((c: Chan<i32>) => { c.send(1); }, last);
  return leftmost.recv();
}
