// The state machine of one frame, built one statement at a time.
//
// States are `case N:` labels of one `switch (__wx_stateOf(self$))` inside a `while (true)`; a state
// that does not jump falls through into the next, so straight-line code stays straight.
// Labels are made before they are placed (a loop's exit is jumped to before the loop body
// is written), so jumps print their target lazily. Every line remembers the source
// position it came from: the origin map of the lowered file is built from them.

export class Label {
  id = -1;
}

interface Line {
  text: string | (() => string);
  pos: number;
  indent: number;
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
    const line = pos >= 0 ? ` // ${this.fileName}:${this.lineOf(pos) + 1}` : "";
    this.lines.push({ text: `case ${label.id}:${line}`, pos, indent: 0 });
  }

  emit(text: string | (() => string), pos: number): void {
    this.lines.push({ text, pos, indent: 1 });
  }

  jump(label: Label, pos: number): void {
    this.emit(() => `__wx_setState(self$, ${label.id}); continue;`, pos);
  }

  jumpIf(condition: string, label: Label, pos: number): void {
    this.emit(() => `if (${condition}) { __wx_setState(self$, ${label.id}); continue; }`, pos);
  }

  /** `op` answers false when the frame parked; the frame resumes in the state placed here. */
  park(op: string, pos: number): void {
    const resume = this.label();
    this.emit(() => `__wx_setState(self$, ${resume.id});`, pos);
    this.emit(`if (!${op}) return null;`, pos);
    this.mark(resume, pos);
  }

  /** The switch's cases, each line with the source position it came from. */
  render(indent: string): { text: string; pos: number }[] {
    return this.lines.map((l) => {
      const text = typeof l.text === "string" ? l.text : l.text();
      return { text: text.split("\n").map((t) => indent + "  ".repeat(l.indent) + t).join("\n"), pos: l.pos };
    });
  }
}
