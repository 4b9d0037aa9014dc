import { go, Chan } from "ts-wasmexport";
import { println } from "./fmt";

function merge(a: i32[], b: i32[]): i32[] {
  const out: i32[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] <= b[j]) {
      out.push(a[i]);
      i++;
    } else {
      out.push(b[j]);
      j++;
    }
  }
  return out.concat(a.slice(i)).concat(b.slice(j));
}

function sortParallel(xs: i32[], result: Chan<i32[]>): void {
  if (xs.length <= 2) {
    if (xs.length == 2 && xs[0] > xs[1]) xs = [xs[1], xs[0]];
    result.send(xs);
    return;
  }
  const mid = xs.length / 2;
  const left = new Chan<i32[]>();
  const right = new Chan<i32[]>();
  go(sortParallel, xs.slice(0, mid), left);
  go(sortParallel, xs.slice(mid), right);
  result.send(merge(left.recv(), right.recv()));
}

// @wasmexport merge_sort
function main(): void {
  const xs: i32[] = [];
  let seed: i64 = 7;
  for (let i = 0; i < 40; i++) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    xs.push(<i32>(seed % 1000));
  }
  const result = new Chan<i32[]>();
  go(sortParallel, xs, result);
  const sorted = result.recv();
  println(`${sorted.length} ${sorted[0]} ${sorted[19]} ${sorted[39]}`);
  println(`[${sorted.join(" ")}]`);
}
