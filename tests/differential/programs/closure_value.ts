import { go, Chan, WaitGroup } from "ts-wasmexport";
import { println } from "./fmt";

// @wasmexport closure_value
function main(): void {
  const a = new Chan<i32>();
  const b = new Chan<i32>();
  go(() => {
    for (let i = 0; i < 3; i++) a.send(i);
    a.close();
  });
  go(() => {
    for (let i = 10; i < 13; i++) b.send(i);
    b.close();
  });
  const out = new Chan<i32>();
  const wg = new WaitGroup();
  const output = (c: Chan<i32>): void => {
    for (const n of c) out.send(n);
    wg.done();
  };
  wg.add(2);
  go(output, a);
  go(output, b);
  go(() => {
    wg.wait();
    out.close();
  });
  let sum = 0;
  for (const n of out) sum += n;
  println(`sum ${sum}`);
}
