import { go, Chan, Mutex, WaitGroup, defer } from "ts-wasmexport";
import { println } from "./fmt";

// @wasmexport shared_variable
function main(): void {
  const wg = new WaitGroup();
  const mu = new Mutex();
  let total = 0;
  let last = "";
  const names = ["x", "y", "z"];
  for (const n of names) {
    wg.add(1);
    go(() => {
      defer(() => wg.done());
      mu.lock();
      total += n.length * 10;
      if (n > last) last = n;
      mu.unlock();
    });
  }
  mu.lock();
  total += 1;
  mu.unlock();
  wg.wait();
  println(`${total} ${last}`);
  let flag = false;
  const done = new Chan<bool>();
  go(() => {
    flag = true;
    done.send(true);
  });
  done.recv();
  println(`flag ${flag}`);
}
