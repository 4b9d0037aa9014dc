import { go, Chan } from "ts-wasmexport";
import { println } from "./fmt";

class Request {
  constructor(public n: i32, public reply: Chan<string>) {}
}

function server(id: i32, reqs: Chan<Request | null>): void {
  let handled = 0;
  for (const r of reqs) {
    handled++;
    r!.reply.send(`server ${id}: ${r!.n} squared is ${r!.n * r!.n} (request ${handled} here)`);
  }
}

// @wasmexport load_balancer
function main(): void {
  const servers: Chan<Request | null>[] = [];
  for (let i = 0; i < 3; i++) {
    servers.push(new Chan<Request | null>());
    go(server, i, servers[i]);
  }
  const replies = new Chan<string>(9);
  for (let n = 1; n <= 9; n++) servers[n % servers.length].send(new Request(n, replies));
  const lines: string[] = [];
  for (let i = 0; i < 9; i++) lines.push(replies.recv());
  lines.sort();
  for (const l of lines) println(l);
  for (const s of servers) s.close();
}
