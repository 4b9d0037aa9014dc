import { go, Chan } from "ts-wasmexport";
import { println } from "./fmt";

class Indexed {
  constructor(public i: i32, public v: string) {}
}

function work(n: i32): string {
  let s = "";
  for (let k = 0; k < (n % 4) + 1; k++) s += String.fromCharCode(0x61 + ((n + k) % 26));
  return s;
}

// @wasmexport results_ordered
function main(): void {
  const inputs = [7, 3, 12, 25, 0, 9];
  const results = new Chan<Indexed | null>();
  for (let i = 0; i < inputs.length; i++) {
    const n = inputs[i];
    go(() => results.send(new Indexed(i, work(n))));
  }
  const ordered = new Array<string>(inputs.length);
  for (let k = 0; k < inputs.length; k++) {
    const r = results.recv()!;
    ordered[r.i] = r.v;
  }
  for (let i = 0; i < ordered.length; i++) println(`${i} ${inputs[i]} ${ordered[i]}`);
}
