import { go, Chan } from "ts-wasmexport";
import { println } from "./fmt";

interface Source {
  next(): i32;
}

class ChanSource implements Source {
  constructor(public c: Chan<i32>) {}
  next(): i32 {
    return this.c.recv();
  }
}

class Counter implements Source {
  n: i32 = 0;
  next(): i32 {
    this.n++;
    return this.n;
  }
}

function sum(s: Source, n: i32): i32 {
  let t = 0;
  for (let i = 0; i < n; i++) t += s.next();
  return t;
}

// @wasmexport interface_blocking
function main(): void {
  const c = new Chan<i32>();
  go(() => {
    for (let i = 100; ; i++) c.send(i);
  });
  const a = sum(new ChanSource(c), 3);
  println(`${a} ${sum(new Counter(), 3)}`);
}
