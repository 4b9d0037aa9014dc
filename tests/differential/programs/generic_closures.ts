import { println } from "./fmt";

// Closures in generic code capture values of the type parameters.
function memo<K, V>(f: (k: K) => V): (k: K) => V {
  const cache = new Map<K, V>();
  return (k: K): V => {
    if (cache.has(k)) return cache.get(k);
    const v = f(k);
    cache.set(k, v);
    return v;
  };
}

function filter<T>(xs: T[], keep: (x: T) => bool): T[] {
  const out: T[] = [];
  for (let i = 0; i < xs.length; i++) if (keep(xs[i])) out.push(xs[i]);
  return out;
}

class Stack<T> {
  items: T[] = [];
  constructor(public limit: T) {}
  pusher(): (v: T) => void {
    return (v: T): void => {
      this.items.push(v);
    };
  }
}

function counterFrom<T extends number>(start: T): () => T {
  return (): T => {
    start = <T>(start + 1);
    return start;
  };
}

let calls = 0;
function square(x: i32): i32 {
  calls++;
  return x * x;
}

// @wasmexport generic_closures
function main(): void {
  const sq = memo<i32, i32>(square);
  const a = sq(4);
  const b = sq(4);
  const c = sq(5);
  println(`${a} ${b} ${c} calls ${calls}`);
  const names = memo<i32, string>((n: i32): string => `n${n}`);
  println(`${names(7)} ${names(7)}`);
  const small = filter<i32>([5, 1, 8, 3], (x: i32): bool => x < 5);
  println(`${small.length} ${small[0]} ${small[1]}`);
  const s = new Stack<string>("z");
  const push = s.pusher();
  push("a");
  push("b");
  println(`${s.items.length} ${s.items[1]}`);
  const next = counterFrom<i64>(10);
  next();
  println(`${next()}`);
}
