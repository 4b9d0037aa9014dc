// Dialect programs kept as files, compiled by the real pipeline and called as a host calls
// them: an empty import object, `_initialize` (or not), then the exports.
import { Exports, load } from "./load";

function panicMessage(e: Exports): string {
  return Buffer.from(new Uint8Array(e.memory.buffer, e.wasmexport_panic_ptr(), e.wasmexport_panic_len())).toString("utf8");
}

test("ping-pong over unbuffered channels", () => {
  const e = load("pingpong");
  expect(e.pingpong(1)).toBe(1);
  expect(e.pingpong(10000)).toBe(10000);
});

test("the daisy-chain prime sieve", () => {
  const e = load("examples/sieve");
  expect(e.nth_prime(1)).toBe(2);
  expect(e.nth_prime(10)).toBe(29);
  expect(e.nth_prime(2000)).toBe(17389);
});

test("whispers: 100 000 goroutines in one chain", () => {
  expect(load("whispers").whispers(100000)).toBe(100001);
});

test("fan-out and fan-in with a WaitGroup", () => {
  const e = load("workers");
  expect(e.sum_of_squares(100, 4)).toBe(338350n);
  expect(e.sum_of_squares(1000, 1)).toBe(333833500n);
});

test("the signal handler: start, process_a many times, stop", () => {
  const e = load("signals");
  e.start();
  for (let i = 1; i <= 100; i++) e.process_a(i);
  expect(e.stop()).toBe(100);
  expect(e.total()).toBe(5050n);
  // Again, on the same instance.
  e.start();
  e.process_a(7);
  expect(e.stop()).toBe(1);
});

test("select: ready cases, otherwise, ok on close, send cases, null channels", () => {
  const e = load("selects");
  expect(e.poll(1)).toBe(10);
  expect(e.poll(2)).toBe(120);
  expect(e.poll(0)).toBe(200);
  expect(e.closed_ok()).toBe(2);
  expect(e.send_case()).toBe(1042);
  expect(e.quit()).toBe(0);
});

test("a close wakes a parked select: a receive case gets ok false, a send case panics", () => {
  const e = load("selects");
  expect(e.closed_while_parked()).toBe(2);
  expect(() => e.send_closed_while_parked()).toThrow(WebAssembly.RuntimeError);
  expect(panicMessage(e)).toBe("send on closed channel");
});

test("select bodies that block and return early; two producers merged until both close", () => {
  const e = load("selects");
  expect(e.merge(100)).toBe(2 * 4950);
});

test("select chooses uniformly among ready cases, deterministically for a seed", () => {
  const a = load("selects", { seed: 7 });
  const first = a.fairness(10000);
  expect(first).toBeGreaterThan(4500);
  expect(first).toBeLessThan(5500);
  expect(load("selects", { seed: 7 }).fairness(10000)).toBe(first);
});

test("blocking calls inside expressions keep evaluation order and short-circuiting", () => {
  const e = load("control");
  // a = 1 + 2x*10; b = 100 when x > 0; c true when x >= 0 (3*2 == 6)
  expect(e.expressions(2)).toBe(41 + 100 + 1000);
  expect(e.expressions(-1)).toBe(1 - 20 + 200 + 1000);
});

test("labeled break and continue, switch fall-through, do-while around parks", () => {
  const e = load("control");
  expect(e.labeled(5)).toBe(6); // i = 0..2 count j = 0,1; i == 3 breaks out
  expect(e.fallthrough(1)).toBe(11);
  expect(e.fallthrough(2)).toBe(10);
  expect(e.fallthrough(3)).toBe(333);
  expect(e.fallthrough(9)).toBe(-1);
  expect(e.dowhile(5)).toBe(10);
  expect(e.dowhile(0)).toBe(0);
});

test("recursion to a depth of 20 000, direct and mutual", () => {
  const e = load("control");
  expect(e.recursion(20000)).toBe(20000);
  expect(e.mutual(20000)).toBe(1);
  expect(e.mutual(20001)).toBe(0);
});

test("shadowed names each keep their own value across parks", () => {
  expect(load("control").shadowed()).toBe(621);
});

