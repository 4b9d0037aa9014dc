import { go, Chan } from "ts-wasmexport";
import { println } from "./fmt";

// @wasmexport capture_after_go
function main(): void {
  let msg = "before";
  const start = new Chan<bool>();
  const got = new Chan<string>();
  go(() => {
    start.recv();
    got.send(msg);
  });
  msg = "after";
  start.send(true);
  println(got.recv());
  let count = 0;
  const done = new Chan<bool>();
  for (let i = 0; i < 3; i++) {
    go(() => {
      count += i;
      done.send(true);
    });
    done.recv();
  }
  println(`count ${count}`);
}
