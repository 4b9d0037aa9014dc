// The daisy-chain prime sieve: one goroutine generates 2, 3, 4, …; each prime found gets a
// goroutine of its own that filters its multiples out of the stream behind it.
import { go, Chan } from "ts-wasmexport";

function generate(out: Chan<i32>): void {
  for (let i: i32 = 2; ; i++) out.send(i);
}

function filter(inbox: Chan<i32>, out: Chan<i32>, prime: i32): void {
  for (const v of inbox) {
    if (v % prime != 0) out.send(v);
  }
}

// @wasmexport nth_prime
export function nthPrime(n: i32): i32 {
  let ch = new Chan<i32>();
  go(generate, ch);
  let prime: i32 = 0;
  for (let i = 0; i < n; i++) {
    prime = ch.recv();
    const next = new Chan<i32>();
    go(filter, ch, next, prime);
    ch = next;
  }
  return prime;
}
