// A go() closure inside a generic function that does not block itself.
import { go, Chan } from "ts-wasmexport";

function relay<T>(inp: Chan<T>): Chan<T> {
  const out = new Chan<T>();
  go(() => {
    for (const v of inp) out.send(v);
    out.close();
  });
  return out;
}

// @wasmexport main
export function main(): void {
  const nums = new Chan<i32>();
  go(() => {
    for (let i = 1; i <= 4; i++) nums.send(i * i);
    nums.close();
  });
  for (const v of relay<i32>(relay<i32>(nums))) console.log(v.toString());
  const words = new Chan<string>(3);
  words.send("a");
  words.send("b");
  words.close();
  for (const w of relay<string>(words)) console.log(w);
}
