// Random channel programs for the differential tester, and their text as a dialect program and
// as a Go program.
//
// A program is a few channels (unbuffered or buffered, and one nil channel that only select
// uses) and a few goroutines, each running a straight script of channel operations: send,
// receive, receive with ok, close, and select with or without a default. Goroutine 0 is the
// export's own; it starts the others with `go` at random points of its script. Every
// operation, once done, reports what it did to the host through one import, log(g, i, a, b):
// goroutine g, operation i, and a, b as below. Values sent are g * 1000 + i + 1, so every
// value tells who sent it and where, and 0 is the zero value only.
//
//   send            a = 0, b = 0
//   recv            a = the value, b = 0
//   recvOk          a = the value, b = ok ? 1 : 0
//   close           a = 0, b = 0
//   select          a = the index of the case that ran (the number of cases for the default),
//                   b = the value received (0 for a send case, the default, or a closed channel)
"use strict";

/** xorshift32: small, fast and reproducible from a seed. */
function rng(seed) {
  let s = seed >>> 0 || 0x9e3779b9;
  const next = () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s;
  };
  return {
    int: (n) => next() % n,
    chance: (p) => next() / 0x100000000 < p,
    pick: (xs) => xs[next() % xs.length],
  };
}

/**
 * A random program. The weights lean towards what random programs rarely reach: close,
 * recvOk, buffers of two or more, nil channels in select, select that parks.
 */
function generate(seed) {
  const r = rng(seed);
  const channelCount = 1 + r.int(3);
  const channels = [];
  for (let c = 0; c < channelCount; c++) channels.push({ cap: r.pick([0, 0, 1, 2, 3]) });
  const goroutineCount = 1 + r.int(3);
  const scripts = [];
  for (let g = 0; g <= goroutineCount; g++) {
    const ops = [];
    const length = 1 + r.int(g === 0 ? 5 : 6);
    for (let i = 0; i < length; i++) ops.push(randomOp(r, channelCount));
    scripts.push(ops);
  }
  // The export's goroutine starts every other one, at random points of its script.
  for (let g = 1; g <= goroutineCount; g++) scripts[0].splice(r.int(scripts[0].length + 1), 0, { k: "go", g });
  // Values from the final positions: g * 1000 + i + 1.
  scripts.forEach((ops, g) => ops.forEach((op, i) => {
    if (op.k === "send") op.v = g * 1000 + i + 1;
    if (op.k === "select") op.cases.forEach((c) => { if (c.k === "send") c.v = g * 1000 + i + 1; });
  }));
  return { seed, channels, scripts };
}

function randomOp(r, channelCount) {
  const c = r.int(channelCount);
  const roll = r.int(100);
  if (roll < 28) return { k: "send", c };
  if (roll < 46) return { k: "recv", c };
  if (roll < 60) return { k: "recvOk", c };
  if (roll < 70) return { k: "close", c };
  const cases = [];
  for (let n = 1 + r.int(3); n > 0; n--) {
    // -1: the nil channel.
    const ch = r.chance(0.2) ? -1 : r.int(channelCount);
    cases.push(r.chance(0.5) ? { k: "send", c: ch } : { k: "recv", c: ch });
  }
  return { k: "select", cases, dflt: r.chance(0.4) };
}

const chanName = (c) => (c < 0 ? "nil0" : `c${c}`);

/** The dialect text of programs, each exported as `p<index>` (a batch shares one module). */
function dialectSource(programs) {
  const lines = [
    `import { go, Chan, select, recv, send, otherwise } from "ts-wasmexport";`,
    ``,
    `// @wasmimport difftest log`,
    `declare function log(g: i32, i: i32, a: i32, b: i32): void;`,
    ``,
  ];
  const params = (p) => [...p.channels.map((_, c) => `c${c}: Chan<i32>`), `nil0: Chan<i32> | null`].join(", ");
  const args = (p) => [...p.channels.map((_, c) => `c${c}`), "nil0"].join(", ");
  programs.forEach((p, n) => {
    p.scripts.forEach((ops, g) => {
      const body = ops.map((op, i) => dialectOp(op, g, i, n)).join("\n");
      if (g === 0) {
        lines.push(`// @wasmexport p${n}`, `export function p${n}(): void {`);
        p.channels.forEach((ch, c) => lines.push(`  const c${c} = new Chan<i32>(${ch.cap});`));
        lines.push(`  const nil0: Chan<i32> | null = null;`, body, `}`, ``);
      } else {
        lines.push(`function p${n}g${g}(${params(p)}): void {`, body, `}`, ``);
      }
    });
    void args;
  });
  return lines.join("\n");

  function dialectOp(op, g, i, n) {
    const at = `${g}, ${i}`;
    switch (op.k) {
      case "go":
        return `  go(p${n}g${op.g}, ${[...programs[n].channels.map((_, c) => `c${c}`), "nil0"].join(", ")});`;
      case "send":
        return `  c${op.c}.send(${op.v}); log(${at}, 0, 0);`;
      case "recv":
        return `  const v${i} = c${op.c}.recv(); log(${at}, v${i}, 0);`;
      case "recvOk":
        return `  const [v${i}, ok${i}] = c${op.c}.recvOk(); log(${at}, v${i}, ok${i} ? 1 : 0);`;
      case "close":
        return `  c${op.c}.close(); log(${at}, 0, 0);`;
      case "select": {
        const cases = op.cases.map((c) =>
          c.k === "send" ? `send(${chanName(c.c)}, ${c.v})` : `recv(${chanName(c.c)}, (v: i32) => { got${i} = v; })`);
        if (op.dflt) cases.push("otherwise()");
        return `  let got${i}: i32 = 0;\n  const k${i} = select(${cases.join(", ")});\n  log(${at}, k${i}, got${i});`;
      }
    }
    throw new Error(`unknown op ${op.k}`);
  }
}

