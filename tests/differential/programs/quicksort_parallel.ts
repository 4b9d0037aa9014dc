import { go, Chan } from "ts-wasmexport";
import { println } from "./fmt";

// Go sorts sub-slices in place; an AssemblyScript array has no views, so the ranges are passed.
function quicksort(xs: i32[], lo: i32, hi: i32, done: Chan<bool>): void {
  if (hi - lo <= 1) {
    done.send(true);
    return;
  }
  const p = xs[lo + (hi - lo) / 2];
  let i = lo;
  let j = hi - 1;
  while (i <= j) {
    while (xs[i] < p) i++;
    while (xs[j] > p) j--;
    if (i <= j) {
      const t = xs[i];
      xs[i] = xs[j];
      xs[j] = t;
      i++;
      j--;
    }
  }
  const left = new Chan<bool>();
  const right = new Chan<bool>();
  go(quicksort, xs, lo, j + 1, left);
  go(quicksort, xs, i, hi, right);
  left.recv();
  right.recv();
  done.send(true);
}

// @wasmexport quicksort_parallel
function main(): void {
  const xs = new Array<i32>(60);
  let v = 17;
  for (let i = 0; i < xs.length; i++) {
    v = (v * 37 + 11) % 101;
    xs[i] = v;
  }
  const done = new Chan<bool>();
  go(quicksort, xs, 0, xs.length, done);
  done.recv();
  let sorted = true;
  for (let i = 1; i < xs.length; i++) if (xs[i - 1] > xs[i]) sorted = false;
  println(`${sorted} ${xs[0]} ${xs[30]} ${xs[59]}`);
  println(`[${xs.join(" ")}]`);
}
