// Positions: where the text asc compiles came from, in the user's files. One map per lowered
// file, built once by the lowering and read by every later stage:
//
//   lowering   SourceEdits (lowering/edits.ts) keeps every untouched character where it was
//              and gives each generated span the source position it stands for (anchors); a
//              frame's state machine gives each line its statement's position (machine.ts);
//              the result is the file's origin table (OriginMap below);
//   asc        its errors are mapped through the table (asc/errors.ts: userOffset);
//   worker     aborts compiled into the module (null checks, failed asserts) get the user's line
//              and column: the worker receives the tables (positionTables) and answers asc's
//              line lookups from them (asc/worker.mjs, userPositions);
//   debug      the source map of the module goes through the same table (asc/sourcemap.ts).
import * as path from "path";
import type * as ts from "typescript";

/** From offset `at` of a generated span's text on, positions come from source position `pos`. */
export interface Anchor {
  at: number;
  pos: number;
}

/** A lowered file's text and where each of its offsets came from. */
export interface OriginMap {
  text: string;
  /** The source position each offset of `text` came from (`text.length + 1` entries: the end too). */
  originTable: Int32Array;
  /** The source position offset `offset` of `text` came from (the source's end past the text's end). */
  origin(offset: number): number;
}

/** A table's lookup, as OriginMap.origin answers it. */
export function originLookup(table: Int32Array, sourceLength: number): (offset: number) => number {
  return (offset) => (offset >= 0 && offset < table.length ? table[offset] : sourceLength);
}

/** The offset in the user's file that offset `offset` of a lowered file came from, within the file. */
export function userOffset(module: { origin(offset: number): number; source: ts.SourceFile }, offset: number): number {
  return Math.min(module.origin(offset), module.source.text.length);
}

/** The user's line and column (0-based) of offset `offset` of a lowered file. */
export function userLineAndCharacter(module: { origin(offset: number): number; source: ts.SourceFile }, offset: number): ts.LineAndCharacter {
  return module.source.getLineAndCharacterOfPosition(userOffset(module, offset));
}

/**
 * For each lowered file (by its path in asc's tree), its origin table, the user's file's line
 * starts and the name a run-time error gives the file (shownPath): what asc's worker needs to
 * answer line lookups with the user's positions.
 */
export function positionTables(modules: readonly { asPath: string; originTable: Int32Array; source: ts.SourceFile }[]): Record<string, { origin: Int32Array; lineStarts: Int32Array; name: string }> {
  return Object.fromEntries(modules.map((m) => [m.asPath, { origin: m.originTable, lineStarts: Int32Array.from(m.source.getLineStarts()), name: shownPath(m) }]));
}

/**
 * The name a run-time error in the module gives a source file (`… at src/main.ts:4:10`): its
 * path from the folder the build runs in, as tsc's messages name files; for a file outside
 * that folder, its path from the folder that holds all of the program's files (asc's tree
 * has it as `src/` and that path), so that the module's bytes do not depend on where such a
 * program lies. Forward slashes on every system.
 */
export function shownPath(module: { asPath: string; source: ts.SourceFile }, cwd: string = process.cwd()): string {
  const relative = path.relative(cwd, module.source.fileName);
  if (relative === "" || relative.startsWith("..") || path.isAbsolute(relative)) return module.asPath.replace(/^src\//, "");
  return relative.split(path.sep).join("/");
}
