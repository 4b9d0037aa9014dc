import { go, Chan, Mutex } from "ts-wasmexport";
import { println } from "./fmt";

class Account {
  mu: Mutex = new Mutex();
  balance: i32 = 0;

  deposit(n: i32): void {
    this.mu.lock();
    this.balance += n;
    this.mu.unlock();
  }

  buggy(n: i32): void {
    this.balance += n;
    this.mu.unlock();
  }
}

// @wasmexport panic_unlock_unlocked
function main(): void {
  const a = new Account();
  const done = new Chan<bool>();
  go(() => {
    a.deposit(5);
    done.send(true);
  });
  done.recv();
  println(`balance ${a.balance}`);
  a.buggy(1);
  println("not reached");
}
