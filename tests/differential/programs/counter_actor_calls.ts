// The counting goroutine started by start lives across the host's calls.
// calls: counter_actor_start counter_actor_add(3) counter_actor_add(4) counter_actor_total counter_actor_add(10) counter_actor_total
import { go, Chan, select, recv } from "ts-wasmexport";
import { println } from "./fmt";

let adds = new Chan<i32>();
let totals = new Chan<Chan<i32> | null>();

function counter(): void {
  let sum = 0;
  let n = 0;
  while (true) {
    select(
      recv(adds, (v: i32) => {
        sum += v;
        n++;
      }),
      recv(totals, (reply: Chan<i32> | null) => { reply!.send(sum * 1000 + n); }),
    );
  }
}

// @wasmexport counter_actor_start
function start(): void {
  adds = new Chan<i32>();
  totals = new Chan<Chan<i32> | null>();
  go(counter);
}

// @wasmexport counter_actor_add
function add(v: i32): void {
  adds.send(v);
}

// @wasmexport counter_actor_total
function total(): void {
  const reply = new Chan<i32>();
  totals.send(reply);
  println(`total ${reply.recv()}`);
}
