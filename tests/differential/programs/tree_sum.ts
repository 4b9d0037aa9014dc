import { go, Chan } from "ts-wasmexport";
import { println } from "./fmt";

class Node {
  constructor(public value: i32, public left: Node | null, public right: Node | null) {}
}

function build(lo: i32, hi: i32): Node | null {
  if (lo > hi) return null;
  const mid = (lo + hi) / 2;
  return new Node(mid, build(lo, mid - 1), build(mid + 1, hi));
}

function sum(n: Node | null, out: Chan<i32>): void {
  if (n == null) {
    out.send(0);
    return;
  }
  const left = new Chan<i32>();
  const right = new Chan<i32>();
  go(sum, n.left, left);
  go(sum, n.right, right);
  out.send(n.value + left.recv() + right.recv());
}

function depth(n: Node | null): i32 {
  if (n == null) return 0;
  return 1 + max(depth(n.left), depth(n.right));
}

// @wasmexport tree_sum
function main(): void {
  const root = build(1, 100);
  const out = new Chan<i32>();
  go(sum, root, out);
  println(`sum ${out.recv()} depth ${depth(root)}`);
}