test("template strings, for…of over arrays, recvOk destructuring", () => {
  const e = load("control");
  expect(e.template()).toBe(1);
  expect(e.array_loop()).toBe(10);
  expect(e.recv_ok()).toBe(710);
});

test("go() closures: per-iteration let, arguments, a Mutex-protected counter", () => {
  const e = load("closures");
  expect(e.per_iteration(10)).toBe(45);
  expect(e.with_args()).toBe(42);
  expect(e.mutex_counter(10, 20)).toBe(200);
});

test("go() closures whose body is a blocking call, not a block", () => {
  expect(load("closures").expression_bodies()).toBe(42);
});

test("go() with an argument that blocks: it is evaluated before the goroutine starts", () => {
  expect(load("closures").blocking_argument()).toBe(42);
});

test("defer runs last first at every return, after parks and inside loops", () => {
  const e = load("closures");
  expect(e.defers(0)).toBe(7100001);
  expect(e.defers(3)).toBe(5010001);
});

test("garbage made by goroutines is collected (incremental runtime, the default)", () => {
  const e = load("garbage");
  for (let round = 0; round < 5; round++) expect(e.churn(200000)).toBe(100000);
  // 1 000 000 arrays of 64 i32 were made: 256 MB if nothing were collected.
  expect(e.memory.buffer.byteLength).toBeLessThan(16 * 1024 * 1024);
});

test("the minimal runtime collects at scheduler safe points between calls", () => {
  const e = load("garbage", { runtime: "minimal" });
  // Small calls, each below the heap's size: the collection when memory grows frees the
  // garbage of the calls before, so the heap stops growing.
  for (let round = 0; round < 200; round++) expect(e.churn(2000)).toBe(1000);
  const settled = e.memory.buffer.byteLength;
  for (let round = 0; round < 200; round++) e.churn(2000);
  expect(e.memory.buffer.byteLength).toBe(settled);
  expect(settled).toBeLessThan(8 * 1024 * 1024);
});

test("the stub runtime builds and runs (it never collects)", () => {
  expect(load("pingpong", { runtime: "stub" }).pingpong(1000)).toBe(1000);
});

test("for…of over arrays, labeled jumps and defer in code that never parks", () => {
  const e = load("plain");
  expect(e.sum()).toBe(10);
  expect(e.grid(10)).toBe(403);
  expect(e.deferred(5)).toBe(521);
  expect(e.deferred(-3)).toBe(321);
});

test("methods that block, calling each other, with the object in their frames", () => {
  expect(load("methods").mailbox(20)).toBe(210020);
});

test("a variable written by goroutines and their parent is one variable", () => {
  const e = load("shared");
  expect(e.total(10)).toBe(110);
  // The goroutine runs after later() assigned 7: it reads the shared variable, not a copy.
  e.later();
  expect(e.read_later()).toBe(7);
});

test("an export called back from inside a host import runs a nested scheduler", () => {
  let e: Exports;
  e = load("reentry", {}, { env: { ask_host: (q: number) => e.inner(q) * 10 } });
  expect(e.outer(4)).toBe(90); // (4 * 2 + 1) * 10
  expect(e.outer(5)).toBe(110);
  expect(e.inner_calls()).toBe(2);
});

test("a select in a loop leaves the queue of the case that did not fire", () => {
  const e = load("selectloop");
  expect(e.drain(1000)).toBe(1000);
  const settled = e.memory.buffer.byteLength;
  expect(e.drain(200000)).toBe(200000);
  // 200 000 parked cases left behind on `never` would take megabytes.
  expect(e.memory.buffer.byteLength).toBe(settled);
});

test("goroutines started by top-level code run in _initialize and serve later calls; tryLock", () => {
  const e = load("toplevel");
  expect(e.served()).toBe(0);
  expect(e.ask(4)).toBe(40);
  expect(e.ask(5)).toBe(50);
  expect(e.served()).toBe(2);
  expect(e.try_lock_twice()).toBe(10);
});

