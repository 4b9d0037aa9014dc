// Lowered files are the user's own text with some spans replaced. Keeping every untouched
// character where it was (shifted, never reflowed) is what lets an AssemblyScript error in
// code we did not rewrite point at the user's exact line and column.

import { Anchor, originLookup, OriginMap } from "../positions";

export interface Replacement {
  start: number;
  end: number;
  text: string;
  /**
   * Where positions inside the new text point in the source: from each anchor's offset in the
   * text on, to its source position (offsets before the first anchor, to the first). This
   * lets a generated span map its own lines to the statements they came from; with none,
   * every position maps to `start`.
   */
  anchors?: readonly Anchor[];
  /** Orders insertions at one offset (lower first; 0 unless given). */
  order?: number;
}

export class SourceEdits {
  private readonly replacements: Replacement[] = [];

  constructor(private readonly source: string) {}

  replace(start: number, end: number, text: string, anchors?: readonly Anchor[]): void {
    this.replacements.push({ start, end, text, anchors });
  }

  insert(pos: number, text: string, order = 0): void {
    this.replacements.push({ start: pos, end: pos, text, order });
  }

  /** Applies the replacements (which must not overlap) and returns the text with its origin map. */
  apply(): OriginMap {
    const sorted = [...this.replacements].sort((a, b) => a.start - b.start || a.end - b.end || (a.order ?? 0) - (b.order ?? 0));
    const pieces: string[] = [];
    let src = 0;
    for (const r of sorted) {
      if (r.start < src) throw new Error(`overlapping source edits at ${r.start}`);
      pieces.push(this.source.slice(src, r.start), r.text);
      src = r.end;
    }
    pieces.push(this.source.slice(src));
    const text = pieces.join("");

    // One entry per offset: copied text maps one to one, a replacement through its anchors.
    const originTable = new Int32Array(text.length + 1);
    let out = 0;
    src = 0;
    const copy = (until: number): void => {
      for (; src < until; src++) originTable[out++] = src;
    };
    for (const r of sorted) {
      copy(r.start);
      const anchors = r.anchors ?? [];
      let pos = anchors.length ? anchors[0].pos : r.start;
      for (let i = 0, a = 0; i < r.text.length; i++) {
        while (a < anchors.length && anchors[a].at <= i) pos = anchors[a++].pos;
        originTable[out++] = pos;
      }
      src = r.end;
    }
    copy(this.source.length);
    originTable[out] = this.source.length;
    return { text, originTable, origin: originLookup(originTable, this.source.length) };
  }
}
