import { go, Chan } from "ts-wasmexport";
import { println } from "./fmt";

// @wasmexport labeled_loops
function main(): void {
  const grid = new Chan<i32[]>();
  go(() => {
    for (let r = 0; r < 4; r++) {
      for (let c = 0; c < 4; c++) grid.send([r, c]);
    }
    grid.close();
  });
  const cells: i32[][] = [];
  for (const cell of grid) cells.push(cell);

  const found = new Chan<i32>(16);
  let pairs = 0;
  outer: for (let i = 0; i < 4; i++) {
    for (let j = 0; j < 4; j++) {
      if (j > i) continue outer;
      if (i == 3 && j == 2) break outer;
      found.send(i * 10 + j);
      pairs++;
    }
  }
  found.close();
  let line = "";
  for (const v of found) line += `${v} `;
  println(`${cells.length} ${pairs}`);
  println(line);

  const vals = new Chan<i32>();
  go(() => {
    for (const v of [3, 1, -1, 4, 0, 5, 9]) vals.send(v);
    vals.close();
  });
  let sum = 0;
  loop: while (true) {
    const [v, ok] = vals.recvOk();
    switch (true) {
      case !ok:
        break loop;
      case v < 0:
        continue loop;
      case v == 0:
        println("zero seen");
    }
    sum += v;
  }
  println(`sum ${sum}`);
}
