import { go, Chan, Mutex, WaitGroup, defer } from "ts-wasmexport";
import { println } from "./fmt";

class Account {
  mu: Mutex = new Mutex();
  constructor(public id: i32, public balance: i32) {}
}

function transfer(from: Account, to: Account, amount: i32): bool {
  let first = from;
  let second = to;
  if (to.id < from.id) {
    first = to;
    second = from;
  }
  first.mu.lock();
  defer(() => first.mu.unlock());
  second.mu.lock();
  defer(() => second.mu.unlock());
  if (from.balance < amount) return false;
  from.balance -= amount;
  to.balance += amount;
  return true;
}

// @wasmexport bank_transfer
function main(): void {
  const accounts = [new Account(0, 100), new Account(1, 50), new Account(2, 0)];
  const wg = new WaitGroup();
  const results = new Chan<bool>(30);
  for (let i = 0; i < 30; i++) {
    wg.add(1);
    go(() => {
      defer(() => wg.done());
      const from = accounts[i % 3];
      const to = accounts[(i + 1) % 3];
      results.send(transfer(from, to, 10));
    });
  }
  wg.wait();
  results.close();
  let total = 0;
  for (const a of accounts) total += a.balance;
  println(`money is conserved: ${total == 150}`);
}
