// Re-entrancy: a goroutine calls a host import, and the host calls back into an export while
// that goroutine waits for the import to return.
import { go, Chan } from "ts-wasmexport";

// @wasmimport env ask_host
declare function askHost(question: i32): i32;

const answers = new Chan<i32>(1);
let inner: i32 = 0;

function asker(q: i32): void {
  answers.send(askHost(q));
}

// @wasmexport outer
export function outer(q: i32): i32 {
  go(asker, q);
  return answers.recv();
}

function helper(ch: Chan<i32>, v: i32): void {
  ch.send(v * 2);
}

// Called by the host from inside ask_host: it runs goroutines of its own on the same run queue.
// @wasmexport inner
export function innerCall(v: i32): i32 {
  const ch = new Chan<i32>();
  go(helper, ch, v);
  inner++;
  return ch.recv() + 1;
}

// @wasmexport inner_calls
export function innerCalls(): i32 {
  return inner;
}
