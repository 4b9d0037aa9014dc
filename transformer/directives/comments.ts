// Finding directive comments and the declaration each one stands above.
//
// `// comments` are trivia, not JSDoc: they are read from the text around tokens. A directive
// is any `//` comment whose text starts with `@wasmexport` or `@wasmimport`, wherever it stands,
// so that a misplaced one is reported instead of silently ignored.
import * as ts from "typescript";

export type DirectiveKind = "wasmexport" | "wasmimport";

export interface DirectiveComment {
  kind: DirectiveKind;
  /** The words after `@wasmexport` / `@wasmimport`. */
  words: string[];
  pos: number;
  end: number;
  line: number;
  /** Whether nothing but whitespace stands before it on its line. */
  alone: boolean;
}

const DIRECTIVE = /^\/\/\s*@(wasmexport|wasmimport)(?=\s|$)(.*)$/;

/** Every directive comment of the file, in source order. */
export function findDirectiveComments(file: ts.SourceFile): DirectiveComment[] {
  const text = file.text;
  const seen = new Set<number>();
  const found: DirectiveComment[] = [];
  const visitTrivia = (pos: number, end: number) => {
    const ranges = [...(ts.getLeadingCommentRanges(text, pos) ?? []), ...(ts.getTrailingCommentRanges(text, end) ?? [])];
    for (const range of ranges) {
      if (seen.has(range.pos) || range.kind !== ts.SyntaxKind.SingleLineCommentTrivia) continue;
      seen.add(range.pos);
      const match = DIRECTIVE.exec(text.slice(range.pos, range.end));
      if (!match) continue;
      const lineStart = text.lastIndexOf("\n", range.pos - 1) + 1;
      found.push({
        kind: match[1] as DirectiveKind,
        alone: text.slice(lineStart, range.pos).trim() === "",
        words: match[2].trim().split(/\s+/).filter((w) => w.length > 0),
        pos: range.pos,
        end: range.end,
        line: file.getLineAndCharacterOfPosition(range.pos).line,
      });
    }
  };
  // Every comment is leading or trailing trivia of some token; getChildren() reaches the tokens too.
  const visit = (node: ts.Node) => {
    visitTrivia(node.pos, node.end);
    for (const child of node.getChildren(file)) visit(child);
  };
  visit(file);
  return found.sort((a, b) => a.pos - b.pos);
}

/**
 * Comments that look meant as directives but would not be read as one: Go's own spelling
 * (`//go:wasmexport add`), a triple-slash comment (`/// @wasmexport add`) and `@wasmexport`
 * inside a block or JSDoc comment.
 */
export function findMisspelledDirectives(file: ts.SourceFile): { pos: number; end: number; kind: DirectiveKind; words: string[] }[] {
  const text = file.text;
  const seen = new Set<number>();
  const found: { pos: number; end: number; kind: DirectiveKind; words: string[] }[] = [];
  const visit = (node: ts.Node) => {
    const ranges = [...(ts.getLeadingCommentRanges(text, node.pos) ?? []), ...(ts.getTrailingCommentRanges(text, node.end) ?? [])];
    for (const range of ranges) {
      if (seen.has(range.pos)) continue;
      seen.add(range.pos);
      const comment = text.slice(range.pos, range.end);
      const go = /^\/\/\s*go:(wasmexport|wasmimport)\b(.*)$/.exec(comment) ?? /^\/\/\/+\s*@(wasmexport|wasmimport)\b(.*)$/.exec(comment);
      const block = range.kind === ts.SyntaxKind.MultiLineCommentTrivia ? /@(wasmexport|wasmimport)\b([^\n*]*)/.exec(comment) : null;
      const match = go ?? block;
      if (match) found.push({ pos: range.pos, end: range.end, kind: match[1] as DirectiveKind, words: match[2].trim().split(/\s+/).filter((w) => w) });
    }
    for (const child of node.getChildren(file)) visit(child);
  };
  visit(file);
  return found;
}

/** The position of the first token after `pos`, skipping whitespace and comments. */
export function nextTokenStart(text: string, pos: number): number {
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, true, ts.LanguageVariant.Standard, text);
  scanner.resetTokenState(pos);
  scanner.scan();
  return scanner.getTokenStart();
}

/** The outermost node (below the source file) that starts at `start`, if any. */
export function nodeStartingAt(file: ts.SourceFile, start: number): ts.Node | undefined {
  let found: ts.Node | undefined;
  const visit = (node: ts.Node): void => {
    if (found) return;
    if (node !== file && node.getStart(file) === start && node.kind !== ts.SyntaxKind.SyntaxList) {
      found = node;
      return;
    }
    if (node.pos <= start && start < node.end) ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}