test("operands sent from and received into variables behave as copies", () => {
  const e = load("operands");
  expect(e.send_then_change()).toBe(1234n);
  expect(e.receive_widened(3, 5)).toBe(3n * 4294967296n + 5n);
  expect(e.receive_widened(-1, 7)).toBe(-4294967296n + 7n);
});

test("an element assignment runs its blocking index and value once each, in order", () => {
  // a[0] = 1 (one call), a[1] = 2 then += 300, the channel drained.
  expect(load("operands").element_assignments()).toBe(1n * 1000000n + 302n * 1000n + 10n);
});

test("select reads its channels before a later case expression changes them", () => {
  const e = load("operands");
  // Case 0 receives 0 from the old `a` (got = 100); then b delivers 1.
  expect(e.select_with_effects()).toBe(0 * 10000 + 100 * 10 + 1);
});

test("goroutines started again and again reuse ended frames, each run from a fresh frame", () => {
  const e = load("reuse");
  // Each round: 1 + 3 + 6 from the workers, then the round number from the closure.
  const n = 300;
  expect(e.rounds(n)).toBe(BigInt(10 * n + (n * (n - 1)) / 2));
  expect(e.rounds(5)).toBe(BigInt(50 + 10));
  // note() ran once per round, in order: the last digits are those of the last rounds.
  expect(e.log_value() % 100000n).toBe(1234n);
});

test("goroutines holding big values, started again and again, leave the heap bounded", () => {
  const e = load("reuse");
  // 300 calls of 100 goroutines that each held 64 KB: 1.9 GB in all.
  for (let i = 0; i < 300; i++) expect(e.hold(100)).toBe(100 * 16384);
  expect(e.memory.buffer.byteLength).toBeLessThan(64 * 1024 * 1024);
});

test("bursts of goroutines all alive at once take the frames of the burst before", () => {
  const e = load("reuse");
  e.burst(100000); // the goroutines run once burst() has returned, before the call ends
  expect(e.ticks()).toBe(100000);
  const after = e.memory.buffer.byteLength;
  for (let i = 0; i < 20; i++) e.burst(100000);
  expect(e.ticks()).toBe(21 * 100000);
  expect(e.memory.buffer.byteLength).toBeLessThanOrEqual(after + 1024 * 1024);
});

test("a blocking function called again and again starts from a fresh frame each time", () => {
  const e = load("reuse");
  // 1 + 2 + … + 300, and 200 deferred calls (two calls per round).
  expect(e.calls(100)).toBe(45150 * 1000 + 200);
});

test("frames move on and off the free lists while the collector runs", () => {
  const e = load("reuse");
  let expected = 0n;
  for (let r = 0; r < 400; r++) {
    const k = 1 + ((r * 7) % 300);
    for (let i = 0; i < k; i++) expected += 2n * BigInt(1 + (i % 50));
  }
  expect(e.waves(400)).toBe(expected);
});

describe("loops whose iterations park or not, around every flattened branch", () => {
  // The same computations in JavaScript: buffered channels of these capacities never change a
  // result, only whether an iteration parks.
  function branches(n: number): bigint {
    let sum = 0n;
    let evens = 0n;
    for (let v = 0; v < n; v++) {
      if (v % 7 == 0) continue;
      if (v > 1000) break;
      if (v % 2 == 0) {
        evens++;
        sum += BigInt(v % 3 == 0 ? v * 3 : v);
      } else {
        sum += BigInt(v * 2);
      }
    }
    return sum * 10000n + evens;
  }
  function counted(n: number): bigint {
    let sum = 0n;
    for (let i = 0; i < n; i++) {
      if (i % 5 == 1) continue;
      const m = i % 4;
      sum += m == 0 ? BigInt(i) : m == 1 ? -1n : BigInt(i * 3);
    }
    return sum;
  }
  function polled(n: number): number {
    let score = 0;
    for (let i = 0; i < n; i++) score += i % 3 == 1 ? i : i % 5 == 2 ? 2 * i : -1;
    return score;
  }
  function conditions(n: number): number {
    let i = 0;
    let s = 0;
    do {
      s += i % 2 == 0 ? i * 2 : i;
      i++;
    } while (i < n);
    let j = 0;
    while (j < n && (j < 3 || j * 2 < 2 * n - 4)) j++;
    return s * 1000 + j;
  }

  test("for…of over a channel with continue, break, nested if/else that park", () => {
    const e = load("loops");
    for (const cap of [0, 1, 3, 64]) {
      for (const n of [0, 1, 2, 50, 1500]) expect(e.branches(n, cap)).toBe(branches(n));
    }
  });

  test("for with continue and a switch whose cases park or not", () => {
    const e = load("loops");
    for (const cap of [1, 2, 8]) {
      for (const n of [0, 1, 7, 100]) expect(e.counted(n, cap)).toBe(counted(n));
    }
  });

  test("select with otherwise in a while loop", () => {
    const e = load("loops");
    // At most one of a, b holds a value at each select, so the run is determined.
    for (const n of [0, 1, 2, 9, 100]) expect(e.polled(n)).toBe(polled(n));
  });

  test("do…while and while with blocking calls in conditions and conditional expressions", () => {
    const e = load("loops");
    for (const n of [1, 2, 5, 10]) expect(e.conditions(n)).toBe(conditions(n));
  });
});