/** A Go program that runs program `os.Args[1]` of the batch and prints its log, one event a line. */
function goSource(programs) {
  const out = [
    "package main",
    "",
    "import (",
    "\t\"fmt\"",
    "\t\"os\"",
    "\t\"strconv\"",
    "\t\"sync\"",
    "\t\"time\"",
    ")",
    "",
    "var mu sync.Mutex",
    "",
    "func log(g, i, a, b int32) {",
    "\tmu.Lock()",
    "\tfmt.Printf(\"%d %d %d %d\\n\", g, i, a, b)",
    "\tmu.Unlock()",
    "}",
    "",
    "func b2i(ok bool) int32 {",
    "\tif ok {",
    "\t\treturn 1",
    "\t}",
    "\treturn 0",
    "}",
    "",
  ];
  programs.forEach((p, n) => {
    const params = [...p.channels.map((_, c) => `c${c}`), "nil0"].join(", ") + " chan int32";
    const args = [...p.channels.map((_, c) => `c${c}`), "nil0"].join(", ");
    p.scripts.forEach((ops, g) => {
      out.push(g === 0 ? `func p${n}() {` : `func p${n}g${g}(${params}) {`);
      if (g === 0) {
        p.channels.forEach((ch, c) => out.push(`\tc${c} := make(chan int32, ${ch.cap})`));
        out.push(`\tvar nil0 chan int32`);
        out.push(`\t_ = nil0`);
        p.channels.forEach((_, c) => out.push(`\t_ = c${c}`));
      }
      ops.forEach((op, i) => out.push(goOp(op, g, i, n, args)));
      out.push("}", "");
    });
  });
  out.push("func main() {", "\tswitch n, _ := strconv.Atoi(os.Args[1]); n {");
  programs.forEach((_, n) => out.push(`\tcase ${n}:`, `\t\tp${n}()`));
  // The export's call drains the run queue: give the other goroutines time to finish or park.
  out.push("\t}", "\ttime.Sleep(20 * time.Millisecond)", "\tfmt.Println(\"done\")", "}", "");
  return out.join("\n");

  function goOp(op, g, i, n, args) {
    const at = `${g}, ${i}`;
    switch (op.k) {
      case "go":
        return `\tgo p${n}g${op.g}(${args})`;
      case "send":
        return `\tc${op.c} <- ${op.v}\n\tlog(${at}, 0, 0)`;
      case "recv":
        return `\tv${i} := <-c${op.c}\n\tlog(${at}, v${i}, 0)`;
      case "recvOk":
        return `\tv${i}, ok${i} := <-c${op.c}\n\tlog(${at}, v${i}, b2i(ok${i}))`;
      case "close":
        return `\tclose(c${op.c})\n\tlog(${at}, 0, 0)`;
      case "select": {
        const lines = ["\tselect {"];
        op.cases.forEach((c, k) => {
          if (c.k === "send") lines.push(`\tcase ${chanName(c.c)} <- ${c.v}:`, `\t\tlog(${at}, ${k}, 0)`);
          else lines.push(`\tcase v := <-${chanName(c.c)}:`, `\t\tlog(${at}, ${k}, v)`);
        });
        if (op.dflt) lines.push("\tdefault:", `\t\tlog(${at}, ${op.cases.length}, 0)`);
        lines.push("\t}");
        return lines.join("\n");
      }
    }
    throw new Error(`unknown op ${op.k}`);
  }
}

module.exports = { rng, generate, dialectSource, goSource };
