import { Chan } from "ts-wasmexport";
import { println } from "./fmt";

// @wasmexport index_out_of_range
function main(): void {
  const xs = [1, 2, 3];
  const idx = new Chan<i32>(2);
  idx.send(1);
  idx.send(5);
  println(`${xs[idx.recv()]}`);
  println(`${xs[idx.recv()]}`);
}
