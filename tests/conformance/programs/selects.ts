// select: receive and send cases, otherwise, ok on close, null channels, bodies that block,
// return inside a body, the index as a value.
import { go, Chan, select, recv, send, otherwise } from "ts-wasmexport";

// @wasmexport poll
export function poll(ready: i32): i32 {
  const a = new Chan<i32>(1);
  const b = new Chan<i32>(1);
  if (ready == 1) a.send(10);
  if (ready == 2) b.send(20);
  let got: i32 = -1;
  const i = select(
    recv(a, (v) => { got = v; }),
    recv(b, (v) => { got = v; }),
    otherwise(() => { got = 0; }),
  );
  return i * 100 + got;
}

// @wasmexport closed_ok
export function closedOk(): i32 {
  const a = new Chan<i32>();
  a.close();
  let result: i32 = 0;
  select(recv(a, (v, ok) => { result = ok ? 1 : 2; }));
  return result;
}

// @wasmexport send_case
export function sendCase(): i32 {
  const out = new Chan<i32>(1);
  const never: Chan<i32> | null = null;
  let which: i32 = -1;
  select(
    recv(never, (v) => { which = 0; }),
    send(out, 42, () => { which = 1; }),
  );
  return which * 1000 + out.recv();
}

function producer(ch: Chan<i32>, n: i32): void {
  for (let i = 0; i < n; i++) ch.send(i);
  ch.close();
}

// @wasmexport merge
export function merge(n: i32): i32 {
  const a = new Chan<i32>();
  const b = new Chan<i32>();
  go(producer, a, n);
  go(producer, b, n);
  let sum: i32 = 0;
  let open: i32 = 2;
  let aOpen = true;
  let bOpen = true;
  while (open > 0) {
    select(
      recv(aOpen ? a : null, (v, ok) => {
        if (!ok) { aOpen = false; open--; return; }
        sum += v;
      }),
      recv(bOpen ? b : null, (v, ok) => {
        if (!ok) { bOpen = false; open--; return; }
        sum += v;
        const echo = new Chan<i32>(1);
        echo.send(v);
        sum += echo.recv() - v;
      }),
    );
  }
  return sum;
}

// @wasmexport quit
export function quit(): i32 {
  const jobs = new Chan<i32>(3);
  const done = new Chan<bool>(1);
  jobs.send(1);
  jobs.send(2);
  let handled: i32 = 0;
  done.send(true);
  while (true) {
    if (select(recv(done), otherwise()) == 0) return handled;
    handled++;
  }
}

// @wasmexport fairness
export function fairness(rounds: i32): i32 {
  const a = new Chan<i32>(1);
  const b = new Chan<i32>(1);
  let first: i32 = 0;
  for (let i = 0; i < rounds; i++) {
    a.send(1);
    b.send(2);
    if (select(recv(a), recv(b)) == 0) { first++; b.recv(); } else { a.recv(); }
  }
  return first;
}

function closeLater(ch: Chan<i32>): void {
  ch.close();
}

// A select parked on a receive case and another case: a close wakes it with ok false.
// @wasmexport closed_while_parked
export function closedWhileParked(): i32 {
  const a = new Chan<i32>();
  const b = new Chan<i32>();
  go(closeLater, a);
  let result: i32 = 0;
  select(
    recv(a, (v, ok) => { result = ok ? 1 : 2; }),
    recv(b, (v) => { result = 3; }),
  );
  return result;
}

// A select parked on a send case: a close makes it panic, as a parked send does.
// @wasmexport send_closed_while_parked
export function sendClosedWhileParked(): i32 {
  const a = new Chan<i32>();
  const b = new Chan<i32>();
  go(closeLater, a);
  let result: i32 = 0;
  select(
    send(a, 1, () => { result = 1; }),
    recv(b, (v) => { result = 2; }),
  );
  return result;
}
