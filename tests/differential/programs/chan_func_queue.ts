import { go, Chan } from "ts-wasmexport";
import { println } from "./fmt";

// @wasmexport chan_func_queue
function main(): void {
  const work = new Chan<() => void>(4);
  const done = new Chan<bool>();
  let total = 0;
  go(() => {
    for (const f of work) f();
    done.send(true);
  });
  for (let i = 1; i <= 4; i++) work.send(() => { total += i * i; });
  work.close();
  done.recv();
  println(`total ${total}`);
}
