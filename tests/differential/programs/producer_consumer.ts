import { go, Chan } from "ts-wasmexport";
import { println } from "./fmt";

function producer(id: i32, n: i32, out: Chan<string>, done: Chan<bool>): void {
  for (let i = 0; i < n; i++) out.send(`p${id}-${i}`);
  done.send(true);
}

// @wasmexport producer_consumer
function main(): void {
  const items = new Chan<string>(4);
  const done = new Chan<bool>();
  go(producer, 1, 3, items, done);
  go(() => {
    done.recv();
    items.close();
  });
  let count = 0;
  for (const item of items) {
    println(`consumed ${item}`);
    count++;
  }
  println(`total ${count}`);
  const [v, ok] = items.recvOk();
  println(`after close: "${v}" ${ok}`);
}
