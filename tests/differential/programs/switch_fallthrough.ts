import { Chan } from "ts-wasmexport";
import { println } from "./fmt";

// @wasmexport switch_fallthrough
function main(): void {
  const log = new Chan<string>(20);
  const levels = new Chan<i32>(5);
  for (const l of [3, 1, 2, 0, 7]) levels.send(l);
  levels.close();
  for (const l of levels) {
    switch (l) {
      case 3:
        log.send("three");
      // falls through, as Go's fallthrough
      case 2:
        log.send("two or more");
      // falls through
      case 1:
        log.send("one or more");
        break;
      case 0:
        log.send("zero");
        break;
      default:
        log.send(`unknown ${l}`);
    }
    log.send("--");
  }
  log.close();
  for (const s of log) println(s);
}
