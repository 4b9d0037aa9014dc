import { Chan } from "ts-wasmexport";
import { println } from "./fmt";

// @wasmexport div_by_zero
function main(): void {
  const divisors = new Chan<i32>(2);
  divisors.send(4);
  divisors.send(0);
  for (let i = 0; i < 2; i++) {
    const d = divisors.recv();
    println(`${100 / d}`);
  }
}
