import { go, Chan, select, recv, send, otherwise } from "ts-wasmexport";
import { println } from "./fmt";

class Buffer {
  data: string = "";
  constructor(public id: i32) {}
}

// @wasmexport leaky_buffer
function main(): void {
  const freeList = new Chan<Buffer | null>(2);
  const serverChan = new Chan<Buffer | null>();
  const acks = new Chan<bool>();
  let allocated = 0;
  go(() => {
    for (const b of serverChan) {
      println(`server got buffer ${b!.id} holding ${b!.data}`);
      select(
        send(freeList, b),
        otherwise(() => { println(`free list full, dropping ${b!.id}`); }),
      );
      acks.send(true);
    }
  });
  for (let round = 0; round < 3; round++) {
    const batch: Buffer[] = [];
    for (let i = 0; i < 3; i++) {
      let b = <Buffer | null>null;
      select(
        recv(freeList, (v: Buffer | null) => { b = v; }),
        otherwise(() => {
          allocated++;
          b = new Buffer(allocated);
        }),
      );
      b!.data = `msg${round}${i}`;
      batch.push(b!);
    }
    for (const b of batch) {
      serverChan.send(b);
      acks.recv();
    }
  }
  serverChan.close();
  println(`allocated ${allocated} free ${freeList.length}`);
}
