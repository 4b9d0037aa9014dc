// The debug build's source map, from the module's code to the dialect files.
//
// asc writes a source map (version 3; for a module, "line" 1 and the column is the byte offset
// in the code section) whose positions are in the files asc compiled: for the program, the
// lowered files. Each position in a lowered file goes through the lowering's origin map
// (LoweredModule.origin) to the user's file, line and column; positions in the runtime and in
// AssemblyScript's library stay as asc wrote them.
import { userLineAndCharacter } from "../positions";
import type { LoweredModule } from "../pipeline";

export interface SourceMap {
  version: 3;
  sources: string[];
  sourcesContent: (string | null)[];
  names: string[];
  mappings: string;
}

/** asc's map with the lowered files' positions moved to the dialect files (named by absolute path). */
export function dialectSourceMap(ascMapText: string, modules: readonly LoweredModule[]): SourceMap {
  const asc = JSON.parse(ascMapText) as { sources: string[]; sourcesContent?: (string | null)[]; names?: string[]; mappings: string };
  const byPath = new Map(modules.map((m) => [m.asPath, m]));
  const loweredOf = asc.sources.map((s) => byPath.get(s.replace(/^(\.\/)+/, "").replace(/^out\//, "")) ?? null);
  const loweredLineStarts = loweredOf.map((m) => (m ? lineStarts(m.text) : null));

  const sources: string[] = [];
  const sourcesContent: (string | null)[] = [];
  const index = new Map<string, number>();
  const sourceIndex = (name: string, content: string | null) => {
    if (!index.has(name)) {
      index.set(name, sources.length);
      sources.push(name);
      sourcesContent.push(content);
    }
    return index.get(name)!;
  };

  const segments: number[][] = [];
  for (const segment of decodeMappings(asc.mappings)) {
    if (segment.length < 4) continue;
    const [column, source, line, character] = segment;
    const module = loweredOf[source];
    if (module) {
      const starts = loweredLineStarts[source]!;
      const offset = Math.min((starts[line] ?? module.text.length) + character, module.text.length);
      const at = userLineAndCharacter(module, offset);
      segments.push([column, sourceIndex(module.source.fileName, module.source.text), at.line, at.character]);
    } else {
      segments.push([column, sourceIndex(asc.sources[source], asc.sourcesContent?.[source] ?? null), line, character]);
    }
  }
  return { version: 3, sources, sourcesContent, names: [], mappings: encodeMappings(segments) };
}

/** Where each source position of a module's code maps, for a byte offset: the last segment at or before it. */
export function lookUp(map: SourceMap, offset: number): { source: string; line: number; column: number } | null {
  let found: number[] | null = null;
  for (const segment of decodeMappings(map.mappings)) {
    if (segment.length >= 4 && segment[0] <= offset && (!found || segment[0] >= found[0])) found = segment;
  }
  return found && { source: map.sources[found[1]], line: found[2] + 1, column: found[3] + 1 };
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/** The segments of line 1 (a module's map has one line), with absolute values (the format stores deltas). */
function decodeMappings(mappings: string): number[][] {
  const out: number[][] = [];
  const state = [0, 0, 0, 0, 0];
  for (const group of mappings.split(";")[0].split(",")) {
    if (!group) continue;
    const values: number[] = [];
    let value = 0;
    let shift = 0;
    for (const char of group) {
      const digit = BASE64.indexOf(char);
      value += (digit & 31) << shift;
      if (digit & 32) shift += 5;
      else {
        values.push(value & 1 ? -(value >>> 1) : value >>> 1);
        value = 0;
        shift = 0;
      }
    }
    out.push(values.map((v, i) => (state[i] += v)));
  }
  return out;
}

function encodeMappings(segments: number[][]): string {
  const state = [0, 0, 0, 0];
  return segments
    .map((segment) =>
      segment
        .map((v, i) => {
          const delta = v - state[i];
          state[i] = v;
          let vlq = delta < 0 ? (-delta << 1) | 1 : delta << 1;
          let text = "";
          do {
            let digit = vlq & 31;
            vlq >>>= 5;
            if (vlq > 0) digit |= 32;
            text += BASE64[digit];
          } while (vlq > 0);
          return text;
        })
        .join(""),
    )
    .join(",");
}
