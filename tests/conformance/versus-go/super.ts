// super.get() where get blocks: the base class's method runs on the same object.
import { go, Chan } from "ts-wasmexport";

class Box {
  ch: Chan<i32>;
  constructor(ch: Chan<i32>) {
    this.ch = ch;
  }
  get(): i32 {
    return this.ch.recv();
  }
}

class Sub extends Box {
  twice(): i32 {
    return super.get() * 2;
  }
}

// @wasmexport main
export function main(): void {
  const ch = new Chan<i32>();
  go(() => {
    for (let i = 1; i <= 3; i++) ch.send(i);
  });
  const s = new Sub(ch);
  console.log(s.twice().toString());
  console.log((s.get() + s.twice()).toString());
}
