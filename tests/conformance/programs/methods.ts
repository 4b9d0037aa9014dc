// Methods that block: the object travels in the method's frame.
import { go, Chan, WaitGroup } from "ts-wasmexport";

class Mailbox {
  inbox: Chan<i32> = new Chan<i32>(4);
  received: i32 = 0;

  put(v: i32): void {
    this.inbox.send(v);
  }

  take(): i32 {
    const v = this.inbox.recv();
    this.received++;
    return v;
  }

  drain(n: i32): i32 {
    let sum: i32 = 0;
    for (let i = 0; i < n; i++) sum += this.take();
    return sum;
  }
}

function fill(box: Mailbox, n: i32, wg: WaitGroup): void {
  for (let i = 1; i <= n; i++) box.put(i);
  wg.done();
}

// @wasmexport mailbox
export function mailbox(n: i32): i32 {
  const box = new Mailbox();
  const wg = new WaitGroup();
  wg.add(1);
  go(fill, box, n, wg);
  const sum = box.drain(n);
  wg.wait();
  return sum * 1000 + box.received;
}
