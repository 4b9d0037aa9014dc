import { go, Chan, Mutex, WaitGroup, gosched, defer } from "ts-wasmexport";
import { println } from "./fmt";

// @wasmexport semaphore
function main(): void {
  const sem = new Chan<bool>(3);
  const mu = new Mutex();
  const wg = new WaitGroup();
  let active = 0;
  let peak = 0;
  let done = 0;
  for (let i = 0; i < 10; i++) {
    wg.add(1);
    go(() => {
      defer(() => wg.done());
      sem.send(true);
      mu.lock();
      active++;
      if (active > peak) peak = active;
      mu.unlock();
      gosched();
      mu.lock();
      active--;
      done++;
      mu.unlock();
      sem.recv();
    });
  }
  wg.wait();
  println(`done ${done}`);
  println(`peak within limit ${peak <= 3}`);
  println(`active ${active}`);
}
