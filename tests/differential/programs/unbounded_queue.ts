import { go, Chan, select, recv, send } from "ts-wasmexport";
import { println } from "./fmt";

// A goroutine that buffers without limit between inp and out: the send case is enabled only
// when something is queued (a null channel otherwise).
function queue(input: Chan<i32>, out: Chan<i32>): void {
  let inp = <Chan<i32> | null>input;
  let pending: i32[] = [];
  while (inp != null || pending.length > 0) {
    let sendTo: Chan<i32> | null = null;
    let next = 0;
    if (pending.length > 0) {
      sendTo = out;
      next = pending[0];
    }
    select(
      recv(inp, (v: i32, ok: bool) => {
        if (!ok) {
          inp = null;
          return;
        }
        pending.push(v);
      }),
      send(sendTo, next, () => { pending = pending.slice(1); }),
    );
  }
  out.close();
}

// @wasmexport unbounded_queue
function main(): void {
  const inp = new Chan<i32>();
  const out = new Chan<i32>();
  go(queue, inp, out);
  for (let i = 1; i <= 20; i++) inp.send(i);
  inp.close();
  let sum = 0;
  let count = 0;
  for (const v of out) {
    sum += v;
    count++;
  }
  println(`${count} ${sum}`);
}
