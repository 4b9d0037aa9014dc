import { go, Chan, Mutex, WaitGroup, defer } from "ts-wasmexport";
import { println } from "./fmt";

// @wasmexport nested_capture
function main(): void {
  const report = new Chan<string>();
  for (let team = 0; team < 2; team++) {
    go(() => {
      const mu = new Mutex();
      const wg = new WaitGroup();
      let score = 0;
      for (let player = 1; player <= 3; player++) {
        wg.add(1);
        go(() => {
          defer(() => wg.done());
          mu.lock();
          score += player * (team + 1);
          mu.unlock();
        });
      }
      wg.wait();
      report.send(`team ${team} scored ${score}`);
    });
  }
  let a = report.recv();
  let b = report.recv();
  if (a > b) {
    const t = a;
    a = b;
    b = t;
  }
  println(a);
  println(b);
}
