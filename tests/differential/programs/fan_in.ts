import { go, Chan, WaitGroup } from "ts-wasmexport";
import { println } from "./fmt";

function producer(id: i32, n: i32): Chan<i32> {
  const out = new Chan<i32>();
  go(() => {
    for (let i = 0; i < n; i++) out.send(id * 100 + i);
    out.close();
  });
  return out;
}

function merge(cs: Chan<i32>[]): Chan<i32> {
  const wg = new WaitGroup();
  const out = new Chan<i32>();
  wg.add(cs.length);
  for (const c of cs) {
    go(() => {
      for (const n of c) out.send(n);
      wg.done();
    });
  }
  go(() => {
    wg.wait();
    out.close();
  });
  return out;
}

// @wasmexport fan_in
function main(): void {
  const got: i32[] = [];
  for (const v of merge([producer(1, 3), producer(2, 4), producer(3, 2)])) got.push(v);
  got.sort();
  println(`${got.length} [${got.join(" ")}]`);
}
