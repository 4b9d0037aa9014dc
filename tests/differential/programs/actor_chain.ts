import { go, Chan } from "ts-wasmexport";
import { println } from "./fmt";

class Stage {
  in: Chan<i32> = new Chan<i32>();
  count: i32 = 0;
  constructor(public name: string, public next: Stage | null) {}

  run(done: Chan<string>): void {
    for (const v of this.in) {
      this.count++;
      const next = this.next;
      if (next != null) next.forward(v + this.name.length);
    }
    const next = this.next;
    if (next != null) next.in.close();
    done.send(`${this.name} saw ${this.count}`);
  }

  forward(v: i32): void {
    if (v % 2 == 0) {
      this.in.send(v);
      return;
    }
    this.in.send(v * 10);
  }
}

// @wasmexport actor_chain
function main(): void {
  const c = new Stage("ccc", null);
  const b = new Stage("bb", c);
  const a = new Stage("a", b);
  const done = new Chan<string>();
  for (const s of [a, b, c]) go(() => s.run(done));
  for (let i = 0; i < 5; i++) a.forward(i);
  a.in.close();
  // a, b and c finish one after another, but their done sends may race.
  const lines = [done.recv(), done.recv(), done.recv()];
  lines.sort();
  for (const l of lines) println(l);
}
