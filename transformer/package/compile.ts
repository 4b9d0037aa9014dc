// `compile()` as the package exports it (`ts-wasmexport/compile`): the same function as
// ../compile.ts, loaded only once the installed TypeScript is known to have the API it needs.
import type * as ts from "typescript";
import type { CompileRequest, CompileResult } from "../compile";
import { ascDiagnostic, ascProblem, installedTypeScript, typeScriptDiagnostic, typeScriptProblem } from "./typescript";

export function compile(request: CompileRequest): CompileResult {
  const problem = typeScriptProblem(installedTypeScript());
  if (problem) {
    return { binary: null, text: null, assemblyScript: {}, diagnostics: [typeScriptDiagnostic(problem)], errorText: `error TS99004: ${problem}\n` };
  }
  const missing = ascProblem();
  if (missing) {
    return { binary: null, text: null, assemblyScript: {}, diagnostics: [ascDiagnostic(missing)], errorText: `error TS99055: ${missing}\n` };
  }
  // asc's worker loads asc and Binaryen (the longest wait of a cold build) while this thread
  // loads TypeScript and the compiler; the bridge itself loads neither.
  (require("../asc/bridge") as typeof import("../asc/bridge")).prepareAsc();
  return (require("../compile") as typeof import("../compile")).compile(request);
}

export function prepareBuild(request: Omit<CompileRequest, "entry">): void {
  (require("../compile") as typeof import("../compile")).prepareBuild(request);
}

export function formatDiagnostics(diagnostics: readonly ts.Diagnostic[], cwd?: string): string {
  return (require("../compile") as typeof import("../compile")).formatDiagnostics(diagnostics, cwd);
}

export type { CompileRequest, CompileResult } from "../compile";
export type { BuildOptions } from "../options";
