import { go, Chan } from "ts-wasmexport";
import { println } from "./fmt";

function slowSquare(n: i32): Chan<i32> {
  const f = new Chan<i32>(1);
  go(() => {
    let s = 0;
    for (let i = 0; i < n; i++) s += n;
    f.send(s);
  });
  return f;
}

function sumAsync(a: Chan<i32>, b: Chan<i32>): Chan<i32> {
  const f = new Chan<i32>(1);
  go(() => f.send(a.recv() + b.recv()));
  return f;
}

// @wasmexport futures
function main(): void {
  const futures: Chan<i32>[] = [];
  for (let i = 1; i <= 5; i++) futures.push(slowSquare(i));
  for (let i = 0; i < futures.length; i++) println(`${i + 1} squared is ${futures[i].recv()}`);
  println(`3²+4² = ${sumAsync(slowSquare(3), slowSquare(4)).recv()}`);
}
