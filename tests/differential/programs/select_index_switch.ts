import { Chan, select, recv, otherwise } from "ts-wasmexport";
import { println } from "./fmt";

// @wasmexport select_index_switch
function main(): void {
  const nums = new Chan<i32>(3);
  const words = new Chan<string>(3);
  const quit = new Chan<bool>(1);
  nums.send(1);
  words.send("w");
  const counts = [0, 0, 0];
  for (let round = 0; round < 6; round++) {
    if (round == 4) quit.send(true);
    const chosen = select(
      recv(nums, (n: i32) => {
        if (n < 3) nums.send(n + 1);
      }),
      recv(words, (w: string) => {
        if (w.length < 2) words.send(w + "w");
      }),
      recv(quit),
      otherwise(),
    );
    switch (chosen) {
      case 3:
        println(`round ${round} nothing ready`);
        break;
      default:
        counts[chosen]++;
    }
  }
  println(`nums ${counts[0]} words ${counts[1]} quit ${counts[2]}`);
}
