import { Chan } from "ts-wasmexport";
import { println } from "./fmt";

class Node {
  constructor(public next: Node | null, public val: i32) {}
}

// @wasmexport optional_chaining
function main(): void {
  const nodes = new Chan<Node | null>(3);
  nodes.send(new Node(new Node(null, 2), 1));
  nodes.send(new Node(null, 3));
  nodes.send(null);
  nodes.close();
  for (const n of nodes) {
    const second = n?.next?.val ?? -1;
    println(`${second}`);
  }
}
