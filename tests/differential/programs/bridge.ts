import { go, Chan, select, recv, send, defer } from "ts-wasmexport";
import { println } from "./fmt";

function bridge(done: Chan<bool> | null, chanStream: Chan<Chan<i32> | null>): Chan<i32> {
  const valStream = new Chan<i32>();
  go(() => {
    defer(() => valStream.close());
    while (true) {
      let stream = <Chan<i32> | null>null;
      let finished = false;
      select(
        recv(chanStream, (maybe: Chan<i32> | null, ok: bool) => {
          if (!ok) {
            finished = true;
            return;
          }
          stream = maybe;
        }),
        recv(done, () => { finished = true; }),
      );
      if (finished) return;
      for (const v of stream!) select(send(valStream, v), recv(done));
    }
  });
  return valStream;
}

function genVals(): Chan<Chan<i32> | null> {
  const chanStream = new Chan<Chan<i32> | null>();
  go(() => {
    defer(() => chanStream.close());
    for (let i = 0; i < 5; i++) {
      const stream = new Chan<i32>(2);
      stream.send(i);
      stream.send(i * i);
      stream.close();
      chanStream.send(stream);
    }
  });
  return chanStream;
}

// @wasmexport bridge
function main(): void {
  let line = "";
  for (const v of bridge(null, genVals())) line += `${v} `;
  println(line);
}
