import { Chan } from "ts-wasmexport";
import { println } from "./fmt";

class Box {
  constructor(public items: string[]) {}
}

// @wasmexport blocking_member_call
function main(): void {
  const sc = new Chan<string>(1);
  sc.send("hello, world");
  println(`${sc.recv().length.toString().length}`);
  const boxes = new Chan<Box | null>(1);
  boxes.send(new Box(["x", "y", "z"]));
  println(boxes.recv()!.items.join(","));
}
