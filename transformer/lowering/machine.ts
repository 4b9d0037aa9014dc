// The state machine of one frame, built one statement at a time.
//
// States are `case N:` labels of one `switch (__wx_stateOf(self$))` inside a `while (true)`; a
// state that does not jump falls through into the next, so straight-line code stays
// straight. Labels are made before they are placed (a loop's exit is jumped to before the
// loop body is written), so jumps print their target lazily. Every line remembers the source
// position it came from: the origin map of the lowered file is built from them.
//
// Innermost loops are rotated when the machine is printed (see `rotate` below): a jump costs
// a store of the state, a trip through the switch and an indirect branch, and a loop whose
// iterations do not park (a buffered channel, a receive that finds a sender waiting) would
// pay that every iteration.

export class Label {
  id = -1;
}

type Line =
  | { kind: "mark"; label: Label; pos: number }
  | { kind: "code"; text: string | (() => string); pos: number; afterParkOnly?: boolean; ends?: boolean }
  | { kind: "jump"; label: Label; condition: string | undefined; negated?: string; pos: number };

interface Printed {
  text: string;
  pos: number;
}

export class StateMachine {
  private readonly lines: Line[] = [];
  private nextId = 0;

  constructor(private readonly lineOf: (pos: number) => number, private readonly fileName: string) {}

  label(): Label {
    return new Label();
  }

  /** Places `label` here: a new state starts. */
  mark(label: Label, pos: number): void {
    label.id = this.nextId++;
    this.lines.push({ kind: "mark", label, pos });
  }

  emit(text: string | (() => string), pos: number): void {
    this.lines.push({ kind: "code", text, pos });
  }

  /** Code that leaves resume() (a return): what follows it, up to the next state, is never reached and is not printed. */
  emitEnd(text: string | (() => string), pos: number): void {
    this.lines.push({ kind: "code", text, pos, ends: true });
  }

  /**
   * Code that matters only when the frame resumes after the park just before it (a send's
   * check that no close() woke it): a rotated loop, which never resumes, leaves it out.
   */
  emitAfterPark(text: string, pos: number): void {
    this.lines.push({ kind: "code", text, pos, afterParkOnly: true });
  }

  jump(label: Label, pos: number): void {
    this.lines.push({ kind: "jump", label, condition: undefined, pos });
  }

  /** Jumps when `condition` holds. */
  jumpIf(condition: string, label: Label, pos: number): void {
    this.lines.push({ kind: "jump", label, condition, negated: `!(${condition})`, pos });
  }

  /** Jumps when `test` does not hold: a rotated loop prints `if (test) { … }` around the lines it skips. */
  jumpUnless(test: string, label: Label, pos: number): void {
    this.lines.push({ kind: "jump", label, condition: `!(${test})`, negated: test, pos });
  }

  /**
   * `op` answers false when the frame parked; the frame resumes in the state placed here. The
   * state is set only then: nothing can resume the frame before resume() returns, and an
   * operation that completes at once is spared the store.
   */
  park(op: string, pos: number): void {
    const resume = this.label();
    this.emit(() => `if (!${op}) { __wx_setState(self$, ${resume.id}); return null; }`, pos);
    this.mark(resume, pos);
  }

  /** The switch's cases, each line with the source position it came from. */
  render(indent: string): Printed[] {
    this.dropUnreachable();
    this.dropFallThroughJumps();
    const out: Printed[] = [];
    const at = this.markIndex();
    const loops = new Map(this.innermostLoops(at).map((l) => [l.top, l]));
    const flat = (line: Line): void => {
      out.push({ text: indent + (line.kind === "mark" ? this.caseText(line) : "  " + flatText(line)), pos: line.pos });
    };
    for (let i = 0; i < this.lines.length; i++) {
      const line = this.lines[i];
      const loop = line.kind === "mark" ? loops.get(i) : undefined;
      const rotated = loop && rotate(this.lines, at, loop);
      if (!loop || !rotated) {
        flat(line);
        continue;
      }
      // The state's own lines are reached only through the rotated loop: skip them.
      let first = i + 1;
      while (first < loop.end && this.lines[first].kind !== "mark") first++;
      const end = this.lines[loop.end] as Line & { kind: "jump" };
      if (first < loop.end && end.condition === undefined) {
        // The loop's other states (where a parked frame resumes) come first and fall into
        // the loop's own state at their end, instead of jumping back to it through the
        // switch: a frame that resumes inside the loop goes on with one dispatch, not two.
        // A frame that reaches the loop from above jumps to it, once per entry.
        const top = (line as Line & { kind: "mark" }).label;
        if (i > 0 && !endsHere(this.lines[i - 1])) out.push({ text: indent + "  " + `__wx_setState(self$, ${top.id}); continue;`, pos: line.pos });
        for (let j = first; j < loop.end; j++) flat(this.lines[j]);
        i = loop.end;
      } else {
        i = first - 1;
      }
      flat(line);
      out.push(...rotated.map((p) => ({ text: indent + "  " + p.text, pos: p.pos })));
    }
    return out.map((p) => ({ text: p.text.split("\n").join("\n" + indent + "  "), pos: p.pos }));
  }

