// Blocking methods called by dispatch: through a base class, an override, an interface. Each
// method of an override family where one member blocks becomes a frame, and a call through
// any of them starts the object's own method's frame (docs/lowering.md, "Dispatch").
import * as fs from "fs";
import * as path from "path";
import { build, buildOk, instantiate } from "../foundation/helpers";

test("an override that blocks, and one that does not, called through the base class", () => {
  const exports = instantiate(buildOk(`import { gosched } from "ts-wasmexport";
class Animal { speak(): i32 { gosched(); return 1; } name(): i32 { return 0; } }
class Dog extends Animal { speak(): i32 { gosched(); return 2; } name(): i32 { return 1; } }
class Cat extends Animal { speak(): i32 { return 3; } }
class Base { run(): i32 { return 1; } }
class Busy extends Base { run(): i32 { gosched(); return 2; } }
// @wasmexport f
export function f(): i32 {
  const a: Animal = new Dog();
  const b: Base = new Busy();
  return a.speak() * 1000 + new Cat().speak() * 100 + b.run() * 10 + a.name() + new Animal().speak() * 10000;
}
`));
  expect((exports.f as () => number)()).toBe(12321);
});

test("a blocking method that implements an interface's method, called through the interface", () => {
  const exports = instantiate(buildOk(`import { Chan } from "ts-wasmexport";
interface Sink { put(v: i32): void; }
class ChanSink implements Sink {
  ch: Chan<i32> = new Chan<i32>(4);
  put(v: i32): void { this.ch.send(v); }
}
class Sum implements Sink {
  total: i32 = 0;
  put(v: i32): void { this.total += v; }
}
function fill(s: Sink, n: i32): void { for (let i = 1; i <= n; i++) s.put(i); }
// @wasmexport m
export function m(): i32 {
  const c = new ChanSink();
  const s = new Sum();
  fill(c, 3);
  fill(s, 4);
  return c.ch.recv() * 100 + c.ch.recv() * 10 + c.ch.recv() + s.total * 1000;
}
`));
  expect((exports.m as () => number)()).toBe(10123);
});

/**
 * A section of docs/lowering.md (from `heading` to `next`) shows a program and, abridged, what
 * it lowers to: the program with `run` added returns `answer`, and every line the page shows,
 * but the elisions and comments, is in the lowered file.
 */
function lowersAsShown(heading: string, next: string, run: string, answer: number): void {
  const doc = fs.readFileSync(path.join(__dirname, "..", "..", "docs", "lowering.md"), "utf8");
  const section = doc.slice(doc.indexOf(heading), doc.indexOf(next));
  const [source, lowered] = [...section.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]);
  const result = build(`import { Chan } from "ts-wasmexport";\n${source}\n// @wasmexport run\nexport function run(): i32 { ${run} }\n`);
  expect(result.errorText).toBe("");
  expect((instantiate(result.binary!).run as () => number)()).toBe(answer);
  const text = Object.entries(result.assemblyScript).find(([file]) => file.endsWith("main.ts"))![1];
  const shown = lowered.split("\n").map((l) => l.replace(/\s+\/\/ .*$/, "").trim()).filter((l) => l && l !== "…" && !l.startsWith("//"));
  for (const line of shown) expect(text).toContain(line);
}

test("the example of docs/lowering.md's Dispatch section lowers as the page shows", () => {
  lowersAsShown("## Dispatch", "## Functions that block, as values", "const c = new Chan<i32>(2); c.send(20); c.send(22); return sum(new ChanSource(c), 2);", 42);
});

test("the example of docs/lowering.md's section on blocking functions as values lowers as the page shows", () => {
  lowersAsShown("## Functions that block, as values", "## Not yet lowered", "const c = new Chan<i32>(1); c.send(20); return apply(double, c);", 41);
});
