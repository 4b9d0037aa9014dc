import { go, Chan, select, recv } from "ts-wasmexport";
import { println } from "./fmt";

function produce(from: i32, n: i32): Chan<i32> {
  const out = new Chan<i32>(4);
  go(() => {
    for (let i = 0; i < n; i++) out.send(from + i);
    out.close();
  });
  return out;
}

// @wasmexport merge_large
function main(): void {
  let a = <Chan<i32> | null>produce(0, 50000);
  let b = <Chan<i32> | null>produce(1000000, 30000);
  let c = <Chan<i32> | null>produce(5000000, 1);
  let sum: i64 = 0;
  let count = 0;
  while (a != null || b != null || c != null) {
    let received = true;
    select(
      recv(a, (v: i32, ok: bool) => {
        if (!ok) {
          a = null;
          received = false;
          return;
        }
        sum += v;
      }),
      recv(b, (v: i32, ok: bool) => {
        if (!ok) {
          b = null;
          received = false;
          return;
        }
        sum += v;
      }),
      recv(c, (v: i32, ok: bool) => {
        if (!ok) {
          c = null;
          received = false;
          return;
        }
        sum += v;
      }),
    );
    if (received) count++;
  }
  println(`${count} ${sum}`);
}
