import { Chan } from "ts-wasmexport";
import { println } from "./fmt";

class Base {
  next(): i32 {
    return 1;
  }
}

class Queued extends Base {
  constructor(public c: Chan<i32>) {
    super();
  }
  next(): i32 {
    return this.c.recv();
  }
}

function total(s: Base, n: i32): i32 {
  let t = 0;
  for (let i = 0; i < n; i++) t += s.next();
  return t;
}

// @wasmexport override_blocking
function main(): void {
  const c = new Chan<i32>(3);
  c.send(10);
  c.send(20);
  c.send(30);
  const a = total(new Base(), 3);
  println(`${a} ${total(new Queued(c), 3)}`);
}
