// The daisy-chain prime sieve: a goroutine per prime, each filtering the stream after it.
import { go, Chan } from "ts-wasmexport";

function generate(out: Chan<i32>): void {
  for (let i: i32 = 2; ; i++) out.send(i);
}

function filter(inbox: Chan<i32>, out: Chan<i32>, prime: i32): void {
  while (true) {
    const v = inbox.recv();
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
