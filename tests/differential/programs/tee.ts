import { go, Chan, select, send, defer } from "ts-wasmexport";
import { println } from "./fmt";

function tee(inp: Chan<i32>): Chan<i32>[] {
  const out1 = new Chan<i32>();
  const out2 = new Chan<i32>();
  go(() => {
    defer(() => out1.close());
    defer(() => out2.close());
    for (const v of inp) {
      let o1 = <Chan<i32> | null>out1;
      let o2 = <Chan<i32> | null>out2;
      for (let i = 0; i < 2; i++) {
        select(
          send(o1, v, () => { o1 = null; }),
          send(o2, v * 10, () => { o2 = null; }),
        );
      }
    }
  });
  return [out1, out2];
}

// @wasmexport tee
function main(): void {
  const inp = new Chan<i32>();
  go(() => {
    for (let i = 1; i <= 4; i++) inp.send(i);
    inp.close();
  });
  const outs = tee(inp);
  const a = outs[0];
  const b = outs[1];
  for (const v of a) println(`a ${v} b ${b.recv()}`);
}
