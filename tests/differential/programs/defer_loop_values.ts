import { Chan, defer, panic, recover } from "ts-wasmexport";
import { println } from "./fmt";

class Item {
  constructor(public name: string) {}
}

// Deferred closures in loops: each keeps its own iteration's variables; one that the body
// assigns after the defer is seen as assigned (closures capture variables, not values).
function loops(ch: Chan<i32>): i32 {
  let total = 0;
  defer(() => println(`outer defer sees total ${total}`));
  for (let i = 0; i < 3; i++) {
    const v = ch.recv();
    defer(() => println(`iteration ${i} got ${v}`));
    let x = v * 2;
    defer(() => println(`x of ${i} is ${x}`));
    x += 100;
    total += v;
  }
  for (const it of [new Item("a"), new Item("b")]) {
    for (let j = 0; j < 2; j++) {
      if (j == 1 && it.name == "b") continue;
      defer(() => println(`nested ${it.name} ${j}`));
    }
  }
  let k = 0;
  while (k < 2) {
    const n = k * k;
    defer(() => println(`while ${n}`));
    k++;
  }
  return total;
}

function panicking(ch: Chan<i32>): void {
  defer(() => {
    const r = recover();
    println(`recovered: ${r}`);
  });
  for (let i = 0; i < 3; i++) {
    const v = ch.recv();
    defer(() => println(`unwinding ${i} ${v}`));
    if (i == 1) panic(`stop at ${v}`);
  }
}

// @wasmexport defer_loop_values
function main(): void {
  const ch = new Chan<i32>(10);
  for (let i = 1; i <= 10; i++) ch.send(i * 10);
  println(`total ${loops(ch)}`);
  panicking(ch);
  println("done");
}
