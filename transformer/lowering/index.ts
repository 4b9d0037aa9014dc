// The lowering stage: dialect TypeScript in, AssemblyScript text out.
//
// This first version passes code through unchanged apart from the edits every file needs:
// the dialect import points at the runtime, `@wasmimport` declarations get asc's
// `@external` decorator, and exported functions are exported from their module so the
// generated entry file can call them.
import * as ts from "typescript";
import type { LoweredExport, LoweredModule, LoweringInput, LoweringResult } from "../pipeline";
import { SourceEdits } from "./edits";

export const DIALECT_MODULE = "ts-wasmexport";

export function lower(input: LoweringInput): LoweringResult {
  const modules: LoweredModule[] = [];
  for (const file of input.files) {
    const asPath = input.asPathOf(file);
    const edits = new SourceEdits(file.text);
    for (const statement of file.statements) {
      if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)
        && statement.moduleSpecifier.text === DIALECT_MODULE) {
        const spec = statement.moduleSpecifier;
        edits.replace(spec.getStart(file), spec.end, JSON.stringify(input.runtimeSpecifier(asPath)));
      }
    }
    for (const imp of input.directives.imports) {
      if (imp.declaration.getSourceFile() !== file) continue;
      edits.insert(imp.declaration.getStart(file), `@external(${JSON.stringify(imp.module)}, ${JSON.stringify(imp.name)}) `);
    }
    for (const exp of input.directives.exports) {
      const decl = exp.declaration;
      if (decl.getSourceFile() !== file) continue;
      const exported = decl.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
      if (!exported) edits.insert(decl.getStart(file), "export ");
    }
    const { text, origin } = edits.apply();
    modules.push({ source: file, asPath, text, origin });
  }
  const loweredExports: LoweredExport[] = input.directives.exports.map((directive) => ({
    directive,
    blocking: false,
    symbol: directive.declaration.name!.text,
    asPath: input.asPathOf(directive.declaration.getSourceFile()),
  }));
  return { modules, exports: loweredExports, diagnostics: [] };
}
