import { Chan } from "ts-wasmexport";
import { println } from "./fmt";

class Point {
  constructor(public x: i32, public y: i32) {}
}

class Builder {
  parts: string[] = [];
  add(n: i32): Builder {
    this.parts.push(`${n}`);
    return this;
  }
}

// @wasmexport blocking_operands
function main(): void {
  const ch = new Chan<i32>(50);
  for (let i = 1; i <= 50; i++) ch.send(i);
  const arr = new Array<i32>(10);
  arr[ch.recv()] = ch.recv();
  println(`arr [${arr.join(" ")}]`);
  arr[2] += ch.recv() * 10;
  println(`arr[2] ${arr[2]}`);
  const p = new Point(ch.recv(), ch.recv());
  println(`point ${p.x} ${p.y}`);
  const b = new Builder();
  b.add(ch.recv()).add(ch.recv()).add(-ch.recv());
  println(`built ${b.parts.join(",")}`);
  const neg = -ch.recv();
  println(`neg ${neg}`);
  const flags = new Chan<bool>(2);
  flags.send(false);
  flags.send(true);
  const n1 = !flags.recv();
  println(`not ${n1} ${!flags.recv()}`);
  let kind: string;
  const v = ch.recv();
  if (v % 3 == 0) {
    kind = "fizz";
  } else {
    const w = ch.recv();
    if (w % 3 == 0) kind = `second fizz ${v} ${w}`;
    else kind = "none";
  }
  println(`kind ${kind}`);
  let total = 0;
  for (let i = 0; i < 6; i++) {
    const v = ch.recv();
    switch (true) {
      case v % 5 == 0:
        continue;
      case v % 7 == 0:
        break;
      default:
        total += v;
    }
    total += 1000;
  }
  println(`total ${total} left ${ch.length}`);
}
