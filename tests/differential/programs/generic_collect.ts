import { Chan } from "ts-wasmexport";
import { println } from "./fmt";

function collect<T>(c: Chan<T>): T[] {
  const out: T[] = [];
  for (const v of c) out.push(v);
  return out;
}

// @wasmexport generic_collect
function main(): void {
  const nums = new Chan<i32>(3);
  const words = new Chan<string>(2);
  nums.send(1);
  nums.send(2);
  nums.send(3);
  nums.close();
  words.send("x");
  words.send("y");
  words.close();
  const a = collect<i32>(nums);
  const b = collect<string>(words);
  println(`[${a.join(" ")}] [${b.join(" ")}]`);
}
