import { Chan } from "ts-wasmexport";
import { println } from "./fmt";

// Integer division at the edges, with divisors that come through a channel (not constants).
// @wasmexport div_wraps
function main(): void {
  const ds = new Chan<i32>(4);
  ds.send(-1);
  ds.send(7);
  const m1 = ds.recv();
  const seven = ds.recv();
  const min32: i32 = i32.MIN_VALUE;
  const min64: i64 = i64.MIN_VALUE;
  println(`${min32 / m1} ${min32 % m1} ${min64 / <i64>m1} ${min64 % <i64>m1}`);
  println(`${-7 / seven} ${-7 % seven} ${<u32>4000000000 / <u32>seven}`);
  const zeros = new Chan<i64>(1);
  zeros.send(0);
  println(`${<i64>1 % zeros.recv()}`);
}
