import { go, Chan, select, recv, send, defer } from "ts-wasmexport";
import { println } from "./fmt";

function repeat(done: Chan<bool>, values: i32[]): Chan<i32> {
  const out = new Chan<i32>();
  go(() => {
    defer(() => out.close());
    while (true) {
      for (const v of values) {
        if (select(recv(done), send(out, v)) == 0) return;
      }
    }
  });
  return out;
}

function take(done: Chan<bool>, inp: Chan<i32>, n: i32): Chan<i32> {
  const out = new Chan<i32>();
  go(() => {
    defer(() => out.close());
    for (let i = 0; i < n; i++) {
      if (select(recv(done), send(out, inp.recv())) == 0) return;
    }
  });
  return out;
}

// @wasmexport generators_take
function main(): void {
  const done = new Chan<bool>();
  defer(() => done.close());
  let line = "";
  for (const v of take(done, repeat(done, [1, 2, 3]), 10)) line += `${v} `;
  println(line);
}
