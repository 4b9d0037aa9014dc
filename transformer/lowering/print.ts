// The one printer of the lowering: nodes, built or transformed, to AssemblyScript text.
import * as ts from "typescript";

/** Prints a (transformed) node as AssemblyScript source: the one printer of the lowering. */
export function printNode(node: ts.Node, file: ts.SourceFile): string {
  return printer.printNode(ts.EmitHint.Unspecified, node, file);
}

// ESNext: numeric literals keep their separators as written (0x1234_5678_9ABC_DEF1). For an
// older target the printer writes the literal's value as a double, which loses an i64's low bits.
const printer = ts.createPrinter({ newLine: ts.NewLineKind.LineFeed, removeComments: false, target: ts.ScriptTarget.ESNext } as ts.PrinterOptions);
