import { Chan, select, recv, send, otherwise } from "ts-wasmexport";
import { println } from "./fmt";

let calls: string[] = [];

function value(name: string, v: i32): i32 {
  calls.push(name);
  return v;
}

function channel(name: string, c: Chan<i32>): Chan<i32> {
  calls.push(name);
  return c;
}

// @wasmexport select_eval_once
function main(): void {
  const full = new Chan<i32>();
  const ready = new Chan<i32>(1);
  ready.send(5);
  select(
    send(full, value("send value", 1), () => { println("sent?"); }),
    recv(channel("recv channel", ready), (v: i32) => { println(`received ${v}`); }),
  );
  select(
    send(channel("send channel", full), value("second send value", 2), () => { println("sent?"); }),
    otherwise(() => { println("default"); }),
  );
  println(`[${calls.join(" ")}]`);
}
