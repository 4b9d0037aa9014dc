import { go, WaitGroup, defer } from "ts-wasmexport";
import { println } from "./fmt";

// @wasmexport matrix_rows
function main(): void {
  const n = 4;
  const a: i32[][] = [];
  const b: i32[][] = [];
  const c: i32[][] = [];
  for (let i = 0; i < n; i++) {
    a.push(new Array<i32>(n));
    b.push(new Array<i32>(n));
    c.push(new Array<i32>(n));
    for (let j = 0; j < n; j++) {
      a[i][j] = i + j;
      b[i][j] = i - j;
    }
  }
  const wg = new WaitGroup();
  for (let i = 0; i < n; i++) {
    wg.add(1);
    go((row: i32) => {
      defer(() => wg.done());
      for (let j = 0; j < n; j++) {
        let s = 0;
        for (let k = 0; k < n; k++) s += a[row][k] * b[k][j];
        c[row][j] = s;
      }
    }, i);
  }
  wg.wait();
  for (const row of c) println(`${row[0]} ${row[1]} ${row[2]} ${row[3]}`);
}
