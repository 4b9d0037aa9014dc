import { go, Chan } from "ts-wasmexport";
import { println } from "./fmt";

class Server {
  reqs: Chan<i32> = new Chan<i32>();
  total: i32 = 0;
  done: Chan<bool> = new Chan<bool>();
  constructor(public name: string) {}

  start(): void {
    go(() => {
      for (const r of this.reqs) this.total += r;
      this.done.send(true);
    });
  }
}

// @wasmexport this_in_go
function main(): void {
  const s = new Server("adder");
  s.start();
  for (let i = 1; i <= 4; i++) s.reqs.send(i);
  s.reqs.close();
  s.done.recv();
  println(`${s.name} ${s.total}`);
}
