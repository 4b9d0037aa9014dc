import { go, Chan, WaitGroup, select, send, recv, defer } from "ts-wasmexport";
import { println } from "./fmt";

class Result {
  constructor(public path: string, public sum: i32) {}
}

function digest(path: string): i32 {
  let s = 0;
  for (let i = 0; i < path.length; i++) s += (i + 1) * path.charCodeAt(i);
  return s;
}

// @wasmexport bounded_parallelism
function main(): void {
  const paths = ["a/x", "b/yy", "c/zzz", "d", "e/ee", "f/fff/g", "h", "ij/k"];
  const done = new Chan<bool>();
  defer(() => done.close());
  const pathc = new Chan<string>();
  go(() => {
    defer(() => pathc.close());
    for (const p of paths) {
      if (select(send(pathc, p), recv(done)) == 1) return;
    }
  });
  const c = new Chan<Result | null>();
  const wg = new WaitGroup();
  const numDigesters = 3;
  wg.add(numDigesters);
  for (let i = 0; i < numDigesters; i++) {
    go(() => {
      for (const p of pathc) {
        if (select(send(c, new Result(p, digest(p))), recv(done)) == 1) return;
      }
      wg.done();
    });
  }
  go(() => {
    wg.wait();
    c.close();
  });
  const m = new Map<string, i32>();
  for (const r of c) m.set(r!.path, r!.sum);
  const keys = m.keys();
  keys.sort();
  for (const k of keys) println(`${k} ${m.get(k)}`);
}
