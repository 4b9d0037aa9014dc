// A reference model of Go's channel semantics, in JavaScript, for the differential tester.
//
// It runs a program of program.js under the one schedule Go allows that the module's runtime
// follows (docs/runtime.md): a call runs the export's goroutine first, then the run queue,
// first in first out, until it is empty; `go` and every wake-up append to the queue and the
// goroutine that woke another goes on running; wait queues are first in first out; close()
// wakes the waiting receivers, then the waiting senders, in queue order. Where Go chooses at
// random — select among several ready cases — the model takes the runtime's choice when it was
// a ready case (`choices`), which is all the module can be asked for.
//
// Faults can be switched on to show that the comparison catches a wrong model: `lifo` (wait
// queues served last in first), `closedOk` (a receive from a closed channel reports ok), and
// `lostWakeup` (the first receiver handed a value by a sender is never made runnable).
"use strict";

const SEND_ON_CLOSED = "send on closed channel";
const CLOSE_OF_CLOSED = "close of closed channel";

/**
 * Runs `program` (program.js) and answers { log: [[g, i, a, b], …], outcome }: outcome is
 * "ok", or the panic message (`all goroutines are asleep - deadlock! (export p<n>)` for
 * deadlock). `choices` maps "g,i" to the case index the runtime's select took.
 */
function simulate(program, exportName, choices = new Map(), faults = {}) {
  const channels = program.channels.map((c) => ({ cap: c.cap, buf: [], recvq: [], sendq: [], closed: false }));
  const chan = (c) => (c < 0 ? null : channels[c]);
  const log = [];
  const gs = program.scripts.map((ops, g) => ({ g, ops, pc: 0, done: false, result: null }));
  const runq = [];
  let wakeups = 0;

  const shift = (q) => (faults.lifo ? q.pop() : q.shift());
  const ready = (g) => runq.push(g);

  /** A waiter taken out of its queue gets `result`; a select's other cases leave their queues. */
  const wake = (w, result) => {
    if (w.select) {
      for (const other of w.select.cases) {
        if (other === w) continue;
        const q = other.isSend ? other.ch.sendq : other.ch.recvq;
        q.splice(q.indexOf(other), 1);
      }
      gs[w.g].result = { ...result, index: w.index };
    } else {
      gs[w.g].result = result;
    }
    if (faults.lostWakeup && !w.isSend && !result.closed && wakeups++ === 0) return;
    ready(w.g);
  };

  const canSend = (ch) => ch.closed || ch.recvq.length > 0 || ch.buf.length < ch.cap;
  const canRecv = (ch) => ch.buf.length > 0 || ch.sendq.length > 0 || ch.closed;

  /** A send that cannot block. */
  const sendNow = (ch, v) => {
    if (ch.closed) throw new Panic(SEND_ON_CLOSED);
    if (ch.recvq.length > 0) wake(shift(ch.recvq), { value: v, ok: true });
    else ch.buf.push(v);
  };

  /** A receive that cannot block: { value, ok }. */
  const recvNow = (ch) => {
    if (ch.buf.length > 0) {
      const value = ch.buf.shift();
      if (ch.sendq.length > 0) {
        const s = shift(ch.sendq);
        ch.buf.push(s.value);
        wake(s, { sent: true });
      }
      return { value, ok: true };
    }
    if (ch.sendq.length > 0) {
      const s = shift(ch.sendq);
      wake(s, { sent: true });
      return { value: s.value, ok: true };
    }
    return { value: 0, ok: faults.closedOk === true };
  };

  const close = (ch) => {
    if (ch.closed) throw new Panic(CLOSE_OF_CLOSED);
    ch.closed = true;
    while (ch.recvq.length > 0) wake(shift(ch.recvq), { value: 0, ok: faults.closedOk === true, closed: true });
    while (ch.sendq.length > 0) wake(shift(ch.sendq), { closed: true });
  };

  /** Runs goroutine `gr` until it parks or ends. */
  const step = (gr) => {
    while (gr.pc < gr.ops.length) {
      const op = gr.ops[gr.pc];
      const i = gr.pc;
      const resumed = gr.result;
      gr.result = null;
      if (resumed) {
        // The operation this goroutine parked in has completed.
        if (op.k === "send") {
          if (resumed.closed) throw new Panic(SEND_ON_CLOSED);
          log.push([gr.g, i, 0, 0]);
        } else if (op.k === "recv") log.push([gr.g, i, resumed.value, 0]);
        else if (op.k === "recvOk") log.push([gr.g, i, resumed.value, resumed.ok ? 1 : 0]);
        else if (op.k === "select") {
          if (op.cases[resumed.index].k === "send" && resumed.closed) throw new Panic(SEND_ON_CLOSED);
          log.push([gr.g, i, resumed.index, op.cases[resumed.index].k === "send" ? 0 : resumed.value]);
        }
        gr.pc++;
        continue;
      }
      switch (op.k) {
        case "go":
          ready(op.g);
          break;
        case "send": {
          const ch = chan(op.c);
          if (!canSend(ch)) {
            ch.sendq.push({ g: gr.g, value: op.v, isSend: true });
            return;
          }
          sendNow(ch, op.v);
          log.push([gr.g, i, 0, 0]);
          break;
        }
        case "recv":
        case "recvOk": {
          const ch = chan(op.c);
          if (!canRecv(ch)) {
            ch.recvq.push({ g: gr.g, isSend: false });
            return;
          }
          const got = recvNow(ch);
          log.push([gr.g, i, got.value, op.k === "recvOk" ? (got.ok ? 1 : 0) : 0]);
          break;
        }
        case "close":
          close(chan(op.c));
          log.push([gr.g, i, 0, 0]);
          break;
        case "select": {
          const readyCases = [];
          op.cases.forEach((c, k) => {
            const ch = chan(c.c);
            if (ch && (c.k === "send" ? canSend(ch) : canRecv(ch))) readyCases.push(k);
          });
          if (readyCases.length > 0) {
            const key = `${gr.g},${i}`;
            const wanted = choices.get(key);
            // No choice recorded (the run ended before this select logged, in a panic of the
            // case it took): the caller tries each.
            if (!choices.has(key) && readyCases.length > 1) throw new Unknown(key, readyCases);
            const k = readyCases.includes(wanted) ? wanted : readyCases[0];
            const c = op.cases[k];
            if (c.k === "send") {
              sendNow(chan(c.c), c.v);
              log.push([gr.g, i, k, 0]);
            } else {
              log.push([gr.g, i, k, recvNow(chan(c.c)).value]);
            }
          } else if (op.dflt) {
            log.push([gr.g, i, op.cases.length, 0]);
          } else {
            const select = { cases: [] };
            op.cases.forEach((c, k) => {
              const ch = chan(c.c);
              if (ch) select.cases.push({ g: gr.g, ch, index: k, isSend: c.k === "send", value: c.v, select });
            });
            for (const w of select.cases) (w.isSend ? w.ch.sendq : w.ch.recvq).push(w);
            return;
          }
          break;
        }
      }
      gr.pc++;
    }
    gr.done = true;
  };

  try {
    step(gs[0]);
    while (runq.length > 0) step(gs[runq.shift()]);
  } catch (err) {
    if (err instanceof Panic) return { log, outcome: err.message };
    if (err instanceof Unknown) return { log, outcome: null, unknown: err };
    throw err;
  }
  return { log, outcome: gs[0].done ? "ok" : `all goroutines are asleep - deadlock! (export ${exportName})` };
}

