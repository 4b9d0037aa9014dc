import { go, Chan } from "ts-wasmexport";
import { println } from "./fmt";

function generate(ch: Chan<i32>): void {
  for (let i = 2; ; i++) ch.send(i);
}

function filter(inp: Chan<i32>, out: Chan<i32>, prime: i32): void {
  while (true) {
    const i = inp.recv();
    if (i % prime != 0) out.send(i);
  }
}

// @wasmexport prime_sieve
function main(): void {
  let ch = new Chan<i32>();
  go(generate, ch);
  for (let i = 0; i < 25; i++) {
    const prime = ch.recv();
    println(`${prime}`);
    const ch1 = new Chan<i32>();
    go(filter, ch, ch1, prime);
    ch = ch1;
  }
}
