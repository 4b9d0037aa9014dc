import { println } from "./fmt";

// Parameters of functions that do not block, captured by closures and assigned: shared, as
// Go and TypeScript share them.
function counter(n: i32): () => i32 {
  return (): i32 => {
    n++;
    return n;
  };
}

class Acc {
  total: i32 = 0;
  adder(step: i32, times: i32): i32 {
    const add = (): void => {
      this.total += step;
    };
    while (times > 0) {
      add();
      step *= 2;
      times--;
    }
    return step;
  }
}

function labels(prefix: string, xs: i32[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i];
    out.push(((): string => `${prefix}${x}`)());
    prefix = prefix + "+";
  }
  return out;
}

// @wasmexport captured_param_plain
function main(): void {
  const c = counter(10);
  c();
  c();
  println(`counter ${c()}`);
  const a = new Acc();
  const step = a.adder(1, 4);
  println(`step ${step} total ${a.total}`);
  const ls = labels("x", [1, 2, 3]);
  for (let i = 0; i < ls.length; i++) println(ls[i]);
}
