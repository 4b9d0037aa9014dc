import { go, Chan } from "ts-wasmexport";
import { println } from "./fmt";

function fib(n: i32, out: Chan<i32>): void {
  if (n < 2) {
    out.send(n);
    return;
  }
  const a = new Chan<i32>();
  const b = new Chan<i32>();
  go(fib, n - 1, a);
  go(fib, n - 2, b);
  out.send(a.recv() + b.recv());
}

// @wasmexport parallel_fib
function main(): void {
  for (const n of [0, 1, 2, 5, 10, 15]) {
    const out = new Chan<i32>();
    go(fib, n, out);
    println(`fib ${n} = ${out.recv()}`);
  }
}
