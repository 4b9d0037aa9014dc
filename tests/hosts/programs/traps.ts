// Calls that end in a trap that is not a panic: each leaves the module poisoned, and the next
// call says so ("module trapped earlier: …"), whatever the dead call left parked.
import { go, Chan } from "ts-wasmexport";

// A divisor of 0 stands for any WebAssembly trap (unreachable(): what a memory access out of
// bounds or an exhausted stack also is; an integer division by zero is a panic, in Go's words).
function divide(a: i32, b: i32, out: Chan<i32>): void {
  if (b == 0) unreachable();
  out.send(a / b);
}

// @wasmexport get
export function get(a: i32, b: i32): i32 {
  // The export's frame parks on `out` while the goroutine divides: a trap there
  // leaves this frame parked, and a later call must not hand its value to it.
  const out = new Chan<i32>();
  go(divide, a, b, out);
  return out.recv() + 100;
}

// @wasmexport quotient
export function quotient(a: i32, b: i32): i32 {
  if (b == 0) unreachable();
  return a / b;
}

function depth(n: i32): i32 {
  return n == 0 ? 0 : depth(n - 1) + 1;
}

// @wasmexport recurse
export function recurse(n: i32): i32 {
  return depth(n);
}

// @wasmexport peek
export function peek(address: u32): i32 {
  return load<i32>(<usize>address);
}

let spins: i32 = 0;

function spin(): void {
  while (true) spins++;
}

// @wasmexport spinStart return
export function spinStart(): void {
  // Returns at once, leaving a goroutine that never parks in the run queue.
  go(spin);
}

// @wasmexport answer return
export function answer(x: i32): i32 {
  // A return-mode call that does not park runs only its own goroutine: the spinner behind it
  // in the queue does not keep it (docs/abi.md, "A call").
  const box = new Chan<i32>(1);
  box.send(x);
  return box.recv() + 1;
}
