import { go, Chan, select, recv, sleep, after, Millisecond } from "ts-wasmexport";
import { println } from "./fmt";

// @wasmexport timeout_after
function main(): void {
  const slow = new Chan<string>();
  go(() => {
    sleep(100 * Millisecond);
    slow.send("late answer");
  });
  select(
    recv(slow, (v: string) => { println(v); }),
    recv(after(5 * Millisecond), () => { println("timed out"); }),
  );
  println(slow.recv());
}
