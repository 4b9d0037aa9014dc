import { go, Chan } from "ts-wasmexport";
import { println } from "./fmt";

class Tree {
  left: Tree | null = null;
  right: Tree | null = null;
  constructor(public value: i32) {}

  insert(v: i32): void {
    if (v < this.value) {
      const left = this.left;
      if (left == null) this.left = new Tree(v);
      else left.insert(v);
    } else {
      const right = this.right;
      if (right == null) this.right = new Tree(v);
      else right.insert(v);
    }
  }

  walk(ch: Chan<i32>): void {
    const left = this.left;
    if (left != null) left.walk(ch);
    ch.send(this.value);
    const right = this.right;
    if (right != null) right.walk(ch);
  }

  walkReverse(ch: Chan<i32>, depth: i32): void {
    const right = this.right;
    if (right != null) right.walkReverse(ch, depth + 1);
    ch.send(this.value * 100 + depth);
    const left = this.left;
    if (left != null) left.walkReverse(ch, depth + 1);
  }
}

// @wasmexport tree_methods
function main(): void {
  const root = new Tree(50);
  for (const v of [30, 70, 20, 40, 60, 80, 35]) root.insert(v);
  const ch = new Chan<i32>();
  go(() => {
    root.walk(ch);
    root.walkReverse(ch, 0);
    ch.close();
  });
  let line = "";
  for (const v of ch) line += `${v} `;
  println(line);
}
