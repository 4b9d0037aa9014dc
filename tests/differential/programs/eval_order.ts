import { Chan } from "ts-wasmexport";
import { println } from "./fmt";

let trace: string[] = [];

function get(ch: Chan<i32>, name: string): i32 {
  const v = ch.recv();
  trace.push(`${name}=${v}`);
  return v;
}

// @wasmexport eval_order
function main(): void {
  const ch = new Chan<i32>(100);
  for (let i = 1; i <= 100; i++) ch.send(i);
  const a = get(ch, "a") + get(ch, "b") * get(ch, "c");
  println(`a ${a}`);
  const ok = get(ch, "d") > 100 && get(ch, "never") > 0;
  println(`ok ${ok}`);
  const either = get(ch, "e") > 0 || get(ch, "never") > 0;
  println(`either ${either}`);
  const pick = get(ch, "f") % 2 == 0 ? get(ch, "g") : -get(ch, "h");
  println(`pick ${pick}`);
  const xs = [get(ch, "i"), get(ch, "j"), get(ch, "k")];
  println(`xs [${xs.join(" ")}]`);
  const s = `${get(ch, "l")}-${get(ch, "m")}`;
  println(`s ${s}`);
  println(`[${trace.join(" ")}]`);
}
