// `@wasmimport`s whose signatures use interface types, inside the lowered file that declares
// them: the host function is declared with its core signature (`NAME$core`), and the user's
// name becomes an adapter that lowers the arguments with the canonical ABI, calls it and lifts
// the result (canonical.ts). Record classes declared in other files are imported under an
// alias; the lowering exports every record class from its own file.
import type * as ts from "typescript";
import type { ImportDirective, LoweringInput, RecordClass } from "../pipeline";
import { CANONICAL_NAMES, CANONICAL_RUNTIME, CanonicalWriter } from "./canonical";
import { recordsIn, usesInterfaceTypes } from "./layout";
import { relativeSpecifier } from "./entry";

export interface ImportAdapters {
  /** Each import's declaration (its span in the file) and the text that replaces it. */
  replacements: { start: number; end: number; text: string }[];
  /** Imports the adapters need, for the top of the file. */
  prelude: string;
  /** The canonical ABI's helper functions, for the end of the file. */
  helpers: string;
}

export function importAdapters(file: ts.SourceFile, input: LoweringInput): ImportAdapters | null {
  const mine = input.directives.imports.filter((i) => i.declaration.getSourceFile() === file && usesInterfaceTypes(i));
  if (mine.length === 0) return null;
  const asPath = input.asPathOf(file);
  const records: RecordClass[] = [];
  for (const i of mine) for (const t of [...i.params.map((p) => p.type), i.result]) recordsIn(t, records);
  const foreign = records.filter((r) => r.declaration.getSourceFile() !== file);
  const alias = (r: RecordClass) => (foreign.includes(r) ? `__wx_r${foreign.indexOf(r)}` : r.name);
  const writer = new CanonicalWriter(alias);
  const runtime = relativeSpecifier(asPath, CANONICAL_RUNTIME);
  const lines = [`import { ${CANONICAL_NAMES.join(", ")} } from ${JSON.stringify(runtime)};`];
  for (const r of foreign) {
    const from = relativeSpecifier(asPath, input.asPathOf(r.declaration.getSourceFile()));
    lines.push(`import { ${r.name} as ${alias(r)} } from ${JSON.stringify(from)};`);
  }
  const replacements = mine.map((i: ImportDirective) => {
    const decl = i.declaration;
    const userName = decl.name!.text;
    const text = writer.importAdapter({ module: i.module, name: i.name, userName, core: `${userName}$core`, signature: i });
    return { start: decl.getStart(file), end: decl.end, text };
  });
  return { replacements, prelude: lines.join(" "), helpers: writer.text() };
}
