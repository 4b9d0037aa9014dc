// A module whose export panics: hosts read the message from linear memory after the trap.
import { panic } from "ts-wasmexport";

let calls: i32 = 0;

// @wasmexport fine
export function fine(x: i32): i32 {
  calls++;
  return x + 1;
}

// @wasmexport boom
export function boom(): void {
  calls++;
  panic("boom");
}