  /**
   * Lines after a return or an unconditional jump, up to the next state, are never reached
   * (regenerator's `alreadyEnded`): the output a user reads has no dead code.
   */
  private dropUnreachable(): void {
    let ended = false;
    const kept = this.lines.filter((l) => {
      if (l.kind === "mark") ended = false;
      else if (ended) return false;
      else ended = endsHere(l);
      return true;
    });
    this.lines.splice(0, this.lines.length, ...kept);
  }

  /**
   * A jump to a state that the next lines fall into anyway (only states lie between), such as
   * the one test of a frame with one deferred call, goes where falling through goes: it is left
   * out, and a rotated loop has no empty `if` block for it.
   */
  private dropFallThroughJumps(): void {
    const kept = this.lines.filter((l, i) => {
      if (l.kind !== "jump") return true;
      for (let j = i + 1; j < this.lines.length; j++) {
        const next = this.lines[j];
        if (next.kind !== "mark") return true;
        if (next.label === l.label) return false;
      }
      return true;
    });
    this.lines.splice(0, this.lines.length, ...kept);
  }

  /**
   * `case N: // file.ts:LINE`. A state placed where a statement ends (the end of an if or a
   * loop) has no position of its own: its comment names the line of the first code in it, and
   * a state with no code of its own (it falls into the next) has none.
   */
  private caseText(line: Line & { kind: "mark" }): string {
    let pos = line.pos;
    if (pos < 0) {
      const from = this.lines.indexOf(line);
      const code = this.lines.slice(from + 1).find((l) => l.kind !== "mark" || l.pos >= 0);
      if (code && code.kind !== "mark") pos = code.pos;
    }
    const comment = pos >= 0 ? ` // ${this.fileName}:${this.lineOf(pos) + 1}` : "";
    return `case ${line.label.id}:${comment}`;
  }

  /** The line index of every placed label. */
  private markIndex(): Map<Label, number> {
    const at = new Map<Label, number>();
    this.lines.forEach((l, i) => {
      if (l.kind === "mark") at.set(l.label, i);
    });
    return at;
  }

  /**
   * Loops, as the line of their first state and their last jump back to it, that hold no
   * other loop.
   */
  private innermostLoops(at: Map<Label, number>): Loop[] {
    const ends = new Map<number, number>();
    this.lines.forEach((l, j) => {
      if (l.kind !== "jump") return;
      const t = at.get(l.label);
      if (t !== undefined && t < j) ends.set(t, Math.max(ends.get(t) ?? j, j));
    });
    const loops = [...ends].map(([top, end]) => ({ top, end }));
    return loops.filter((a) => !loops.some((b) => b !== a && b.top >= a.top && b.end <= a.end));
  }
}

interface Loop {
  /** Line of the mark of the loop's first state. */
  top: number;
  /** Line of the last jump back to it. */
  end: number;
}

/** Whether nothing after `line` runs until the next state: a return, or a jump that always leaves. */
function endsHere(line: Line): boolean {
  return (line.kind === "code" && !!line.ends) || (line.kind === "jump" && line.condition === undefined);
}

function textOf(line: Line & { kind: "code" }): string {
  return typeof line.text === "string" ? line.text : line.text();
}

function flatText(line: Line): string {
  if (line.kind === "code") return textOf(line);
  if (line.kind === "jump") {
    const go = `__wx_setState(self$, ${line.label.id}); continue;`;
    return line.condition === undefined ? go : `if (${line.condition}) { ${go} }`;
  }
  return "";
}

