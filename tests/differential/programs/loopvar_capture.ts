import { go, Chan, WaitGroup, defer } from "ts-wasmexport";
import { println } from "./fmt";

// @wasmexport loopvar_capture
function main(): void {
  const wg = new WaitGroup();
  const results = new Array<i32>(5);
  for (let i = 0; i < 5; i++) {
    wg.add(1);
    go(() => {
      defer(() => wg.done());
      results[i] = i * i;
    });
  }
  wg.wait();
  println(`[${results.join(" ")}]`);

  const ch = new Chan<string>(3);
  for (const name of ["ann", "bob", "cy"]) {
    go(() => { ch.send(name); });
  }
  const got = new Set<string>();
  for (let k = 0; k < 3; k++) got.add(ch.recv());
  println(`${got.size} ${got.has("ann")} ${got.has("bob")} ${got.has("cy")}`);
}
