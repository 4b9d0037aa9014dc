// Goroutines that allocate and drop garbage; the heap must stay bounded with every runtime.
import { go, Chan } from "ts-wasmexport";

function churn(out: Chan<i32>, n: i32): void {
  for (let i = 0; i < n; i++) {
    const tmp = new Array<i32>(64);
    tmp[0] = i;
    out.send(tmp[0] & 1);
  }
  out.close();
}

// @wasmexport churn
export function run(n: i32): i32 {
  const ch = new Chan<i32>(8);
  go(churn, ch, n);
  let odd: i32 = 0;
  for (const v of ch) odd += v;
  return odd;
}
