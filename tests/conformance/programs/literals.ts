// Global array literals live in the data segment, outside the heap, yet they can be made to
// hold heap objects: a push moves the buffer to the heap, and an element can be set. The
// collector must trace them (and never free them) while collections run.
class Item {
  constructor(public v: i32) {}
}
const grown: Item[] = [];
const fixed: Array<Item | null> = [null, null, null];
const words: string[] = ["a", "b"];

// @wasmexport fill
export function fill(n: i32): i32 {
  for (let i = 0; i < n; i++) {
    grown.push(new Item(i));
    fixed[i % 3] = new Item(i);
    if (i % 100 == 0) words.push("w" + i.toString());
    // Garbage, so that collections run meanwhile.
    const g = new Array<i32>(64);
    g[0] = i;
  }
  return grown.length;
}

// @wasmexport check
export function check(): i64 {
  let s: i64 = 0;
  for (let i = 0; i < grown.length; i++) s += grown[i].v;
  for (let i = 0; i < 3; i++) s += fixed[i]!.v;
  for (let i = 0; i < words.length; i++) s += words[i].length;
  return s;
}
