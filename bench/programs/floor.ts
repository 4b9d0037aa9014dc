// The floor: the same work as workloads.ts in plain AssemblyScript, with no goroutines, so
// each ratio shows how far the concurrent version is from doing only the work itself.

// A hop hands a value over through memory, as a channel does, with nothing else around it.
class Box {
  v: i32 = 0;
}
const box = new Box();
let slot: i32 = 0;

function hand(v: i32): i32 {
  box.v = v;
  return box.v;
}

// @wasmexport pingpong
export function pingpong(rounds: i32): i32 {
  let v: i32 = 0;
  for (let i = 0; i < rounds; i++) {
    v = hand(hand(i));
  }
  slot = v;
  return v;
}

// @wasmexport buffered
export function buffered(n: i32): i64 {
  const ring = new StaticArray<i32>(128);
  let head = 0;
  let count = 0;
  let sum: i64 = 0;
  for (let i = 0; i < n; i++) {
    if (count == 128) {
      sum += unchecked(ring[head]);
      head = (head + 1) & 127;
      count--;
    }
    unchecked((ring[(head + count) & 127] = i));
    count++;
  }
  while (count > 0) {
    sum += unchecked(ring[head]);
    head = (head + 1) & 127;
    count--;
  }
  return sum;
}

class Task {
  run(): void {
    finished++;
  }
}
let finished: i32 = 0;

// @wasmexport spawn
export function spawn(n: i32): i32 {
  for (let i = 0; i < n; i++) new Task().run();
  return finished;
}

// @wasmexport sieve
export function sieve(n: i32): i32 {
  // The same divisions as the daisy chain: each candidate meets the primes in order.
  const primes = new Array<i32>();
  let candidate: i32 = 2;
  while (primes.length < n) {
    let isPrime = true;
    for (let i = 0; i < primes.length; i++) {
      if (candidate % unchecked(primes[i]) == 0) {
        isPrime = false;
        break;
      }
    }
    if (isPrime) primes.push(candidate);
    candidate++;
  }
  return primes[n - 1];
}

// @wasmexport noop
export function noop(x: i32): i32 {
  return x + 1;
}

let mapInput: i32[] = [];

// Array#map with a function that captures nothing: what AssemblyScript does without closures.
// @wasmexport closuremap
export function closureMap(n: i32, k: i32): i32 {
  if (mapInput.length != n) {
    mapInput = new Array<i32>(n);
    for (let i = 0; i < n; i++) mapInput[i] = i;
  }
  const out = mapInput.map<i32>((x: i32): i32 => x * 3);
  return out[n - 1] + k - 3;
}
