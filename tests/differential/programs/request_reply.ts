import { go, Chan } from "ts-wasmexport";
import { println } from "./fmt";

class Request {
  constructor(public a: i32, public b: i32, public reply: Chan<i32>) {}
}

function server(reqs: Chan<Request | null>): void {
  for (const r of reqs) {
    go((r: Request) => r.reply.send(r.a * r.b), r!);
  }
}

// @wasmexport request_reply
function main(): void {
  const reqs = new Chan<Request | null>();
  go(server, reqs);
  const replies: Chan<i32>[] = [];
  for (let i = 1; i <= 5; i++) {
    const r = new Request(i, i + 1, new Chan<i32>(1));
    reqs.send(r);
    replies.push(r.reply);
  }
  for (let i = 0; i < replies.length; i++) println(`${i + 1} * ${i + 2} = ${replies[i].recv()}`);
  reqs.close();
}
