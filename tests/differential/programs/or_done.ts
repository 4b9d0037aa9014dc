import { go, Chan, select, recv, send, defer } from "ts-wasmexport";
import { println } from "./fmt";

function orDone(done: Chan<bool>, c: Chan<i32>): Chan<i32> {
  const out = new Chan<i32>();
  go(() => {
    defer(() => out.close());
    while (true) {
      let stop = false;
      select(
        recv(done, () => { stop = true; }),
        recv(c, (v: i32, ok: bool) => {
          if (!ok) {
            stop = true;
            return;
          }
          select(send(out, v), recv(done, () => { stop = true; }));
        }),
      );
      if (stop) return;
    }
  });
  return out;
}

function naturals(): Chan<i32> {
  const out = new Chan<i32>();
  go(() => {
    for (let i = 1; ; i++) out.send(i);
  });
  return out;
}

// @wasmexport or_done
function main(): void {
  const done = new Chan<bool>();
  let sum = 0;
  for (const v of orDone(done, naturals())) {
    sum += v;
    if (v == 10) {
      done.close();
      break;
    }
  }
  println(`sum ${sum}`);
  const short = new Chan<i32>(3);
  short.send(7);
  short.send(8);
  short.close();
  for (const v of orDone(new Chan<bool>(), short)) println(`got ${v}`);
}
