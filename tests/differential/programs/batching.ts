import { go, Chan, defer } from "ts-wasmexport";
import { println } from "./fmt";

function batch(inp: Chan<i32>, size: i32): Chan<i32[]> {
  const out = new Chan<i32[]>();
  go(() => {
    defer(() => out.close());
    let buf: i32[] = [];
    for (const v of inp) {
      buf.push(v);
      if (buf.length == size) {
        out.send(buf);
        buf = [];
      }
    }
    if (buf.length > 0) out.send(buf);
  });
  return out;
}

// @wasmexport batching
function main(): void {
  const inp = new Chan<i32>();
  go(() => {
    for (let i = 1; i <= 10; i++) inp.send(i);
    inp.close();
  });
  for (const b of batch(inp, 3)) {
    let sum = 0;
    for (const v of b) sum += v;
    println(`[${b.join(" ")}] sum ${sum}`);
  }
}
