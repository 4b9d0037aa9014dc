import { go, Chan } from "ts-wasmexport";
import { println } from "./fmt";

class Future<T> {
  c: Chan<T> = new Chan<T>(1);
  get(): T {
    return this.c.recv();
  }
}

function future<T>(f: () => T): Future<T> {
  const fut = new Future<T>();
  go(() => fut.c.send(f()));
  return fut;
}

// @wasmexport generic_future
function main(): void {
  const a = future<i32>((): i32 => 6 * 7);
  const b = future<string>((): string => "forty-two");
  const x = a.get();
  println(`${x} ${b.get()}`);
}
