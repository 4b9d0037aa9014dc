import { go, Chan } from "ts-wasmexport";
import { println } from "./fmt";

function stage(inp: Chan<i32>, out: Chan<i32>, add: i32): void {
  for (const v of inp) out.send(v + add);
  out.close();
}

// @wasmexport pipeline_large
function main(): void {
  const n = 100000;
  const first = new Chan<i32>(16);
  let inp = first;
  for (let s = 1; s <= 5; s++) {
    let out = new Chan<i32>();
    if (s % 2 == 0) out = new Chan<i32>(8);
    go(stage, inp, out, s);
    inp = out;
  }
  go(() => {
    for (let i = 0; i < n; i++) first.send(i);
    first.close();
  });
  let sum: i64 = 0;
  let count = 0;
  for (const v of inp) {
    sum += v;
    count++;
  }
  println(`${count} ${sum}`);
}
