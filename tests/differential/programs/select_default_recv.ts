import { Chan, select, recv, otherwise } from "ts-wasmexport";
import { println } from "./fmt";

function poll(ch: Chan<i32>): string {
  let result = "";
  select(
    recv(ch, (v: i32, ok: bool) => {
      if (!ok) {
        result = "closed";
        return;
      }
      result = `value ${v}`;
    }),
    otherwise(() => { result = "empty"; }),
  );
  return result;
}

// @wasmexport select_default_recv
function main(): void {
  const ch = new Chan<i32>(3);
  println(poll(ch));
  ch.send(1);
  ch.send(2);
  println(poll(ch));
  println(poll(ch));
  println(poll(ch));
  ch.send(3);
  ch.close();
  println(poll(ch));
  println(poll(ch));
  const nilch: Chan<i32> | null = null;
  select(
    recv(nilch, (v: i32) => { println(`nil channel gave ${v}`); }),
    otherwise(() => { println("nil channel never ready"); }),
  );
}
