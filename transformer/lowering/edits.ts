// Lowered files are the user's own text with some spans replaced. Keeping every untouched
// character where it was (shifted, never reflowed) is what lets an AssemblyScript error in
// code we did not rewrite point at the user's exact line and column.

export interface Replacement {
  start: number;
  end: number;
  text: string;
  /**
   * Where positions inside the new text point in the source. A function lets a generated
   * span map its own lines to the statements they came from; the default is `start`.
   */
  origin?: (offsetInText: number) => number;
}

export class SourceEdits {
  private readonly replacements: Replacement[] = [];

  constructor(private readonly source: string) {}

  replace(start: number, end: number, text: string, origin?: (offsetInText: number) => number): void {
    this.replacements.push({ start, end, text, origin });
  }

  insert(pos: number, text: string): void {
    this.replacements.push({ start: pos, end: pos, text });
  }

  /** Applies the replacements (which must not overlap) and returns the text with its origin map. */
  apply(): { text: string; origin: (offset: number) => number } {
    const sorted = [...this.replacements].sort((a, b) => a.start - b.start || a.end - b.end);
    const pieces: string[] = [];
    // Segments of the output: [outStart, outEnd) came from source `srcStart` (copied) or a replacement.
    const segments: { outStart: number; outEnd: number; srcStart: number; replacement?: Replacement }[] = [];
    let src = 0;
    let out = 0;
    for (const r of sorted) {
      if (r.start < src) throw new Error(`overlapping source edits at ${r.start}`);
      const copied = this.source.slice(src, r.start);
      pieces.push(copied, r.text);
      segments.push({ outStart: out, outEnd: out + copied.length, srcStart: src });
      out += copied.length;
      segments.push({ outStart: out, outEnd: out + r.text.length, srcStart: r.start, replacement: r });
      out += r.text.length;
      src = r.end;
    }
    const rest = this.source.slice(src);
    pieces.push(rest);
    segments.push({ outStart: out, outEnd: out + rest.length + 1, srcStart: src });
    const text = pieces.join("");
    const origin = (offset: number): number => {
      for (const s of segments) {
        if (offset < s.outStart || offset >= s.outEnd) continue;
        if (!s.replacement) return s.srcStart + (offset - s.outStart);
        return s.replacement.origin ? s.replacement.origin(offset - s.outStart) : s.srcStart;
      }
      return this.source.length;
    };
    return { text, origin };
  }
}
