// asc's diagnostics, turned into TypeScript diagnostics at the dialect source.
//
// An error in a lowered file maps through the module's origin map to the user's file, line
// and column. An error in the generated entry file maps to the directive of the export whose
// wrapper holds it. An error inside the runtime names the runtime file: that is a bug in this
// project, not in the user's program, and the message says so.
import { userOffset } from "../positions";
import * as ts from "typescript";
import type { ExportWrapper } from "../abi/entry";
import { ENTRY_PATH } from "../abi/entry";
import { Code, diagnosticAt, globalDiagnostic } from "../diagnostics";
import type { LoweredModule } from "../pipeline";
import type { AscDiagnostic } from "./bridge";

const ERROR = 3;

export function mapAscDiagnostics(
  found: readonly AscDiagnostic[],
  modules: readonly LoweredModule[],
  wrappers: readonly ExportWrapper[],
  tree: Record<string, string>,
): ts.Diagnostic[] {
  const out: ts.Diagnostic[] = [];
  const seen = new Set<string>();
  for (const d of found) {
    if (d.category !== ERROR) continue;
    const message = `AS${d.code}: ${readableNames(d.message)}`;
    const diagnostic = locate(d, message, modules, wrappers, tree);
    const key = `${diagnostic.file?.fileName}:${diagnostic.start}:${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(diagnostic);
  }
  return out;
}

function locate(
  d: AscDiagnostic,
  message: string,
  modules: readonly LoweredModule[],
  wrappers: readonly ExportWrapper[],
  tree: Record<string, string>,
): ts.Diagnostic {
  if (!d.range) return globalDiagnostic(Code.AssemblyScript, message);
  const asPath = d.range.path.replace(/^\.\//, "") + (d.range.path.endsWith(".ts") ? "" : ".ts");
  const module = modules.find((m) => m.asPath === asPath);
  if (module) {
    const start = userOffset(module, d.range.start);
    const end = Math.max(userOffset(module, d.range.end), start);
    return diagnosticAt(module.source, start, end - start, Code.AssemblyScript, message);
  }
  if (asPath === ENTRY_PATH) {
    const wrapper = wrappers.find((w) => w.start <= d.range!.start && d.range!.start < w.end);
    if (wrapper) {
      const decl = wrapper.export.directive.declaration;
      const file = decl.getSourceFile();
      return diagnosticAt(file, decl.getStart(file), decl.name ? decl.name.end - decl.getStart(file) : 0, Code.AssemblyScript,
        `${message} (in the export wrapper of '${wrapper.external}')`);
    }
  }
  if (asPath.startsWith("~lib/")) {
    // AssemblyScript's standard library, instantiated by the program with a type it does not take.
    return globalDiagnostic(Code.AssemblyScript, `${message} (in AssemblyScript's standard library, ${asPath}, as the program uses it)`);
  }
  const text = tree[asPath];
  const where = text === undefined ? asPath : `${asPath}(${lineAndColumn(text, d.range.start)})`;
  return globalDiagnostic(Code.AssemblyScript, `${message} (in generated code, ${where}: this is a ts-wasmexport bug)`);
}

/**
 * asc names a program's declarations by their place in its file tree: `src/main/Worker#ch` is
 * the instance member `ch` of class `Worker` in the file `main.ts`. The message names them as the
 * user writes them (`Worker.ch`); the error's position already says which file.
 */
export function readableNames(message: string): string {
  return message.replace(/(?<=['<, (|])src\/(?:[\w$.-]+\/)*(?![\w$]+\.ts\b)(?=[\w$])/g, "").replace(/([\w$>])#([\w$])/g, "$1.$2");
}

function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset).split("\n");
  return `${before.length},${before[before.length - 1].length + 1}`;
}
