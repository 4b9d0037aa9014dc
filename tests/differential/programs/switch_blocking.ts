import { go, Chan } from "ts-wasmexport";
import { println } from "./fmt";

class Op {
  constructor(public kind: string, public arg: i32) {}
}

// @wasmexport switch_blocking
function main(): void {
  const ops = new Chan<Op | null>();
  const replies = new Chan<i32>();
  go(() => {
    const stack: i32[] = [];
    for (const o of ops) {
      switch (o!.kind) {
        case "push":
          stack.push(o!.arg);
          break;
        case "pop":
          replies.send(stack.pop());
          break;
        case "peek":
          replies.send(stack[stack.length - 1]);
          break;
        case "size":
          replies.send(stack.length);
          break;
        default:
          replies.send(-1);
      }
    }
    replies.close();
  });
  for (let i = 1; i <= 5; i++) ops.send(new Op("push", i * i));
  for (let step = 0; step < 6; step++) {
    switch (step % 3) {
      case 0:
        ops.send(new Op("pop", 0));
        println(`pop ${replies.recv()}`);
        break;
      case 1:
        ops.send(new Op("peek", 0));
        println(`peek ${replies.recv()}`);
        break;
      default:
        ops.send(new Op("size", 0));
        println(`size ${replies.recv()}`);
    }
  }
  ops.send(new Op("bogus", 0));
  println(`bogus ${replies.recv()}`);
  ops.close();
  const [_, ok] = replies.recvOk();
  println(`replies open ${ok}`);
}
