import { Chan } from "ts-wasmexport";
import { println } from "./fmt";

function shutdown(quit: Chan<bool>): void {
  println("closing quit");
  quit.close();
}

// @wasmexport panic_close_closed
function main(): void {
  const quit = new Chan<bool>();
  shutdown(quit);
  const [_, ok] = quit.recvOk();
  println(`quit open: ${ok}`);
  shutdown(quit);
  println("not reached");
}
