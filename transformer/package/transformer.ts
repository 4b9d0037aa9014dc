// The ts-patch entry the package exports as `ts-wasmexport/transformer`.
//
// It checks the TypeScript that ts-patch runs before loading the compiler (../plugin.ts), so an
// unusable version is one error line printed by tsc, not a stack trace from inside a module.
import type * as ts from "typescript";
import { ascDiagnostic, ascProblem, installedTypeScript, typeScriptDiagnostic, typeScriptProblem } from "./typescript";

type Extras = { ts?: typeof ts };

export default function transformProgram(program: ts.Program, host: ts.CompilerHost | undefined, config: Record<string, unknown>, extras?: Extras): ts.Program {
  const problem = typeScriptProblem(extras?.ts?.version ?? installedTypeScript());
  const missing = problem ? null : ascProblem();
  if (problem || missing) {
    const globals = program.getGlobalDiagnostics;
    const diagnostic = problem ? typeScriptDiagnostic(problem) : ascDiagnostic(missing!);
    program.getGlobalDiagnostics = (token) => [...globals.call(program, token), diagnostic];
    return program;
  }
  const plugin = require("../plugin") as typeof import("../plugin");
  return plugin.default(program, host, config, extras);
}
