// The Go tour's binary tree walk: a recursive blocking function whose nullable parameter is
// narrowed by `if (t == null) return`, sending every value in order on a channel.
import { go, Chan } from "ts-wasmexport";

class Tree {
  left: Tree | null = null;
  right: Tree | null = null;
  constructor(public value: i32) {}
}

function insert(t: Tree | null, v: i32): Tree {
  if (t == null) return new Tree(v);
  if (v < t.value) t.left = insert(t.left, v);
  else t.right = insert(t.right, v);
  return t;
}

function walk(t: Tree | null, ch: Chan<i32>): void {
  if (t == null) return;
  walk(t.left, ch);
  ch.send(t.value);
  walk(t.right, ch);
}

function walkAll(t: Tree, ch: Chan<i32>): void {
  walk(t, ch);
  ch.close();
}

// Inserts 0 … n-1 in a scrambled order and answers whether the walk gives them back sorted.
// @wasmexport sorted
export function sorted(n: i32): bool {
  let root = new Tree((n / 2) as i32);
  for (let i = 0; i < n; i++) {
    const v = (i * 7919) % n;
    if (v != n / 2) root = insert(root, v);
  }
  const ch = new Chan<i32>();
  go(walkAll, root, ch);
  let expected = 0;
  for (const v of ch) {
    if (v != expected) return false;
    expected++;
  }
  return expected == n;
}
