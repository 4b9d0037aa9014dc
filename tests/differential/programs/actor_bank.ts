// The account's goroutine lives across export calls: each call below is one call from the host.
// calls: actor_bank_open actor_bank_deposit(100) actor_bank_withdraw(30) actor_bank_withdraw(500) actor_bank_deposit(5) actor_bank_balance actor_bank_close
import { go, Chan } from "ts-wasmexport";
import { println } from "./fmt";

class Request {
  constructor(public kind: string, public amount: i32, public reply: Chan<i32>) {}
}

let requests = new Chan<Request | null>();
let finished = new Chan<bool>();

function account(reqs: Chan<Request | null>): void {
  let balance = 0;
  for (const r of reqs) {
    switch (r!.kind) {
      case "deposit":
        balance += r!.amount;
        r!.reply.send(balance);
        break;
      case "withdraw":
        if (r!.amount > balance) {
          r!.reply.send(-1);
        } else {
          balance -= r!.amount;
          r!.reply.send(balance);
        }
        break;
      case "balance":
        r!.reply.send(balance);
        break;
    }
  }
  println(`account closed with ${balance}`);
  finished.send(true);
}

// @wasmexport actor_bank_open
function open(): void {
  requests = new Chan<Request | null>();
  finished = new Chan<bool>();
  go(account, requests);
  println("opened");
}

function ask(kind: string, amount: i32): i32 {
  const reply = new Chan<i32>();
  requests.send(new Request(kind, amount, reply));
  return reply.recv();
}

// @wasmexport actor_bank_deposit
function deposit(n: i32): void {
  println(`deposit ${n} -> ${ask("deposit", n)}`);
}

// @wasmexport actor_bank_withdraw
function withdraw(n: i32): void {
  println(`withdraw ${n} -> ${ask("withdraw", n)}`);
}

// @wasmexport actor_bank_balance
function balance(): void {
  println(`balance ${ask("balance", 0)}`);
}

// @wasmexport actor_bank_close
function closeAccount(): void {
  requests.close();
  finished.recv();
}
