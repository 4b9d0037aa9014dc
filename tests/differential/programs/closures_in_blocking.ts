import { go, Chan } from "ts-wasmexport";
import { println } from "./fmt";

class Stats {
  seen: i32 = 0;
  scale: i32 = 3;
  in: Chan<i32> = new Chan<i32>(8);

  // A blocking method that makes closures using `this` and a parameter.
  collect(n: i32, offset: i32): i32[] {
    const out: i32[] = [];
    for (let i = 0; i < n; i++) out.push(this.in.recv());
    this.seen += n;
    return out.map<i32>((v: i32): i32 => v * this.scale + offset);
  }
}

// Closures made in blocking code: captured variables are shared with the frame, even when
// assigned after the closure is made and across parks.
function run(ch: Chan<i32>): void {
  let count = 0;
  const bump = (d: i32): void => {
    count += d;
  };
  const v = ch.recv();
  bump(v);
  count *= 2;
  bump(ch.recv());
  println(`count ${count}`);
  const words = ["pear", "fig", "banana", "kiwi"];
  let calls = 0;
  const desc = ch.recv() > 0;
  words.sort((a: string, b: string): i32 => {
    calls++;
    const d = a.length - b.length;
    return desc ? -d : d;
  });
  println(`${words.join(",")} after ${calls > 0}`);
  // A closure that makes a closure.
  const adder = (k: i32): ((x: i32) => i32) => (x: i32): i32 => x + k + v;
  const add5 = adder(5);
  println(`add5 ${add5(1)}`);
}

// A parameter that a closure assigns, in a function that blocks: the frame and the closure share it.
function drain(n: i32, ch: Chan<i32>): i32 {
  const take = (d: i32): void => {
    n -= d;
  };
  take(ch.recv());
  n *= 10;
  return n;
}

// @wasmexport closures_in_blocking
function main(): void {
  const ch = new Chan<i32>(3);
  ch.send(10);
  ch.send(7);
  ch.send(1);
  run(ch);
  ch.send(4);
  println(`drain ${drain(9, ch)}`);
  const s = new Stats();
  for (let i = 1; i <= 4; i++) s.in.send(i);
  const r = s.collect(4, 100);
  println(`${r.join(" ")} seen ${s.seen}`);
  // A handler kept in a Map and called from another goroutine.
  const results = new Chan<string>();
  const prefix = "got";
  const handlers = new Map<string, (x: i32) => string>();
  handlers.set("twice", (x: i32): string => `${prefix} ${x * 2}`);
  go(() => {
    results.send(handlers.get("twice")(21));
  });
  println(results.recv());
}
