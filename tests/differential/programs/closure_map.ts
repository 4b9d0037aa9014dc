import { go, Chan } from "ts-wasmexport";
import { println } from "./fmt";

// @wasmexport closure_map
function main(): void {
  const results = new Chan<i32[]>();
  for (let k = 1; k <= 3; k++) {
    go(() => {
      results.send([1, 2, 3].map<i32>((x: i32): i32 => x * k));
    });
  }
  let sum = 0;
  for (let i = 0; i < 3; i++) {
    for (const v of results.recv()) sum += v;
  }
  println(`sum ${sum}`);
}
