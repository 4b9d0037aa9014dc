import { go, Chan } from "ts-wasmexport";
import { println } from "./fmt";

// Blocking methods called through interfaces, overrides and super.
interface Named {
  name(): string;
}

interface Stage extends Named {
  process(v: i32, scale: i32): i32;
}

class Doubler implements Stage {
  name(): string {
    return "doubler";
  }
  process(v: i32, scale: i32): i32 {
    return v * 2 * scale;
  }
}

// A stage that hands the value to a goroutine and waits for its answer.
class Remote implements Stage {
  req: Chan<i32> = new Chan<i32>();
  res: Chan<i32> = new Chan<i32>();
  constructor() {
    go(() => {
      for (const v of this.req) this.res.send(v + 1000);
    });
  }
  name(): string {
    return "remote";
  }
  process(v: i32, scale: i32): i32 {
    this.req.send(v * scale);
    return this.res.recv();
  }
}

// An override that blocks, and calls the method it overrides through super.
class LoggedRemote extends Remote {
  log: Chan<string> = new Chan<string>(10);
  name(): string {
    return "logged " + super.name();
  }
  process(v: i32, scale: i32): i32 {
    const r = super.process(v, scale);
    this.log.send(`processed ${v}`);
    return r;
  }
}

abstract class Shape {
  abstract area(): i32;
  describe(): string {
    return `area ${this.area()}`;
  }
}

class Square extends Shape {
  constructor(public side: i32) {
    super();
  }
  area(): i32 {
    return this.side * this.side;
  }
}

class Measured extends Shape {
  constructor(public c: Chan<i32>) {
    super();
  }
  area(): i32 {
    return this.c.recv();
  }
}

function run(stages: Stage[], v: i32): i32 {
  let x = v;
  for (let i = 0; i < stages.length; i++) {
    x = stages[i].process(x, 1);
    println(`${stages[i].name()} -> ${x}`);
  }
  return x;
}

// @wasmexport dispatch_blocking
function main(): void {
  const logged = new LoggedRemote();
  const stages: Stage[] = [new Doubler(), new Remote(), logged, new Doubler()];
  println(`result ${run(stages, 5)}`);
  println(logged.log.recv());
  const c = new Chan<i32>(1);
  c.send(42);
  const shapes: Shape[] = [new Square(3), new Measured(c)];
  for (let i = 0; i < shapes.length; i++) println(shapes[i].describe());
}
