import { go, Chan, select, recv } from "ts-wasmexport";
import { println } from "./fmt";

function count(from: i32, to: i32): Chan<i32> {
  const out = new Chan<i32>();
  go(() => {
    for (let i = from; i < to; i++) out.send(i);
    out.close();
  });
  return out;
}

// @wasmexport nil_merge
function main(): void {
  let a = <Chan<i32> | null>count(0, 5);
  let b = <Chan<i32> | null>count(100, 103);
  let sumA = 0;
  let sumB = 0;
  let n = 0;
  let closed = 0;
  while (a != null || b != null) {
    select(
      recv(a, (v: i32, ok: bool) => {
        if (!ok) {
          a = null;
          closed++;
          return;
        }
        sumA += v;
        n++;
      }),
      recv(b, (v: i32, ok: bool) => {
        if (!ok) {
          b = null;
          closed++;
          return;
        }
        sumB += v;
        n++;
      }),
    );
  }
  println(`${n} ${sumA} ${sumB} closed ${closed}`);
}
