import { go, Chan, select, send, otherwise, gosched } from "ts-wasmexport";
import { println } from "./fmt";

// @wasmexport select_default_send
function main(): void {
  const queue = new Chan<i32>(2);
  let dropped = 0;
  for (let i = 1; i <= 5; i++) {
    select(
      send(queue, i, () => { println(`queued ${i}`); }),
      otherwise(() => {
        dropped++;
        println(`dropped ${i}`);
      }),
    );
  }
  println(`len ${queue.length} cap ${queue.capacity} dropped ${dropped}`);
  const unbuffered = new Chan<i32>();
  select(
    send(unbuffered, 1, () => { println("sent without a receiver?"); }),
    otherwise(() => { println("no receiver waiting"); }),
  );
  const received = new Chan<bool>();
  go(() => {
    println(`receiver got ${unbuffered.recv()}`);
    received.send(true);
  });
  for (let sent = false; !sent; ) {
    select(
      send(unbuffered, 42, () => { sent = true; }),
      otherwise(() => { gosched(); }),
    );
  }
  received.recv();
}
