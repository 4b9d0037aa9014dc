// Where `break`, `continue` and `return` go in a frame (regenerator's LeapManager): one stack
// of the statements and inline bodies being lowered, entered and left in one place
// (withEntry), so no exit can forget to pop.
import type { Label } from "./machine";

export type Leap =
  /** A loop: `break` leaves it, `continue` goes to its next iteration. */
  | { kind: "loop"; label?: string; breakTo: Label; continueTo: Label }
  /** A switch: `break` leaves it. */
  | { kind: "switch"; breakTo: Label }
  /** A labeled statement that is not a loop: `break label` leaves it. */
  | { kind: "labeled"; label: string; breakTo: Label }
  /** A select case's body or a deferred closure, lowered inline: `return` ends only the body. */
  | { kind: "body"; returnTo: Label };

export class LeapManager {
  private readonly entries: Leap[] = [];

  /** Runs `lower` with `entry` innermost. */
  withEntry(entry: Leap, lower: () => void): void {
    this.entries.push(entry);
    try {
      lower();
    } finally {
      this.entries.pop();
    }
  }

  /** Where `break` (with its label, if any) goes; undefined when nothing encloses it. */
  breakTarget(label: string | undefined): Label | undefined {
    const entry = this.innermost((l) => (label ? "label" in l && l.label === label : l.kind === "loop" || l.kind === "switch"));
    return entry && "breakTo" in entry ? entry.breakTo : undefined;
  }

  /** Where `continue` (with its label, if any) goes. */
  continueTarget(label: string | undefined): Label | undefined {
    const entry = this.innermost((l) => l.kind === "loop" && (!label || l.label === label));
    return entry && entry.kind === "loop" ? entry.continueTo : undefined;
  }

  /** Where `return` goes inside an inline body; undefined in the function's own body. */
  returnTarget(): Label | undefined {
    const entry = this.innermost((l) => l.kind === "body");
    return entry && entry.kind === "body" ? entry.returnTo : undefined;
  }

  private innermost(test: (l: Leap) => boolean): Leap | undefined {
    for (let i = this.entries.length - 1; i >= 0; i--) if (test(this.entries[i])) return this.entries[i];
    return undefined;
  }
}
