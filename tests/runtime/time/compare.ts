// The dialect side of tests/runtime/time.test.ts: the scenarios of compare/main.go, written
// the same way, printing the same "code value" lines through a host import.
import { go, Chan, select, recv, otherwise, WaitGroup, defer, sleep, after, now, Timer, Ticker, Millisecond } from "ts-wasmexport";
import { Context, background, withCancel, withTimeout, withDeadline } from "ts-wasmexport";

const U: i64 = 40 * Millisecond;

// @wasmimport env line
declare function line(code: i32, v: i64): void;

function since(start: i64): i64 {
  return (now() - start) / U;
}

function b(v: bool): i64 {
  return v ? 1 : 0;
}

// @wasmexport select_timeout
export function selectTimeout(): void {
  const start = now();
  const c = new Chan<i32>();
  go(() => { sleep(3 * U); c.send(7); });
  select(
    recv(c, (v) => { line(10, v); }),
    recv(after(U), () => { line(11, since(start)); }),
  );
  select(
    recv(c, (v) => { line(12, v); line(13, since(start)); }),
    recv(after(5 * U), () => { line(14, since(start)); }),
  );
}

function sleeper(id: i32, d: i64, wg: WaitGroup): void {
  defer(() => wg.done());
  sleep(d * U);
  line(20, id);
}

// @wasmexport sleepers
export function sleepers(): void {
  const start = now();
  const wg = new WaitGroup();
  const ds: i64[] = [3, 1, 2];
  for (let i = 0; i < ds.length; i++) {
    wg.add(1);
    go(sleeper, i, ds[i], wg);
  }
  wg.wait();
  line(21, since(start));
}

// @wasmexport ticker
export function ticker(): void {
  const start = now();
  const t = new Ticker(2 * U);
  for (let i = 0; i < 4; i++) {
    const tick = t.c.recv();
    line(30, (tick - start) / U);
    line(31, since(start));
    if (i == 1) sleep(5 * U);
  }
  t.stop();
}

// @wasmexport timers
export function timers(): void {
  const t = new Timer(5 * U);
  line(40, b(t.stop()));
  line(41, b(t.stop()));
  line(42, b(t.reset(U)));
  let start = now();
  t.c.recv();
  line(43, since(start));
  line(44, b(t.reset(U)));
  sleep(2 * U);
  line(45, b(t.stop()));
  select(
    recv(t.c, () => { line(46, 1); }),
    otherwise(() => { line(46, 0); }),
  );
  start = now();
  t.reset(0);
  t.c.recv();
  line(47, since(start));
  after(-U).recv();
  line(48, since(start));
}

function code(ctx: Context): i64 {
  const err = ctx.err();
  if (err === null) return 0;
  if (err == "context canceled") return 1;
  if (err == "context deadline exceeded") return 2;
  return 3;
}

// @wasmexport contexts
export function contexts(): void {
  let start = now();
  const ctx = withTimeout(background(), 2 * U);
  defer(() => ctx.cancel());
  const child = withCancel(ctx);
  defer(() => child.cancel());
  line(50, code(child));
  select(
    recv(child.done(), () => { line(51, since(start)); }),
    recv(after(5 * U), () => { line(52, since(start)); }),
  );
  line(53, code(ctx));
  line(54, code(child));
  const other = withCancel(background());
  const grand = withTimeout(other, 3 * U);
  defer(() => grand.cancel());
  go(() => { sleep(U); other.cancel(); });
  start = now();
  grand.done().recv();
  line(55, since(start));
  line(56, code(grand));
  const d = withDeadline(ctx, now() + U);
  defer(() => d.cancel());
  line(57, code(d));
  d.cancel();
  line(58, code(d));
}

// @wasmexport lengths
export function lengths(): void {
  const t = new Timer(U);
  line(60, t.c.length);
  line(61, t.c.capacity);
  sleep(2 * U);
  line(62, t.c.length);
  t.c.recv();
  line(63, t.c.length);
  const k = new Ticker(U);
  sleep(3 * U);
  line(64, k.c.length);
  line(65, k.c.capacity);
  k.c.recv();
  k.stop();
  const a = after(U);
  sleep(2 * U);
  line(66, a.length);
  line(67, a.capacity);
  a.recv();
  const ctx = withCancel(background());
  ctx.cancel();
  line(68, ctx.done().length);
  line(69, ctx.done().capacity);
  const z = new Timer(0);
  sleep(U);
  line(70, z.c.length);
  z.c.recv();
}
