import { go, Chan } from "ts-wasmexport";
import { println } from "./fmt";

function sum(s: i32[], c: Chan<i32>): void {
  let total = 0;
  for (const v of s) total += v;
  c.send(total);
}

// @wasmexport sum_parallel
function main(): void {
  const s = [7, 2, 8, -9, 4, 0, 13, 5, -1, 6];
  const c = new Chan<i32>();
  go(sum, s.slice(0, s.length / 2), c);
  go(sum, s.slice(s.length / 2), c);
  let x = c.recv();
  let y = c.recv();
  if (x > y) {
    const t = x;
    x = y;
    y = t;
  }
  println(`${x} ${y} ${x + y}`);
  const parts = 5;
  const results = new Chan<i32>(parts);
  const size = s.length / parts;
  for (let p = 0; p < parts; p++) go(sum, s.slice(p * size, (p + 1) * size), results);
  let total = 0;
  for (let p = 0; p < parts; p++) total += results.recv();
  println(`total ${total}`);
}
