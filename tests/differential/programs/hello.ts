import { go, Chan } from "ts-wasmexport";
import { println } from "./fmt";

// @wasmexport hello
function main(): void {
  const words = new Chan<string>();
  go(() => {
    for (const w of ["hello", "from", "a", "goroutine"]) words.send(w);
    words.close();
  });
  for (const w of words) println(w);
}
