// Blocking calls in every expression position: evaluated left to right, short-circuit and
// conditional operands only when reached.
import { Chan } from "ts-wasmexport";

class Pair {
  constructor(public a: i32, public b: i32) {}
}

function say(s: string, v: i32): i32 {
  console.log(s);
  return v;
}

function put(ch: Chan<i32>, v: i32): bool {
  ch.send(v);
  return true;
}

function take(ch: Chan<i32>, tag: string): i32 {
  const v = ch.recv();
  console.log(tag + " " + v.toString());
  return v;
}

function ident<T>(a: T): T {
  return a;
}

function yes(b: bool): string {
  return b ? "true" : "false";
}

// @wasmexport main
export function main(): void {
  const ch = new Chan<i32>(16);
  const n = 2;
  const c = n > 1;
  (ch.send(1));
  ((ch.send(n)));
  false || ch.send(3);
  true && ch.send(4);
  c ? ch.send(5) : ch.send(6);
  !c ? ch.send(7) : ch.send(8);
  let s = 0;
  while (ch.length > 0) s = s * 10 + ch.recv();
  console.log(s.toString());

  const a = c || put(ch, 9);
  const b = !c || put(ch, 10);
  console.log(yes(a) + " " + yes(b) + " " + ch.length.toString());

  for (let i = 20; i < 30; i++) ch.send(i);
  const x = say("a", 1) + take(ch, "t") * say("b", 2);
  console.log(x.toString());
  console.log(`${take(ch, "u")}-${say("c", 3)}-${ch.recv()}`);
  const y = c ? take(ch, "yes") : take(ch, "no");
  const z = !c ? take(ch, "yes") : take(ch, "no");
  console.log((y + z).toString());
  console.log(ident<i32>(ch.recv()).toString());
  const arr: i32[] = [5, 6, 7, 8];
  ch.send(2);
  console.log(arr[ch.recv() - 22].toString());
  const lit: i32[] = [ch.recv(), say("d", 4), ch.recv()];
  console.log(lit.join(","));
  const p = new Pair(say("e", 5), take(ch, "f"));
  console.log((p.a * 100 + p.b).toString());
}
