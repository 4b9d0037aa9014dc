import { go, Chan } from "ts-wasmexport";
import { println } from "./fmt";

class Item {
  constructor(public name: string) {}
}

// @wasmexport recvok_closed
function main(): void {
  const nums = new Chan<i32>(2);
  nums.send(10);
  nums.close();
  for (let i = 0; i < 3; i++) {
    const [v, ok] = nums.recvOk();
    println(`${v} ${ok}`);
  }
  const flags = new Chan<bool>();
  flags.close();
  const [b, ok] = flags.recvOk();
  println(`${b} ${ok}`);
  const words = new Chan<string>();
  go(() => {
    words.send("hi");
    words.close();
  });
  while (true) {
    const [w, ok] = words.recvOk();
    if (!ok) {
      println(`closed: "${w}"`);
      break;
    }
    println(`word ${w}`);
  }
  const items = new Chan<Item | null>(1);
  items.send(new Item("box"));
  items.close();
  let [it, ok2] = items.recvOk();
  println(`${it!.name} ${ok2}`);
  [it, ok2] = items.recvOk();
  println(`${it == null} ${ok2}`);
  const big = new Chan<i64>();
  big.close();
  println(`${big.recv()}`);
}
