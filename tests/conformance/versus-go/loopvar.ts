// A for-let counter captured by go() and assigned in the body: each iteration has its own
// variable (Go 1.22, JavaScript), so the goroutines see 1, 3 and 5. Every goroutine waits on a
// gate that opens after its loop, so that Go's goroutines, which may run at once on another
// thread, read the counter after the body stepped it, as ours do.
import { go, Chan } from "ts-wasmexport";

// @wasmexport main
export function main(): void {
  const start = new Chan<bool>();
  const res = new Chan<i32>(10);
  let n = 0;
  for (let i = 0; i < 6; i++) {
    go(() => {
      start.recv();
      res.send(i);
    });
    i++;
    n++;
  }
  start.close();
  let sum = 0;
  for (let k = 0; k < n; k++) sum += res.recv();
  console.log(sum.toString());
  // The same in a function that never blocks itself.
  const gate = new Chan<bool>();
  const out = spawnAll(gate);
  gate.close();
  let total = 0;
  for (let k = 0; k < 2; k++) total += out.recv();
  console.log(total.toString());
  // A loop with no incrementor: the body steps the counter itself.
  const seen = new Chan<i32>(10);
  const opened = new Chan<bool>();
  for (let i = 0; i < 3; ) {
    go(() => {
      opened.recv();
      seen.send(i);
    });
    i++;
  }
  opened.close();
  let seenSum = 0;
  for (let k = 0; k < 3; k++) seenSum += seen.recv();
  console.log(seenSum.toString());
  // The same in a function that never blocks itself.
  const later = new Chan<bool>();
  spawnUnstepped(seen, later);
  later.close();
  seenSum = 0;
  for (let k = 0; k < 3; k++) seenSum += seen.recv();
  console.log(seenSum.toString());
}

function spawnUnstepped(seen: Chan<i32>, gate: Chan<bool>): void {
  for (let i = 10; i < 13; ) {
    go(() => {
      gate.recv();
      seen.send(i);
    });
    i++;
  }
}

function spawnAll(gate: Chan<bool>): Chan<i32> {
  const out = new Chan<i32>(10);
  for (let i = 0; i < 4; i++) {
    go(() => {
      gate.recv();
      out.send(i * 10);
    });
    i += 1;
  }
  return out;
}
