// A runtime error in a goroutine, in Go's words: an index past the end of an array.
import { go, Chan } from "ts-wasmexport";

function lookup(table: i32[], keys: Chan<i32>, out: Chan<i32>): void {
  for (const k of keys) out.send(table[k]);
}

// @wasmexport main
export function main(): void {
  const keys = new Chan<i32>();
  const out = new Chan<i32>();
  go(lookup, [10, 20, 30], keys, out);
  for (let k = 0; k < 6; k += 2) {
    keys.send(k);
    console.log(out.recv().toString());
  }
}
