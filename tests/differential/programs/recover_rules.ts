import { go, Chan, defer, panic, recover } from "ts-wasmexport";
import { println } from "./fmt";

function check(v: i32): i32 {
  if (v > 2) panic(`too big: ${v}`);
  return v * 10;
}

// The panic starts two calls down; the deferred closure stops it, and safe returns 0.
function safe(v: i32): i32 {
  defer(() => {
    const r = recover();
    if (r != null) println(`recovered: ${r}`);
  });
  return check(v) + 1;
}

function nested(v: i32): i32 {
  defer(() => println("nested defer runs"));
  return safe(v) + 1;
}

function noPanic(): void {
  defer(() => {
    const r = recover();
    println(`recover without a panic: ${r == null}`);
  });
  println("noPanic body");
}

function helper(): bool {
  return recover() == null;
}

// recover() not called directly by the deferred function recovers nothing.
function indirect(): void {
  defer(() => println(`indirect recover is nil: ${helper()}`));
  defer(() => println("earlier defer runs too"));
  panic("not stopped");
}

// @wasmexport recover_rules
function main(): void {
  for (let i = 1; i <= 4; i++) println(`${safe(i)}`);
  println(`${nested(5)}`);
  noPanic();
  const done = new Chan<string>();
  go(() => {
    defer(() => {
      const r = recover();
      done.send(`goroutine recovered: ${r}`);
    });
    check(9);
    done.send("not reached");
  });
  println(done.recv());
  indirect();
  println("not reached");
}
