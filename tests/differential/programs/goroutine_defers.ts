import { go, Chan, WaitGroup, defer } from "ts-wasmexport";
import { println } from "./fmt";

// @wasmexport goroutine_defers
function main(): void {
  const wg = new WaitGroup();
  const events = new Chan<string>(50);
  const tokens = new Chan<i32>(3);
  for (let i = 1; i <= 3; i++) tokens.send(i * 100);
  for (const name of ["a", "b", "c"]) {
    wg.add(1);
    go(() => {
      defer(() => wg.done());
      defer(() => {
        tokens.recv();
        events.send(`${name} returned a token`);
      });
      for (let v = 0; v < 4; v++) {
        if (v == 2 && name == "b") {
          events.send(`${name} stops early`);
          return;
        }
        events.send(`${name} step ${v}`);
      }
    });
  }
  wg.wait();
  events.close();
  const lines: string[] = [];
  for (const e of events) lines.push(e);
  lines.sort();
  for (const l of lines) println(l);
  println(`tokens left ${tokens.length}`);
}
