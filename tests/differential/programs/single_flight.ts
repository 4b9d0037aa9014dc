import { go, Chan, Mutex, WaitGroup, defer } from "ts-wasmexport";
import { println } from "./fmt";

// Concurrent lookups of the same key share one computation: the first caller computes, the
// others wait on its call's done channel.
class Call {
  done: Chan<bool> = new Chan<bool>();
  val: i32 = 0;
}

class Group {
  mu: Mutex = new Mutex();
  calls: Map<string, Call> = new Map<string, Call>();
  runs: i32 = 0;

  do(key: string, release: Chan<bool>): i32 {
    this.mu.lock();
    if (this.calls.has(key)) {
      const c = this.calls.get(key);
      this.mu.unlock();
      c.done.recv();
      return c.val;
    }
    const c = new Call();
    this.calls.set(key, c);
    this.runs++;
    this.mu.unlock();
    release.recv();
    c.val = key.length * 100;
    c.done.close();
    return c.val;
  }
}

// @wasmexport single_flight
function main(): void {
  const g = new Group();
  const release = new Chan<bool>();
  const wg = new WaitGroup();
  const results = new Chan<i32>(10);
  for (let i = 0; i < 5; i++) {
    wg.add(1);
    go(() => {
      defer(() => wg.done());
      results.send(g.do("config", release));
    });
  }
  release.send(true);
  wg.wait();
  results.close();
  let sum = 0;
  for (const r of results) sum += r;
  println(`runs ${g.runs} sum ${sum}`);
}
