// The benchmark workloads in the dialect: the same programs that bench/ runs in plain
// AssemblyScript, in JavaScript with async/await and in Go.
import { go, Chan, select, recv } from "ts-wasmexport";

function echo(inbox: Chan<i32>, outbox: Chan<i32>): void {
  for (const v of inbox) outbox.send(v);
}

// @wasmexport pingpong
export function pingpong(rounds: i32): i32 {
  const a = new Chan<i32>();
  const b = new Chan<i32>();
  go(echo, a, b);
  let v: i32 = 0;
  for (let i = 0; i < rounds; i++) {
    a.send(i);
    v = b.recv();
  }
  a.close();
  return v;
}

function produce(ch: Chan<i32>, n: i32): void {
  for (let i = 0; i < n; i++) ch.send(i);
  ch.close();
}

// @wasmexport buffered
export function buffered(n: i32): i64 {
  const ch = new Chan<i32>(128);
  go(produce, ch, n);
  let sum: i64 = 0;
  for (const v of ch) sum += v;
  return sum;
}

let finished: i32 = 0;

function trivial(): void {
  finished++;
}

// @wasmexport spawn
export function spawn(n: i32): i32 {
  for (let i = 0; i < n; i++) go(trivial);
  return finished;
}

function feed(chans: Chan<i32>[], n: i32): void {
  for (let i = 0; i < n; i++) chans[i % chans.length].send(i);
}

// @wasmexport select2
export function select2(n: i32): i64 {
  const a = new Chan<i32>();
  const b = new Chan<i32>();
  go(feed, [a, b], n);
  let sum: i64 = 0;
  for (let i = 0; i < n; i++) {
    select(recv(a, (v) => { sum += v; }), recv(b, (v) => { sum += v; }));
  }
  return sum;
}

// @wasmexport select8
export function select8(n: i32): i64 {
  const c0 = new Chan<i32>(); const c1 = new Chan<i32>(); const c2 = new Chan<i32>(); const c3 = new Chan<i32>();
  const c4 = new Chan<i32>(); const c5 = new Chan<i32>(); const c6 = new Chan<i32>(); const c7 = new Chan<i32>();
  go(feed, [c0, c1, c2, c3, c4, c5, c6, c7], n);
  let sum: i64 = 0;
  for (let i = 0; i < n; i++) {
    select(
      recv(c0, (v) => { sum += v; }), recv(c1, (v) => { sum += v; }), recv(c2, (v) => { sum += v; }), recv(c3, (v) => { sum += v; }),
      recv(c4, (v) => { sum += v; }), recv(c5, (v) => { sum += v; }), recv(c6, (v) => { sum += v; }), recv(c7, (v) => { sum += v; }),
    );
  }
  return sum;
}

function generate(out: Chan<i32>): void {
  for (let i: i32 = 2; ; i++) out.send(i);
}

function filter(inbox: Chan<i32>, out: Chan<i32>, prime: i32): void {
  for (const v of inbox) {
    if (v % prime != 0) out.send(v);
  }
}

// @wasmexport sieve
export function sieve(n: i32): i32 {
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

let mapInput: i32[] = [];

// A closure that captures k, called by Array#map for each element (closures as values).
// @wasmexport closuremap
export function closureMap(n: i32, k: i32): i32 {
  if (mapInput.length != n) {
    mapInput = new Array<i32>(n);
    for (let i = 0; i < n; i++) mapInput[i] = i;
  }
  const out = mapInput.map((x) => x * k);
  return out[n - 1];
}

// @wasmexport noop
export function noop(x: i32): i32 {
  return x + 1;
}

function answer(ch: Chan<i32>, x: i32): void {
  ch.send(x + 1);
}

// A blocking export: its goroutine spawns another, parks on a channel, and is woken by it.
// @wasmexport roundtrip
export function roundtrip(x: i32): i32 {
  const ch = new Chan<i32>();
  go(answer, ch, x);
  return ch.recv();
}

const forever = new Chan<i32>();

function waitForever(): void {
  forever.recv();
}

// @wasmexport park
export function park(n: i32): void {
  for (let i = 0; i < n; i++) go(waitForever);
}
