// A compound assignment whose right side blocks and is itself an operation: `x -= a - <-ch`
// is `x = x - (a - <-ch)`, whatever the left is (a field, an element, a shared variable).
import { go, Chan } from "ts-wasmexport";

class Counter {
  n: i32 = 100;
  f: f64 = 1.0;
}

function run(ch: Chan<i32>, fc: Chan<f64>): void {
  const c = new Counter();
  c.n -= 10 - ch.recv();
  console.log(c.n.toString());
  const xs: i32[] = [50, 60];
  xs[1] -= 5 - ch.recv();
  console.log(xs[1].toString());
  let shared = 7;
  go(() => {
    shared += 0;
  });
  shared -= 3 - ch.recv();
  console.log(shared.toString());
  c.f -= 1e-17 - fc.recv();
  console.log(c.f == 1.0 ? "one" : "not one");
  c.n <<= 1 + ch.recv();
  console.log(c.n.toString());
}

// @wasmexport main
export function main(): void {
  const ch = new Chan<i32>(8);
  const fc = new Chan<f64>(1);
  ch.send(4);
  ch.send(2);
  ch.send(1);
  fc.send(1e-17);
  ch.send(1);
  run(ch, fc);
}
