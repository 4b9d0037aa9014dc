// What a TypeScript user writes today: channels over promises, goroutines as async functions.
// The same workloads as programs.js, run by Node in the same process.
"use strict";

class Chan {
  constructor(capacity = 0) {
    this.capacity = capacity;
    this.buffer = [];
    this.receivers = []; // resolve functions of waiting receivers
    this.senders = []; // { value, resolve } of waiting senders
    this.closed = false;
  }
  send(value) {
    if (this.closed) throw new Error("send on closed channel");
    const r = this.receivers.shift();
    if (r) { r({ value, ok: true }); return Promise.resolve(); }
    if (this.buffer.length < this.capacity) { this.buffer.push(value); return Promise.resolve(); }
    return new Promise((resolve) => this.senders.push({ value, resolve }));
  }
  recv() {
    if (this.buffer.length > 0) {
      const value = this.buffer.shift();
      const s = this.senders.shift();
      if (s) { this.buffer.push(s.value); s.resolve(); }
      return Promise.resolve({ value, ok: true });
    }
    const s = this.senders.shift();
    if (s) { s.resolve(); return Promise.resolve({ value: s.value, ok: true }); }
    if (this.closed) return Promise.resolve({ value: 0, ok: false });
    return new Promise((resolve) => this.receivers.push(resolve));
  }
  close() {
    this.closed = true;
    for (const r of this.receivers.splice(0)) r({ value: 0, ok: false });
  }
}

async function pingpong(n) {
  const a = new Chan(), b = new Chan();
  (async () => { for (;;) { const { value, ok } = await a.recv(); if (!ok) return; await b.send(value); } })();
  for (let i = 0; i < n; i++) { await a.send(i); await b.recv(); }
  a.close();
}

async function buffered(n, capacity) {
  const ch = new Chan(capacity);
  (async () => { for (let i = 0; i < n; i++) await ch.send(i); ch.close(); })();
  let sum = 0;
  for (;;) { const { value, ok } = await ch.recv(); if (!ok) break; sum += value; }
  return sum;
}

async function spawnMany(n) {
  let finished = 0;
  const all = [];
  for (let i = 0; i < n; i++) all.push((async () => { finished++; })());
  await Promise.all(all);
  return finished;
}

// select over k channels: race the receives, and take back the ones that lost, as a careful
// user must (a lost receive would otherwise swallow a later value).
async function selectK(k, n) {
  const chans = Array.from({ length: k }, () => new Chan());
  (async () => { for (let i = 0; i < n; i++) await chans[i % k].send(i); })();
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const waits = [];
    const winner = await new Promise((resolve) => {
      chans.forEach((c, j) => {
        if (c.buffer.length > 0 || c.senders.length > 0) { resolve(j); return; }
      });
      chans.forEach((c, j) => {
        const r = (v) => resolve(j);
        waits.push([c, r]);
        c.receivers.push(r);
      });
    });
    for (const [c, r] of waits) { const at = c.receivers.indexOf(r); if (at >= 0) c.receivers.splice(at, 1); }
    const { value } = await chans[winner].recv();
    sum += value;
  }
  return sum;
}

async function sieve(n) {
  const first = new Chan();
  (async () => { for (let i = 2; ; i++) await first.send(i); })();
  let ch = first;
  let prime = 0;
  for (let i = 0; i < n; i++) {
    prime = (await ch.recv()).value;
    const inbox = ch, out = new Chan(), p = prime;
    (async () => { for (;;) { const { value } = await inbox.recv(); if (value % p !== 0) await out.send(value); } })();
    ch = out;
  }
  return prime;
}

/** An export-like call that spawns a goroutine and waits for its answer. */
async function roundtrip(x) {
  const ch = new Chan();
  (async () => { await ch.send(x + 1); })();
  return (await ch.recv()).value;
}

/** Heap bytes per async function parked on a channel receive (run node with --expose-gc). */
function parkedBytes(n) {
  global.gc && global.gc();
  const before = process.memoryUsage().heapUsed;
  const ch = new Chan();
  const keep = [];
  for (let i = 0; i < n; i++) keep.push((async () => { await ch.recv(); })());
  global.gc && global.gc();
  const after = process.memoryUsage().heapUsed;
  keep.length = 0;
  return (after - before) / n;
}

module.exports = { Chan, pingpong, buffered, spawnMany, selectK, sieve, roundtrip, parkedBytes };
