// A blocking call followed by a member access and a call on its result.
import { go, Chan } from "ts-wasmexport";

class Bag {
  items: Array<string> = [];
}

function get(bc: Chan<Bag>): Bag {
  return bc.recv();
}

function digits(sc: Chan<string>): i32 {
  return sc.recv().length.toString().length;
}

// @wasmexport main
export function main(): void {
  const sc = new Chan<string>(1);
  sc.send("hello, world");
  console.log(digits(sc).toString());
  const bc = new Chan<Bag>();
  go(() => {
    const b = new Bag();
    b.items.push("a");
    b.items.push("b");
    b.items.push("c");
    bc.send(b);
  });
  console.log(get(bc).items.join(","));
  go(() => {
    sc.send("x");
  });
  console.log(sc.recv().toUpperCase() + get2(bc).toString());
}

function get2(bc: Chan<Bag>): i32 {
  go(() => {
    bc.send(new Bag());
  });
  return get(bc).items.length + 7;
}
