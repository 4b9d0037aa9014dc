// Goroutines started by top-level code run inside _initialize until they park.
import { go, Chan, Mutex } from "ts-wasmexport";

const requests = new Chan<i32>();
const replies = new Chan<i32>();
let served: i32 = 0;

function server(): void {
  for (const r of requests) {
    served++;
    replies.send(r * 10);
  }
}

go(server);

// @wasmexport ask
export function ask(v: i32): i32 {
  requests.send(v);
  return replies.recv();
}

// @wasmexport served
export function servedCount(): i32 {
  return served;
}

const mu = new Mutex();

// @wasmexport try_lock_twice
export function tryLockTwice(): i32 {
  const first = mu.tryLock();
  const second = mu.tryLock();
  mu.unlock();
  return (first ? 10 : 0) + (second ? 1 : 0);
}
