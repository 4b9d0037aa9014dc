import { go, Chan } from "ts-wasmexport";
import { println } from "./fmt";

function gen(nums: i32[]): Chan<i32> {
  const out = new Chan<i32>();
  go(() => {
    for (const n of nums) out.send(n);
    out.close();
  });
  return out;
}

function sq(inp: Chan<i32>): Chan<i32> {
  const out = new Chan<i32>();
  go(() => {
    for (const n of inp) out.send(n * n);
    out.close();
  });
  return out;
}

// @wasmexport pipeline
function main(): void {
  for (const n of sq(sq(gen([1, 2, 3, 4])))) println(`${n}`);
}
