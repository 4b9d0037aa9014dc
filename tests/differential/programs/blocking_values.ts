import { go, Chan } from "ts-wasmexport";
import { println } from "./fmt";

type Stage = (inp: Chan<i32>) => i32;

class Pipeline {
  constructor(public name: string, public steps: Stage[], public log: (s: string) => void) {}
}

const lines = new Chan<string>(64);

function sum(inp: Chan<i32>): i32 {
  let total = 0;
  for (const v of inp) total += v;
  return total;
}

function describe(c: Chan<string>): string {
  return "got " + c.recv();
}

// @wasmexport blocking_values
function main(): void {
  let factor = 3;
  const scaled = (inp: Chan<i32>): i32 => {
    const v = inp.recv();
    factor++;
    for (const _ of inp) {}
    return v * factor;
  };
  const p = new Pipeline("p", [sum, scaled], (s: string): void => { lines.send(s); });
  for (let i = 0; i < p.steps.length; i++) {
    const inp = new Chan<i32>();
    go(() => {
      for (let k = 1; k <= 4; k++) inp.send(k * (i + 1));
      inp.close();
    });
    const r = p.steps[i](inp);
    p.log(`${p.name} step ${i}: ${r}`);
  }
  println(`factor ${factor}`);
  while (lines.length > 0) println(lines.recv());

  // A blocking function value returning a string, through a variable and a channel of functions.
  const c = new Chan<string>(1);
  const funcs = new Chan<(c: Chan<string>) => string>(2);
  funcs.send(describe);
  funcs.send((c: Chan<string>): string => "closure " + c.recv());
  for (let k = 0; k < 2; k++) {
    const f = funcs.recv();
    c.send(`v${k}`);
    println(f(c));
  }

  // go(value, args): the value and the arguments are taken at the go statement.
  const done = new Chan<bool>();
  const report = (tag: string, n: i32): void => {
    println(`report ${tag} ${n}`);
    done.send(true);
  };
  let n = 1;
  go(report, "a", n);
  n = 2;
  done.recv();
  const f = report;
  go(f, "b", n);
  done.recv();
  const over = new Chan<bool>();
  const plain = (tag: string): void => {
    println(`plain ${tag}`);
    over.send(true);
  };
  go(plain, "c");
  println("before plain");
  over.recv();
}
