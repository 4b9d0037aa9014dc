import { go, Chan, Mutex } from "ts-wasmexport";
import { println } from "./fmt";

// @wasmexport mutex_trylock
function main(): void {
  const mu = new Mutex();
  println(`first try ${mu.tryLock()}`);
  println(`second try ${mu.tryLock()}`);
  const holding = new Chan<bool>();
  const release = new Chan<bool>();
  const released = new Chan<bool>();
  go(() => {
    release.recv();
    mu.unlock();
    released.send(true);
  });
  go(() => {
    holding.send(mu.tryLock());
  });
  println(`other goroutine got it ${holding.recv()}`);
  release.send(true);
  released.recv();
  println(`after unlock ${mu.tryLock()}`);
  mu.unlock();
}
