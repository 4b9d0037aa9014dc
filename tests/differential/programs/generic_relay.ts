import { go, Chan } from "ts-wasmexport";
import { println } from "./fmt";

function relay<T>(inp: Chan<T>): Chan<T> {
  const out = new Chan<T>();
  go(() => {
    for (const v of inp) out.send(v);
    out.close();
  });
  return out;
}

// @wasmexport generic_relay
function main(): void {
  const inp = new Chan<string>();
  go(() => {
    for (const w of ["a", "b", "c"]) inp.send(w);
    inp.close();
  });
  for (const v of relay(relay(inp))) println(v);
}
