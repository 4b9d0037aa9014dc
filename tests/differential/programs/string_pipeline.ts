import { go, Chan, defer } from "ts-wasmexport";
import { println } from "./fmt";

function source(words: string[]): Chan<string> {
  const out = new Chan<string>();
  go(() => {
    defer(() => out.close());
    for (const w of words) out.send(w);
  });
  return out;
}

function filterShort(inp: Chan<string>, min: i32): Chan<string> {
  const out = new Chan<string>();
  go(() => {
    defer(() => out.close());
    for (const w of inp) if (w.length >= min) out.send(w);
  });
  return out;
}

function shout(inp: Chan<string>): Chan<string> {
  const out = new Chan<string>(2);
  go(() => {
    defer(() => out.close());
    for (const w of inp) out.send(w.toUpperCase() + "!");
  });
  return out;
}

// @wasmexport string_pipeline
function main(): void {
  const words = "go is a language for concurrency and it is fun".split(" ");
  const parts: string[] = [];
  for (const w of shout(filterShort(source(words), 3))) parts.push(w);
  println(parts.join(" "));
  println(`${parts.length}`);
}