/**
 * Loop rotation. The first state of an innermost loop runs the whole loop as a structured
 * `while (true)` of its own, so an iteration that does not park never goes back through the
 * switch:
 *
 *   case TOP:
 *     while (true) {
 *       …the loop's lines: a park still sets the state and returns when the operation
 *       parks, and otherwise goes straight on (without the checks that only a resumed
 *       frame needs, emitAfterPark); a jump back to TOP is `continue`; a forward
 *       jump over lines becomes an `if` (or `if … else`) block when it nests; any other jump
 *       sets its state and leaves the loop…
 *     }
 *     continue;   // through the switch, to the state a leaving jump set
 *   case K: …     // the states themselves stay, for a frame resumed after a park
 *
 * When the loop ends with a plain jump back to TOP (a `while`, a `for`, a `for…of`), its
 * other states are printed before TOP's case and fall into it (render, above).
 *
 * Answers null when the loop cannot be rotated (a do…while whose exit is not a state).
 */
function rotate(lines: Line[], at: Map<Label, number>, loop: Loop): Printed[] | null {
  const out: Printed[] = [];
  /** Open `if` blocks, innermost last: the line of the mark that closes each. */
  const blocks: { closeAt: number; hasElse: boolean }[] = [];
  const innermostClose = (): number => (blocks.length ? blocks[blocks.length - 1].closeAt : loop.end);
  const leave = (label: Label): string => `{ __wx_setState(self$, ${label.id}); break; }`;
  let depth = 1;
  // Whether the lines being read follow a return or a jump away: a state after one is entered
  // only through the switch (where a parked or called frame resumes), never by falling in, so
  // its lines up to the next place the loop's own blocks reach are dead here.
  let dead = false;
  const put = (text: string, pos: number): void => {
    out.push({ text: "  ".repeat(depth) + text, pos });
  };
  out.push({ text: "while (true) {", pos: lines[loop.top].pos });
  for (let i = loop.top + 1; i < loop.end; i++) {
    const line = lines[i];
    if (line.kind === "mark") {
      while (blocks.length && blocks[blocks.length - 1].closeAt === i) {
        blocks.pop();
        depth--;
        put("}", line.pos);
        dead = false;
      }
      continue;
    }
    if (dead) continue;
    if (line.kind === "code") {
      if (!line.afterParkOnly) put(textOf(line), line.pos);
      dead = !!line.ends;
      continue;
    }
    const target = at.get(line.label);
    const cond = line.condition;
    if (target === loop.top) {
      put(cond === undefined ? "continue;" : `if (${cond}) continue;`, line.pos);
      dead = cond === undefined;
      continue;
    }
    const inside = target !== undefined && target > i && target <= loop.end;
    if (cond !== undefined && inside && target! <= innermostClose()) {
      // if (c) goto X; …; X:   →   if (!(c)) { … }
      put(`if (${line.negated}) {`, line.pos);
      blocks.push({ closeAt: target!, hasElse: false });
      depth++;
      continue;
    }
    if (cond === undefined && inside && target! <= innermostClose()) {
      // goto X, with X no later than where the innermost block closes: the lines up to X are
      // reached only through labels that no block of this loop jumps to (a leaving jump, or
      // the switch, reaches them), so the rotated loop leaves them out.
      i = target! - 1;
      continue;
    }
    if (cond === undefined && inside && blocks.length && lines.slice(i + 1, target).every((l) => l.kind === "mark")) {
      // goto X where only states lie between: the marks close the open blocks and fall into
      // X, so there is no else part to print (an empty `else { }` otherwise).
      continue;
    }
    if (cond === undefined && inside && blocks.length) {
      // if (c) goto ELSE; …; goto END; ELSE: …; END:   →   if (!(c)) { … } else { … }
      const block = blocks[blocks.length - 1];
      const outer = blocks.length > 1 ? blocks[blocks.length - 2].closeAt : loop.end;
      if (!block.hasElse && block.closeAt === i + 1 && target! <= outer) {
        i++; // the mark that closed the then-part
        depth--;
        put("} else {", lines[i].pos);
        depth++;
        block.closeAt = target!;
        block.hasElse = true;
        continue;
      }
    }
    put(cond === undefined ? leave(line.label) : `if (${cond}) ${leave(line.label)}`, line.pos);
    dead = cond === undefined;
  }
  const last = lines[loop.end] as Line & { kind: "jump" };
  if (last.condition !== undefined) {
    // do…while: the loop goes on while the condition holds, then leaves to the next state.
    const next = lines[loop.end + 1];
    if (!next || next.kind !== "mark") return null;
    if (!dead || blocks.length) {
      put(`if (${last.condition}) continue;`, last.pos);
      put(leave(next.label), last.pos);
    }
  }
  while (blocks.length) {
    // Blocks still open close at the end of the iteration.
    blocks.pop();
    depth--;
    put("}", last.pos);
  }
  out.push({ text: "}", pos: last.pos });
  out.push({ text: "continue;", pos: last.pos });
  return out;
}
