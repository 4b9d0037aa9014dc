import { go, Chan } from "ts-wasmexport";
import { println } from "./fmt";

function fibonacci(n: i32, c: Chan<i64>): void {
  let x: i64 = 0;
  let y: i64 = 1;
  for (let i = 0; i < n; i++) {
    c.send(x);
    const t = x + y;
    x = y;
    y = t;
  }
  c.close();
}

// @wasmexport fib_i64
function main(): void {
  const c = new Chan<i64>(10);
  go(fibonacci, 91, c);
  let last: i64 = 0;
  let count = 0;
  for (const v of c) {
    last = v;
    count++;
    if (count % 30 == 0) println(`${count} ${v}`);
  }
  println(`last ${last} overflows i32: ${last > (<i64>1 << 31)}`);
  const u = new Chan<u8>(1);
  u.send(250);
  println(`u8 wraps ${<u8>(u.recv() + 10)}`);
}
