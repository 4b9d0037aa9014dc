import { go, Chan, Mutex, WaitGroup, defer } from "ts-wasmexport";
import { println } from "./fmt";

class Group {
  wg: WaitGroup = new WaitGroup();
  once: Mutex = new Mutex();
  err: string = "";

  go(f: () => string): void {
    this.wg.add(1);
    go(() => {
      defer(() => this.wg.done());
      const err = f();
      if (err != "") {
        this.once.lock();
        if (this.err == "") this.err = err;
        this.once.unlock();
      }
    });
  }

  wait(): string {
    this.wg.wait();
    return this.err;
  }
}

// @wasmexport errgroup_func
function main(): void {
  const g = new Group();
  const ch = new Chan<i32>(10);
  for (let i = 0; i < 4; i++) {
    g.go((): string => {
      ch.send(i);
      if (i == 2) return "task 2 failed";
      return "";
    });
  }
  println(`error: ${g.wait()}`);
  println(`ran ${ch.length}`);
}
