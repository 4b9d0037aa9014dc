import { go, Chan, select, recv } from "ts-wasmexport";
import { println } from "./fmt";

class Message {
  constructor(public str: string, public wait: Chan<bool>) {}
}

function boring(msg: string, c: Chan<Message | null>): void {
  const waitForIt = new Chan<bool>();
  for (let i = 0; ; i++) {
    c.send(new Message(`${msg} ${i}`, waitForIt));
    waitForIt.recv();
  }
}

function fanIn(a: Chan<Message | null>, b: Chan<Message | null>): Chan<Message | null> {
  const c = new Chan<Message | null>();
  go(() => {
    while (true) {
      select(
        recv(a, (m: Message | null) => { c.send(m); }),
        recv(b, (m: Message | null) => { c.send(m); }),
      );
    }
  });
  return c;
}

// @wasmexport restoring_sequencing
function main(): void {
  const a = new Chan<Message | null>();
  const b = new Chan<Message | null>();
  go(boring, "Joe", a);
  go(boring, "Ann", b);
  const c = fanIn(a, b);
  const lines: string[] = [];
  for (let i = 0; i < 4; i++) {
    const msg1 = c.recv()!;
    const msg2 = c.recv()!;
    let first = msg1.str;
    let second = msg2.str;
    if (first > second) {
      first = msg2.str;
      second = msg1.str;
    }
    lines.push(`${first} / ${second}`);
    msg1.wait.send(true);
    msg2.wait.send(true);
  }
  for (const l of lines) println(l);
}