test("locals of every number type and bool keep their values and wrap across parks", () => {
  const e = load("values");
  const small = (n: number): bigint => {
    const a = (250 + n) & 0xff;
    const b = (((120 + 3 * n) & 0xff) ^ 0x80) - 0x80;
    const c = (65530 + 2 * n) & 0xffff;
    const d = (((-32760 - 3 * n) & 0xffff) ^ 0x8000) - 0x8000;
    return BigInt(a + b * 1000 + c * 1000000 + (n % 2) * 7 + d * 13);
  };
  for (const n of [0, 1, 5, 10, 300]) expect(e.small(n)).toBe(small(n));
  const wide = (n: number): number => {
    let big = 2n ** 40n;
    let u = 0xffffffffffffn;
    let x = 0.5;
    let y = Math.fround(1.25);
    let p = 16;
    for (let i = 0; i < n; i++) {
      big = BigInt.asIntN(64, big * 3n);
      u >>= 1n;
      x *= 1.5;
      y = Math.fround(y + 0.25);
      p += 4;
    }
    return Number(big) + Number(u) + x + y + p;
  };
  for (const n of [0, 1, 7, 30]) expect(e.wide(n)).toBeCloseTo(wide(n), 0);
});

test("the Go tour's tree walk: a nullable parameter narrowed by a null check, across parks", () => {
  const e = load("tree");
  expect(e.sorted(1)).toBe(1);
  expect(e.sorted(1000)).toBe(1);
});

test("[v, ok] = ch.recvOk() assigns to variables declared before", () => {
  expect(load("values").recv_ok_assign()).toBe(105);
});

test("array literals with no annotation keep their type across parks", () => {
  expect(load("values").array_literals()).toBe(33);
});

test("a closed Chan<string> gives the empty string", () => {
  expect(load("values").closed_string()).toBe(1111);
});

test("locals typed by a generic call or a float literal keep their types across parks", () => {
  expect(load("values").inferred()).toBe(537.5);
});

test("the collector runs while references travel through channels, selects and nested calls", () => {
  const e = load("stress");
  // Each value gains one per stage; sum() adds its 16 copies.
  const chain = (stages: number, n: number): bigint => BigInt(16 * (n * (n - 1) / 2 + n * stages));
  expect(e.chain(10, 3000)).toBe(chain(10, 3000));
  // Each feeder sends 0 … n-1, each value on whichever channel select picks.
  expect(e.selects(2000, 4)).toBe(BigInt(16 * 4 * (2000 * 1999 / 2)));
  expect(e.calls(3000, 20)).toBe(BigInt(16 * 3000));
});

test("goroutines left parked on channels nothing else refers to are collected", () => {
  // Every call leaves its sieve's generator and filters parked for good (as many as primes).
  const e = load("examples/sieve");
  e.nth_prime(1000);
  const after = e.memory.buffer.byteLength;
  for (let i = 0; i < 100; i++) expect(e.nth_prime(1000)).toBe(7919);
  // 100 000 goroutines kept alive would take several megabytes more.
  expect(e.memory.buffer.byteLength).toBeLessThanOrEqual(after + 2 * 1024 * 1024);
});

