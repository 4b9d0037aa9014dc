import { Chan } from "ts-wasmexport";
import { println } from "./fmt";

class Tag {
  constructor(public label: string) {}
}

class Item {
  tag: Tag | null = null;
  next: Item | null = null;
  constructor(public n: i32) {}
  report(log: string[]): void {
    log.push(`item ${this.n}`);
  }
}

// ?., ?? and ??= in a function that blocks (they are lowered there too, around parks).
function walk(items: Chan<Item | null>, out: Chan<string>): string {
  let first: string | null = null;
  const log: string[] = [];
  for (const it of items) {
    const label = it?.tag?.label ?? "untagged";
    const after = it?.next?.n ?? -1;
    first ??= label;
    out.send(`${label} ${after}`);
    it?.report(log);
  }
  out.send(log.join(","));
  out.close();
  return first ?? "none";
}

// @wasmexport nullish_blocking
function main(): void {
  const items = new Chan<Item | null>(4);
  const a = new Item(1);
  a.tag = new Tag("red");
  a.next = new Item(2);
  const b = new Item(3);
  items.send(a);
  items.send(null);
  items.send(b);
  items.close();
  const out = new Chan<string>(10);
  const first = walk(items, out);
  for (const line of out) println(line);
  println(`first ${first}`);
}
