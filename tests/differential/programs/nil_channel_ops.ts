import { go, Chan } from "ts-wasmexport";
import { println } from "./fmt";

class Pipe {
  inp: Chan<i32> | null = null;
  out: Chan<i32> | null = new Chan<i32>(1);
}

// @wasmexport nil_channel_ops
function main(): void {
  const p = new Pipe();
  const started = new Chan<bool>();
  go(() => {
    started.send(true);
    const v = p.inp!.recv(); // nil: blocks forever
    println(`never ${v}`);
  });
  started.recv();
  p.out!.send(7);
  println(`out ${p.out!.recv()}`);
  println(`in is nil ${p.inp == null}`);
  p.inp!.close();
}