test("a run-time abort names the line and column of the dialect source, in a blocking function and in a plain one", () => {
  const message = (name: string, ...args: number[]): string => {
    const e = load("aborts");
    expect(() => e[name](...args)).toThrow(WebAssembly.RuntimeError);
    return panicMessage(e);
  };
  expect(load("aborts").blocking(1)).toBe(1);
  // Lowered to a state machine: the statement the lowering emits whole.
  expect(message("blocking", 5)).toBe("too big at tests/conformance/programs/aborts.ts:12:3");
  expect(message("blocking", 3)).toBe("far too big at tests/conformance/programs/aborts.ts:16:5");
  // Not lowered: the exact expression.
  expect(message("plain", 5)).toBe("n too large at tests/conformance/programs/aborts.ts:32:3");
  expect(message("null_field", 1)).toBe("runtime error: invalid memory address or nil pointer dereference at tests/conformance/programs/aborts.ts:40:38");
});

test("runtime errors in AssemblyScript's library are worded as Go words them, at the access in the dialect file", () => {
  const message = (name: string, ...args: number[]): string => {
    const e = load("aborts");
    expect(() => e[name](...args)).toThrow(WebAssembly.RuntimeError);
    return panicMessage(e);
  };
  expect(load("aborts").index(2)).toBe(3);
  expect(message("index", 5)).toBe("runtime error: index out of range [5] with length 3 at tests/conformance/programs/aborts.ts:47:10");
  // Go leaves the length out of a negative index's message.
  expect(message("index", -1)).toBe("runtime error: index out of range [-1] at tests/conformance/programs/aborts.ts:47:10");
  expect(message("static_index", 3)).toBe("runtime error: index out of range [3] with length 3 at tests/conformance/programs/aborts.ts:53:10");
  expect(message("typed_set", 2)).toBe("runtime error: index out of range [2] with length 2 at tests/conformance/programs/aborts.ts:65:3");
  // An Array grows when written past its end, as AssemblyScript's does; a negative index panics.
  expect(load("aborts").set_negative(4)).toBe(5);
  expect(message("set_negative", -2)).toBe("runtime error: index out of range [-2] at tests/conformance/programs/aborts.ts:72:3");
  // In a function lowered to a state machine: the line, and the statement the lowering emits whole.
  expect(message("blocking_index", 3)).toBe("runtime error: index out of range [3] with length 3 at tests/conformance/programs/aborts.ts:81:3");
  // Go has no words for this one: AssemblyScript's stay, at the access.
  expect(message("holey", 2)).toBe("Element type must be nullable if array is holey at tests/conformance/programs/aborts.ts:59:10");
});

test("Go idioms and TypeScript forms: a channel nulled in a case body, const self = this, static receivers, defaults, shared loop variables, top-level captures", () => {
  const e = load("idioms");
  expect(e.nulled_in_case()).toBe(1);
  expect(e.merge(100)).toBe(4950 + 104950);
  expect(e.self_alias()).toBe(6);
  expect(e.static_receivers()).toBe(130 * 1000 + 3 * 10 + 1);
  // scaled(4) 40, scaled(4, 2) 8, m(3) 3 + 7, report(4) 4 + 5, addPlain(2) 6
  expect(e.defaults()).toBe(40 * 1000000 + 8 * 10000 + 10 * 100 + 9 + 6 * 1000);
  expect(e.loop_shared()).toBe(5 + 6 + 7);
  expect(e.init_total()).toBe(1 + 2 + 3 + 100);
  expect(e.separated_literal()).toBe(0x123456789abcdef1n + 1000000000000000001n);
  expect(e.wide_literals()).toBe(3000000000n + 4294967295n + 0x100000000n - 3000000000n + 1n);
  // A null received from a closed channel and read as an object: the abort names its declaration.
  expect(() => e.closed_object()).toThrow(WebAssembly.RuntimeError);
  expect(panicMessage(e)).toBe("runtime error: invalid memory address or nil pointer dereference at tests/conformance/programs/idioms.ts:145:9");
});
