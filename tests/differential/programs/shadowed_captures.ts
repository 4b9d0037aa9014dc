import { go, Chan } from "ts-wasmexport";
import { println } from "./fmt";

// Go's `x := x * 10` shadows a captured variable with a copy; TypeScript cannot read an outer
// `x` in the initialiser of an inner one, so the copies get names of their own.
// @wasmexport shadowed_captures
function main(): void {
  const out = new Chan<string>(10);
  let x = 1;
  const done = new Chan<bool>();
  go(() => {
    let y = x * 10;
    const inner = new Chan<bool>();
    go(() => {
      const z = y + 5;
      out.send(`innermost x ${z}`);
      inner.send(true);
    });
    inner.recv();
    y++;
    out.send(`middle x ${y}`);
    done.send(true);
  });
  done.recv();
  x += 100;
  out.send(`outer x ${x}`);
  out.close();
  for (const s of out) println(s);
}
