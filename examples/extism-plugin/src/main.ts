// An Extism plug-in written in the dialect: count_words reads the input through the Extism
// kernel's imports, counts words in chunks on goroutines, and sets the count, in decimal, as
// the output.
import { go, Chan, WaitGroup } from "ts-wasmexport";

// @wasmimport extism:host/env input_length
declare function inputLength(): i64;

// @wasmimport extism:host/env input_load_u8
declare function inputLoadU8(offset: i64): i32;

// @wasmimport extism:host/env alloc
declare function alloc(length: i64): i64;

// @wasmimport extism:host/env store_u8
declare function storeU8(address: i64, value: i32): void;

// @wasmimport extism:host/env output_set
declare function outputSet(address: i64, length: i64): void;

function isSpace(c: i32): bool {
  return c == 32 || c == 9 || c == 10 || c == 13 || c == 11 || c == 12;
}

// Words that start in [from, to): a non-space byte whose predecessor is a space or the start.
function countChunk(bytes: Array<i32>, from: i32, to: i32, counts: Chan<i32>, wg: WaitGroup): void {
  let n: i32 = 0;
  for (let i = from; i < to; i++) {
    if (!isSpace(bytes[i]) && (i == 0 || isSpace(bytes[i - 1]))) n++;
  }
  counts.send(n);
  wg.done();
}

const CHUNK: i32 = 64;

// @wasmexport count_words
export function countWords(): i32 {
  const length = <i32>inputLength();
  const bytes = new Array<i32>(length);
  for (let i = 0; i < length; i++) bytes[i] = inputLoadU8(<i64>i);

  const chunks = (length + CHUNK - 1) / CHUNK;
  const counts = new Chan<i32>(chunks + 1);
  const wg = new WaitGroup();
  for (let c = 0; c < chunks; c++) {
    wg.add(1);
    const from = c * CHUNK;
    const to = from + CHUNK < length ? from + CHUNK : length;
    go(countChunk, bytes, from, to, counts, wg);
  }
  go(() => {
    wg.wait();
    counts.close();
  });
  let words: i32 = 0;
  for (const n of counts) words += n;

  const text = words.toString();
  const address = alloc(<i64>text.length);
  for (let i = 0; i < text.length; i++) storeU8(address + <i64>i, text.charCodeAt(i));
  outputSet(address, <i64>text.length);
  return 0;
}