class Panic extends Error {}

class Unknown extends Error {
  constructor(key, options) {
    super(`no choice recorded for the select at ${key}`);
    this.key = key;
    this.options = options;
  }
}

/**
 * Properties that hold for any legal run of a program under Go's semantics, whatever the
 * schedule: checked on the module's log and on Go's. Answers the first violation, or null.
 * The module's log is in the order the operations happened; Go's is only nearly so (a
 * goroutine may lose its processor in the middle of writing its line), so with `inOrder`
 * false a receive from a closed channel needs a close anywhere in the log, not before it; and
 * when Go's run ended in a panic, the goroutine that closed the channel may have been stopped
 * before it wrote its line (`cut`): a close in the program is enough.
 */
function checkProperties(program, log, { inOrder = true, cut = false } = {}) {
  const sent = new Map(); // value -> the channels it is sent on
  const sends = (v, c) => sent.set(v, [...(sent.get(v) ?? []), c]);
  program.scripts.forEach((ops) => ops.forEach((op) => {
    if (op.k === "send") sends(op.v, op.c);
    if (op.k === "select") op.cases.forEach((c) => { if (c.k === "send") sends(c.v, c.c); });
  }));
  const received = new Set();
  const lastFrom = new Map(); // "receiver,channel,sender" -> last value
  const closedAt = new Map(); // channel -> log position of its close
  const drained = new Set(); // "receiver,channel" that saw ok == false
  if (!inOrder) {
    for (const [g, i] of log) if (program.scripts[g]?.[i]?.k === "close") closedAt.set(program.scripts[g][i].c, -1);
  }
  if (cut) program.scripts.forEach((ops) => ops.forEach((op) => { if (op.k === "close") closedAt.set(op.c, -1); }));
  for (const [pos, [g, i, a, b]] of log.entries()) {
    const op = program.scripts[g]?.[i];
    if (!op) return `event ${pos} names no operation: ${[g, i, a, b]}`;
    let c;
    let value = 0;
    let ok = true;
    if (op.k === "recv" || op.k === "recvOk") {
      c = op.c;
      value = a;
      ok = op.k === "recvOk" ? b === 1 : a !== 0;
      if (op.k === "recvOk" && (b === 1) !== (a !== 0)) return `recvOk at ${g},${i} got ${a} with ok ${b}`;
    } else if (op.k === "select" && a < op.cases.length && op.cases[a].k === "recv") {
      c = op.cases[a].c;
      value = b;
      ok = b !== 0;
      if (c < 0) return `select at ${g},${i} took a case of the nil channel`;
    } else if (op.k === "select" && a === op.cases.length && !op.dflt) {
      return `select at ${g},${i} took a default it does not have`;
    } else if (op.k === "select" && a < op.cases.length && op.cases[a].c < 0) {
      return `select at ${g},${i} took a case of the nil channel`;
    } else if (op.k === "close") {
      closedAt.set(op.c, pos);
    }
    if (c === undefined) continue;
    if (!ok) {
      // The zero value and ok == false only from a closed channel, and only once it is drained.
      if (!closedAt.has(c)) return `receive at ${g},${i} reported channel ${c} closed before any close`;
      drained.add(`${g},${c}`);
      continue;
    }
    if (!sent.get(value)?.includes(c)) return `receive at ${g},${i} got ${value}, which was never sent on channel ${c}`;
    if (received.has(value)) return `value ${value} was received twice`;
    received.add(value);
    if (drained.has(`${g},${c}`)) return `goroutine ${g} received ${value} on channel ${c} after seeing it closed and drained`;
    const sender = Math.floor(value / 1000);
    const key = `${g},${c},${sender}`;
    if (lastFrom.has(key) && lastFrom.get(key) > value) return `goroutine ${g} received ${value} after ${lastFrom.get(key)} from goroutine ${sender} on channel ${c}: not in the order sent`;
    lastFrom.set(key, value);
  }
  return null;
}

module.exports = { simulate, checkProperties };
