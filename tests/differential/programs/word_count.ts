import { go, Chan } from "ts-wasmexport";
import { println } from "./fmt";

function count(text: string, out: Chan<Map<string, i32> | null>): void {
  const m = new Map<string, i32>();
  for (const w of text.split(" ")) {
    if (w.length == 0) continue;
    const k = w.toLowerCase();
    m.set(k, (m.has(k) ? m.get(k) : 0) + 1);
  }
  out.send(m);
}

let total = new Map<string, i32>();

function byCount(a: string, b: string): i32 {
  const na = total.get(a);
  const nb = total.get(b);
  if (na != nb) return nb - na;
  return a < b ? -1 : a > b ? 1 : 0;
}

// @wasmexport word_count
function main(): void {
  const docs = ["the quick brown fox", "The lazy dog and the fox", "a dog a cat a FOX"];
  const partial = new Chan<Map<string, i32> | null>();
  for (const d of docs) go(count, d, partial);
  for (let i = 0; i < docs.length; i++) {
    const m = partial.recv()!;
    const keys = m.keys();
    for (const w of keys) total.set(w, (total.has(w) ? total.get(w) : 0) + m.get(w));
  }
  const words = total.keys();
  words.sort(byCount);
  for (const w of words) println(`${w} ${total.get(w)}`);
}
