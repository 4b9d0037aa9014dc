import { go, Chan } from "ts-wasmexport";
import { println } from "./fmt";

class Tree {
  constructor(public left: Tree | null, public value: i32, public right: Tree | null) {}
}

function insert(t: Tree | null, v: i32): Tree {
  if (t == null) return new Tree(null, v, null);
  if (v < t.value) t.left = insert(t.left, v);
  else t.right = insert(t.right, v);
  return t;
}

function newTree(k: i32, order: i32[]): Tree | null {
  let t: Tree | null = null;
  for (const v of order) t = insert(t, v * k);
  return t;
}

function walk(t: Tree | null, ch: Chan<i32>): void {
  if (t == null) return;
  walk(t.left, ch);
  ch.send(t.value);
  walk(t.right, ch);
}

function walkAll(t: Tree | null, ch: Chan<i32>): void {
  walk(t, ch);
  ch.close();
}

function same(t1: Tree | null, t2: Tree | null): bool {
  const c1 = new Chan<i32>();
  const c2 = new Chan<i32>();
  go(walkAll, t1, c1);
  go(walkAll, t2, c2);
  while (true) {
    const [v1, ok1] = c1.recvOk();
    const [v2, ok2] = c2.recvOk();
    if (ok1 != ok2 || v1 != v2) return false;
    if (!ok1) return true;
  }
}

// @wasmexport equivalent_trees
function main(): void {
  const ch = new Chan<i32>();
  go(walkAll, newTree(1, [5, 3, 8, 1, 4, 7, 9, 2, 6, 10]), ch);
  let line = "";
  for (const v of ch) line += `${v} `;
  println(line);
  println(`${same(newTree(1, [5, 3, 8, 1, 4, 7, 9, 2, 6, 10]), newTree(1, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]))}`);
  println(`${same(newTree(1, [5, 3, 8]), newTree(2, [5, 3, 8]))}`);
  println(`${same(newTree(1, [1, 2]), newTree(1, [1, 2, 3]))}`);
}
