import { Chan } from "ts-wasmexport";
import { println } from "./fmt";

class User {
  constructor(public name: string) {}
}

// @wasmexport nil_pointer
function main(): void {
  const users = new Chan<User | null>(2);
  users.send(new User("ann"));
  users.send(null);
  for (let i = 0; i < 2; i++) {
    const u = users.recv();
    println(u!.name);
  }
}
