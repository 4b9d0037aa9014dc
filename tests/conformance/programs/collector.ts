// The memory manager under every kind of allocation the standard library makes: objects of
// every size class and beyond, arrays that grow in place and move, maps that rehash, strings,
// and blocks freed and reused. Every value is checked when it is dropped, so a block handed
// out twice, or freed while reachable, shows as a mismatch.
import { go, Chan } from "ts-wasmexport";

let seed: u32 = 1;

function random(n: i32): i32 {
  seed = seed * 1103515245 + 12345;
  return <i32>((seed >>> 8) % <u32>n);
}

function pattern(tag: i32, i: i32): i32 {
  return tag * 31 + i * 7;
}

class Item {
  constructor(public tag: i32, public ints: i32[], public bytes: Uint8Array, public text: string) {}
}

function make(tag: i32): Item {
  // Up to 6 000 elements: small classes, and blocks of 2 KB to 32 KB.
  const n = random(4) == 0 ? random(6000) : random(40);
  const ints = new Array<i32>(n);
  for (let i = 0; i < n; i++) ints[i] = pattern(tag, i);
  const bytes = new Uint8Array(random(300));
  for (let i = 0; i < bytes.length; i++) bytes[i] = <u8>pattern(tag, i);
  return new Item(tag, ints, bytes, "item " + tag.toString());
}

function broken(item: Item): i32 {
  let bad = 0;
  for (let i = 0; i < item.ints.length; i++) if (item.ints[i] != pattern(item.tag, i)) bad++;
  for (let i = 0; i < item.bytes.length; i++) if (item.bytes[i] != <u8>pattern(item.tag, i)) bad++;
  if (item.text != "item " + item.tag.toString()) bad++;
  return bad;
}

/** Keeps `live` items and replaces one at random `rounds` times; answers how many values were wrong. */
// @wasmexport churn
export function churn(live: i32, rounds: i32): i32 {
  const items = new Array<Item>(live);
  for (let i = 0; i < live; i++) items[i] = make(i);
  let bad = 0;
  for (let r = 0; r < rounds; r++) {
    const at = random(live);
    bad += broken(items[at]);
    items[at] = make(live + r);
  }
  for (let i = 0; i < live; i++) bad += broken(items[i]);
  return bad;
}

/** An array pushed to `n` elements and a map of `n` keys, a fifth of them deleted, checked after. */
// @wasmexport grow
export function grow(n: i32): i32 {
  const list: i64[] = [];
  const map = new Map<i32, string>();
  for (let i = 0; i < n; i++) {
    list.push(<i64>i * 3);
    map.set(i, i.toString());
  }
  for (let i = 0; i < n; i += 5) map.delete(i);
  let bad = 0;
  for (let i = 0; i < n; i++) {
    if (list[i] != <i64>i * 3) bad++;
    const kept = i % 5 != 0;
    if (map.has(i) != kept || (kept && map.get(i) != i.toString())) bad++;
  }
  return bad;
}

/**
 * Arrays lengthened in place, among garbage full of -1s: the new elements must read zero
 * (the standard library leaves zeroing a grown block to this runtime's __renew).
 */
// @wasmexport stretch
export function stretch(rounds: i32): i32 {
  let bad = 0;
  for (let r = 0; r < rounds; r++) {
    const dirty = new Array<i32>(random(400));
    for (let i = 0; i < dirty.length; i++) dirty[i] = -1;
    const a = new Array<i32>(random(400));
    const n = a.length;
    a.length = n + random(64);
    for (let i = n; i < a.length; i++) if (a[i] != 0) bad++;
  }
  return bad;
}

function worker(tasks: Chan<Item>, results: Chan<i32>): void {
  for (const item of tasks) {
    results.send(broken(item));
  }
}

/** Items made by one goroutine and checked by `workers` others, `n` in all. */
// @wasmexport relay
export function relay(n: i32, workers: i32): i32 {
  const tasks = new Chan<Item>(4);
  const results = new Chan<i32>(4);
  for (let w = 0; w < workers; w++) go(worker, tasks, results);
  go(() => {
    for (let i = 0; i < n; i++) tasks.send(make(i));
    tasks.close();
  });
  let bad = 0;
  for (let i = 0; i < n; i++) bad += results.recv();
  return bad;
}
