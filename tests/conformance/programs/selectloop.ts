// A select in a loop whose other case never fires must leave that case's queue each time.
import { go, Chan, select, recv } from "ts-wasmexport";

function feed(ch: Chan<i32>, n: i32): void {
  for (let i = 0; i < n; i++) ch.send(i);
}

// @wasmexport drain
export function drain(n: i32): i32 {
  const data = new Chan<i32>();
  const never = new Chan<i32>();
  go(feed, data, n);
  let count: i32 = 0;
  for (let i = 0; i < n; i++) {
    select(recv(data, (v) => { count++; }), recv(never, (v) => { count = -1000000; }));
  }
  return count;
}
