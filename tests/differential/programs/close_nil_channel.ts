import { Chan } from "ts-wasmexport";
import { println } from "./fmt";

// @wasmexport close_nil_channel
function main(): void {
  const quit: Chan<bool> | null = null;
  println("closing a nil channel");
  quit!.close();
}
