import { defer, recover, panic } from "ts-wasmexport";
import { println } from "./fmt";

// A function that recovers returns its zero result: "" for a string, an empty array for a
// slice, null for an object (Go's nil).
class Point {
  constructor(public x: i32) {}
}

function name(fail: bool): string {
  defer(() => { recover(); });
  if (fail) panic("no name");
  return "ada";
}

function items(fail: bool): i32[] {
  defer(() => { recover(); });
  if (fail) panic("no items");
  return [1, 2];
}

function origin(fail: bool): Point | null {
  defer(() => { recover(); });
  if (fail) panic("no point");
  return new Point(3);
}

// @wasmexport recover_zero_results
function main(): void {
  println(`"${name(false)}" "${name(true)}"`);
  println(`${items(false).length} ${items(true).length}`);
  println(`${origin(false)!.x} ${origin(true) == null}`);
}
