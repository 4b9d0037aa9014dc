import { go, Chan, select, send, recv, defer } from "ts-wasmexport";
import { println } from "./fmt";

function gen(done: Chan<bool>, start: i32): Chan<i32> {
  const out = new Chan<i32>();
  go(() => {
    defer(() => out.close());
    for (let i = start; ; i++) {
      if (select(send(out, i), recv(done)) == 1) return;
    }
  });
  return out;
}

function double(done: Chan<bool>, inp: Chan<i32>): Chan<i32> {
  const out = new Chan<i32>();
  go(() => {
    defer(() => out.close());
    for (const v of inp) {
      if (select(send(out, v * 2), recv(done)) == 1) return;
    }
  });
  return out;
}

// @wasmexport pipeline_cancel
function main(): void {
  const done = new Chan<bool>();
  const stage = double(done, double(done, gen(done, 1)));
  for (let i = 0; i < 5; i++) println(`${stage.recv()}`);
  done.close();
  for (const _ of stage) {}
  println("stage closed after cancel");
}
