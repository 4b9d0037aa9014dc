import { Chan } from "ts-wasmexport";
import { println } from "./fmt";

const replies = new Chan<string>(10);

function greet(arg: string): void {
  replies.send("hello " + arg);
}

function shout(arg: string): void {
  replies.send(arg + "!");
}

// @wasmexport handler_table
function main(): void {
  const handlers = new Map<string, (arg: string) => void>();
  handlers.set("greet", greet);
  handlers.set("shout", shout);
  for (const cmd of ["greet", "shout", "greet"]) {
    handlers.get(cmd)("bob");
    println(replies.recv());
  }
}
