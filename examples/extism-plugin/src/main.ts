// An Extism plug-in written in the dialect: count_words takes its input as bytes (./extism.ts
// reads it from the Extism kernel), counts words in chunks on goroutines, and sets the count,
// in decimal, as its output; shout takes it as a string and answers it in capitals.
import { go, Chan, WaitGroup } from "ts-wasmexport";
import { input, inputString, outputString } from "./extism";

function isSpace(c: u8): bool {
  return c == 32 || c == 9 || c == 10 || c == 13 || c == 11 || c == 12;
}

// Words that start in [from, to): a non-space byte whose predecessor is a space or the start.
function countChunk(bytes: Uint8Array, from: i32, to: i32, counts: Chan<i32>, wg: WaitGroup): void {
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
  const bytes = input();
  const length = bytes.length;
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
  outputString(words.toString());
  return 0;
}

// @wasmexport shout
export function shout(): i32 {
  outputString(inputString().toUpperCase() + "!");
  return 0;
}
