import { go, Chan, Mutex, WaitGroup, defer } from "ts-wasmexport";
import { println } from "./fmt";

class Inventory {
  mu: Mutex = new Mutex();
  items: Map<string, i32> = new Map<string, i32>();
  log: Chan<string> = new Chan<string>(100);

  take(name: string, n: i32): bool {
    this.mu.lock();
    defer(() => this.mu.unlock());
    const have = this.items.has(name) ? this.items.get(name) : 0;
    if (have < n) {
      this.log.send(`refused ${n} ${name}`);
      return false;
    }
    this.items.set(name, have - n);
    this.log.send(`took ${n} ${name}`);
    return true;
  }
}

// @wasmexport defer_unlock
function main(): void {
  const inv = new Inventory();
  inv.items.set("apple", 5);
  inv.items.set("pear", 2);
  const wg = new WaitGroup();
  const took = new Chan<bool>(10);
  for (let i = 0; i < 4; i++) {
    wg.add(1);
    go(() => {
      defer(() => wg.done());
      took.send(inv.take("apple", 2));
    });
  }
  wg.wait();
  took.close();
  let yes = 0;
  for (const t of took) if (t) yes++;
  println(`granted ${yes} left ${inv.items.get("apple")}`);
  const first = inv.take("pear", 2);
  println(`${first} ${inv.take("pear", 1)}`);
  println(`log entries ${inv.log.length}`);
}
