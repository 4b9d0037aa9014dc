// Run-time aborts report the line and column of this file, not of the lowered code:
// in a function that blocks (lowered to a state machine) and in one that does not.
import { go, Chan } from "ts-wasmexport";

class Node {
  next: Node | null = null;
  value: i32 = 0;
}

function worker(ch: Chan<i32>): void {
  const v = ch.recv();
  assert(v <= 3, "too big");
  ch.send(v);
  if (v == 3) {
    const w = ch.recv();
    if (w > 3) throw new Error("far too big");
  }
}

// @wasmexport blocking
export function blocking(n: i32): i32 {
  const ch = new Chan<i32>();
  go(worker, ch);
  ch.send(n);
  const r = ch.recv();
  if (r == 3) ch.send(n + 10);
  return r;
}

// @wasmexport plain
export function plain(n: i32): i32 {
  assert(n < 3, "n too large");
  return n;
}

// @wasmexport null_field
export function nullField(n: i32): i32 {
  const head = new Node();
  let node = head;
  for (let i = 0; i < n; i++) node = node.next!;
  return node.value;
}

// @wasmexport index
export function index(i: i32): i32 {
  const a: i32[] = [1, 2, 3];
  return a[i];
}

// @wasmexport static_index
export function staticIndex(i: i32): i32 {
  const a = new StaticArray<i32>(3);
  return a[i];
}

// @wasmexport holey
export function holey(n: i32): i32 {
  const a = new Array<string>(n);
  return a[0].length;
}

// @wasmexport typed_set
export function typedSet(i: i32): i32 {
  const a = new Uint8Array(2);
  a[i] = 1;
  return a[0];
}

// @wasmexport set_negative
export function setNegative(i: i32): i32 {
  const a: i32[] = [1, 2, 3];
  a[i] = 7;
  return a.length;
}

// @wasmexport blocking_index
export function blockingIndex(i: i32): i32 {
  const c = new Chan<i32>(1);
  c.send(i);
  const a: i32[] = [1, 2, 3];
  return a[c.recv()];
}
