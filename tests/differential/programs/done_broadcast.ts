import { go, Chan, Mutex, WaitGroup, select, recv, otherwise, defer } from "ts-wasmexport";
import { println } from "./fmt";

// @wasmexport done_broadcast
function main(): void {
  const start = new Chan<bool>();
  const wg = new WaitGroup();
  const mu = new Mutex();
  let woken = 0;
  const ready = new Chan<i32>(5);
  for (let i = 0; i < 5; i++) {
    wg.add(1);
    go(() => {
      defer(() => wg.done());
      ready.send(i);
      start.recv();
      mu.lock();
      woken++;
      mu.unlock();
    });
  }
  for (let i = 0; i < 5; i++) ready.recv();
  mu.lock();
  println(`before close ${woken}`);
  mu.unlock();
  start.close();
  wg.wait();
  println(`after close ${woken}`);
  select(
    recv(start, () => { println("closed channel is always ready"); }),
    otherwise(() => { println("not ready"); }),
  );
}
