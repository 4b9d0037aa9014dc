// RWMutex, Once and Cond, compared with the same program in Go (go/synctools.go): each export
// prints numbers through the host, and the test compares the lines with Go's.
import { go, Chan, WaitGroup, Mutex, RWMutex, Once, Cond, gosched } from "ts-wasmexport";

// @wasmimport env print
declare function print(v: i64): void;

let shared: i64 = 0;

function writer(rw: RWMutex, wg: WaitGroup, n: i32): void {
  for (let i = 0; i < n; i++) {
    rw.lock();
    const v = shared;
    gosched(); // no reader or writer may get in while the write lock is held
    shared = v + 1;
    rw.unlock();
  }
  wg.done();
}

function reader(rw: RWMutex, wg: WaitGroup, seen: Chan<i64>): void {
  rw.rLock();
  const a = shared;
  gosched();
  const b = shared; // no writer can run while the read lock is held
  rw.rUnlock();
  seen.send(a == b ? 1 : 0);
  wg.done();
}

// @wasmexport rw_counter
export function rwCounter(): void {
  shared = 0;
  const rw = new RWMutex();
  const wg = new WaitGroup();
  const seen = new Chan<i64>(100);
  for (let w = 0; w < 10; w++) {
    wg.add(1);
    go(writer, rw, wg, 50);
  }
  for (let r = 0; r < 20; r++) {
    wg.add(1);
    go(reader, rw, wg, seen);
  }
  wg.wait();
  seen.close();
  let consistent: i64 = 0;
  for (const s of seen) consistent += s;
  print(shared);
  print(consistent);
}

// A waiting writer keeps new readers out: tryRLock fails while it waits, and the writer gets
// the lock as soon as the last reader leaves.
// @wasmexport rw_writer_first
export function rwWriterFirst(): void {
  const rw = new RWMutex();
  const order = new Chan<i64>(10);
  rw.rLock();
  go(() => {
    rw.lock();
    order.send(2);
    rw.unlock();
  });
  while (rw.tryRLock()) {
    rw.rUnlock();
    gosched();
  }
  print(rw.tryRLock() ? 1 : 0);
  order.send(1);
  rw.rUnlock();
  rw.rLock();
  order.send(3);
  rw.rUnlock();
  print(rw.tryLock() ? 1 : 0);
  rw.unlock();
  order.close();
  for (const v of order) print(v);
}

let onceCalls: i64 = 0;

function initOnce(): void {
  onceCalls++;
}

function useOnce(once: Once, wg: WaitGroup): void {
  once.do(initOnce);
  wg.done();
}

// @wasmexport once
export function once(): void {
  onceCalls = 0;
  const o = new Once();
  const wg = new WaitGroup();
  for (let i = 0; i < 5; i++) {
    wg.add(1);
    go(useOnce, o, wg);
  }
  wg.wait();
  o.do(initOnce);
  print(onceCalls);
}

// A queue guarded by a Cond: consumers wait while it is empty.
class Queue {
  items: i64[] = [];
  closed: bool = false;
  mu: Mutex;
  cond: Cond;
  constructor() {
    const mu = new Mutex();
    this.mu = mu;
    this.cond = new Cond(mu);
  }
}

function consume(q: Queue, sums: Chan<i64>): void {
  let sum: i64 = 0;
  q.mu.lock();
  while (true) {
    while (q.items.length == 0 && !q.closed) q.cond.wait();
    if (q.items.length == 0) break;
    sum += q.items.shift();
  }
  q.mu.unlock();
  sums.send(sum);
}

// @wasmexport cond_queue
export function condQueue(n: i32): void {
  const q = new Queue();
  const sums = new Chan<i64>(3);
  for (let c = 0; c < 3; c++) go(consume, q, sums);
  for (let i = 1; i <= n; i++) {
    q.mu.lock();
    q.items.push(i);
    q.cond.signal();
    q.mu.unlock();
    if (i % 7 == 0) gosched();
  }
  q.mu.lock();
  q.closed = true;
  q.cond.broadcast();
  q.mu.unlock();
  let total: i64 = 0;
  for (let c = 0; c < 3; c++) total += sums.recv();
  print(total);
}

let woken: i64 = 0;

function await_(ready: Cond, flag: Chan<i64>, done: WaitGroup): void {
  ready.l.lock();
  while (flag.length == 0) ready.wait();
  woken++;
  ready.l.unlock();
  done.done();
}

// broadcast wakes every waiter, each holding the mutex in turn.
// @wasmexport cond_broadcast
export function condBroadcast(): void {
  woken = 0;
  const c = new Cond(new Mutex());
  const flag = new Chan<i64>(1);
  const wg = new WaitGroup();
  for (let i = 0; i < 8; i++) {
    wg.add(1);
    go(await_, c, flag, wg);
  }
  gosched();
  c.l.lock();
  flag.send(1);
  c.broadcast();
  c.l.unlock();
  wg.wait();
  print(woken);
}

// @wasmexport runlock_unlocked
export function rUnlockUnlocked(): void {
  new RWMutex().rUnlock();
}

// @wasmexport unlock_unlocked_rw
export function unlockUnlockedRW(): void {
  new RWMutex().unlock();
}

// @wasmexport wait_unlocked
export function waitUnlocked(): void {
  new Cond(new Mutex()).wait();
}
