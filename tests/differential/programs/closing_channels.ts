import { go, Chan } from "ts-wasmexport";
import { println } from "./fmt";

// @wasmexport closing_channels
function main(): void {
  const jobs = new Chan<i32>(5);
  const done = new Chan<bool>();
  go(() => {
    while (true) {
      const [j, more] = jobs.recvOk();
      if (more) {
        println(`received job ${j}`);
      } else {
        println("received all jobs");
        done.send(true);
        return;
      }
    }
  });
  let sent = 0;
  for (let j = 1; j <= 3; j++) {
    jobs.send(j);
    sent++;
  }
  jobs.close();
  done.recv();
  println(`sent all jobs: ${sent}`);
  const [_, ok] = jobs.recvOk();
  println(`received more jobs: ${ok}`);
}
