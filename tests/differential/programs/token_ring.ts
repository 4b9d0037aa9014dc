import { go, Chan } from "ts-wasmexport";
import { println } from "./fmt";

function node(id: i32, inp: Chan<i32>, out: Chan<i32>, done: Chan<string>): void {
  for (const token of inp) {
    if (token == 0) {
      done.send(`node ${id} holds the last hop`);
      out.close();
      for (const _ of inp) {}
      return;
    }
    out.send(token - 1);
  }
  out.close();
}

// @wasmexport token_ring
function main(): void {
  const n = 7;
  const first = new Chan<i32>();
  let inp = first;
  const done = new Chan<string>();
  let last: Chan<i32> | null = null;
  for (let i = 0; i < n; i++) {
    const out = new Chan<i32>();
    if (i == n - 1) last = out;
    go(node, i, inp, out, done);
    inp = out;
  }
  const tail = last!;
  go(() => {
    for (const v of tail) first.send(v);
    first.close();
  });
  first.send(20);
  println(done.recv());
}
