import { Chan } from "ts-wasmexport";
import { println } from "./fmt";

// @wasmexport labeled_range_chan
function main(): void {
  const rows = [[1, 2, -1, 4], [5, 6], [7, -1, 9], [10]];
  let found = 0;
  let skipped = 0;
  rowsLoop: for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    const ch = new Chan<i32>(row.length);
    for (const v of row) ch.send(v);
    ch.close();
    for (const v of ch) {
      if (v < 0) {
        skipped += ch.length;
        continue rowsLoop;
      }
      if (v == 10) {
        println(`ten found in row ${r}`);
        break rowsLoop;
      }
      found += v;
    }
    println(`row ${r} complete`);
  }
  println(`found ${found} skipped ${skipped}`);
}
