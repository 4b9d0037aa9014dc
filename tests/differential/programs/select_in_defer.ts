import { Chan, select, send, otherwise, defer } from "ts-wasmexport";
import { println } from "./fmt";

function work(results: Chan<i32>, overflow: Chan<i32>, n: i32): void {
  defer(() => {
    select(
      send(results, n * n, () => { println(`delivered ${n}`); }),
      otherwise(() => {
        overflow.send(n);
        println(`overflowed ${n}`);
      }),
    );
  });
  println(`working on ${n}`);
}

// @wasmexport select_in_defer
function main(): void {
  const results = new Chan<i32>(2);
  const overflow = new Chan<i32>(10);
  for (let n = 1; n <= 4; n++) work(results, overflow, n);
  results.close();
  overflow.close();
  for (const r of results) println(`result ${r}`);
  for (const o of overflow) println(`overflow ${o}`);
}
