import { Chan } from "ts-wasmexport";
import { println } from "./fmt";

class Box {
  c: Chan<i32> = new Chan<i32>(2);
  get(): i32 {
    return this.c.recv();
  }
}

class Sub extends Box {
  twice(): i32 {
    return super.get() * 2;
  }
}

// @wasmexport super_blocking
function main(): void {
  const s = new Sub();
  s.c.send(21);
  s.c.send(5);
  const t = s.twice();
  println(`${t} ${s.get()}`);
}
