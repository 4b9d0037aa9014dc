import { go, Chan, Mutex, WaitGroup, select, recv, defer } from "ts-wasmexport";
import { println } from "./fmt";

class ReadOp {
  constructor(public key: i32, public resp: Chan<i32>) {}
}

class WriteOp {
  constructor(public key: i32, public val: i32, public resp: Chan<bool>) {}
}

// @wasmexport stateful_goroutine
function main(): void {
  const reads = new Chan<ReadOp | null>();
  const writes = new Chan<WriteOp | null>();
  go(() => {
    const state = new Map<i32, i32>();
    while (true) {
      select(
        recv(reads, (r: ReadOp | null) => {
          r!.resp.send(state.has(r!.key) ? state.get(r!.key) : 0);
        }),
        recv(writes, (w: WriteOp | null) => {
          state.set(w!.key, (state.has(w!.key) ? state.get(w!.key) : 0) + w!.val);
          w!.resp.send(true);
        }),
      );
    }
  });
  const wg = new WaitGroup();
  const mu = new Mutex();
  let readOps = 0;
  for (let w = 0; w < 5; w++) {
    wg.add(1);
    go(() => {
      defer(() => wg.done());
      for (let i = 0; i < 10; i++) {
        const write = new WriteOp(i % 3, w + 1, new Chan<bool>());
        writes.send(write);
        write.resp.recv();
        const read = new ReadOp(i % 3, new Chan<i32>());
        reads.send(read);
        read.resp.recv();
        mu.lock();
        readOps++;
        mu.unlock();
      }
    });
  }
  wg.wait();
  for (let k = 0; k < 3; k++) {
    const read = new ReadOp(k, new Chan<i32>());
    reads.send(read);
    println(`key ${k} = ${read.resp.recv()}`);
  }
  println(`reads ${readOps}`);
}
