// Which TypeScript the compiler can run with, checked before any module that needs its API loads.
//
// The compiler uses TypeScript's JavaScript API (ts.createProgram, the checker, the factory).
// TypeScript 7 is the native compiler and has none: `require("typescript")` gives only its
// version, and ts-patch and this package's modules would fail with a stack trace somewhere in
// their first lines. So the package's entry points (the ts-patch entry, compile(), the CLI, the
// language-service plugin) read the version first and, when it cannot work, say in one line
// which version to install. This file must not import "typescript".
import * as path from "path";
import type * as ts from "typescript";
import { packageRoot } from "../asc/bridge";

/** The TypeScript versions the package declares as its peer range (package.json). */
export const SUPPORTED_TYPESCRIPT = ">=5.1.0 <7.0.0";
/** The version the package is built and tested with, and the one the message names. */
export const TESTED_TYPESCRIPT = "5.9.3";

/** Why `version` cannot run the compiler, in one line, or null when it can. */
export function typeScriptProblem(version: string | undefined): string | null {
  const install = `install it with \`npm install -D typescript@${TESTED_TYPESCRIPT}\``;
  if (version === undefined) return `ts-wasmexport needs TypeScript 5.1 or later, before 7 (${TESTED_TYPESCRIPT} recommended), and none was found: ${install}.`;
  const [major, minor] = (/^(\d+)\.(\d+)/.exec(version) ?? []).slice(1).map(Number);
  // 5.0's scanner lacks resetTokenState, which the directives' comment reader uses (tried: 5.1
  // to 5.9 and 6.0 build; 6.0 is tested in tests/package/install.test.ts).
  if ((major === 5 && minor >= 1) || major === 6) return null;
  const why = major >= 7 ? "which has no JavaScript compiler API for plugins" : "which is too old";
  return `ts-wasmexport needs TypeScript 5.1 or later, before 7 (${TESTED_TYPESCRIPT} recommended), but this project has TypeScript ${version}, ${why}: ${install}.`;
}

/** The version of the `typescript` package this package's modules would load, if any. */
export function installedTypeScript(from: string = __dirname): string | undefined {
  try {
    const file = require.resolve("typescript/package.json", { paths: [from] });
    return (require(file) as { version?: string }).version;
  } catch {
    return undefined;
  }
}

/** The problem as a diagnostic tsc prints (Code.UnsupportedTypeScript of ../diagnostics.ts, spelled out: that module loads TypeScript). */
export function typeScriptDiagnostic(problem: string): ts.Diagnostic {
  return { file: undefined, start: undefined, length: undefined, category: 1 /* Error */, code: 99004, messageText: problem };
}

/**
 * Why the AssemblyScript compiler cannot be loaded, in one line, or null when it can: asc and
 * Binaryen are this package's dependencies, and an install that lost them would otherwise end
 * every build in a stack trace (or in asc's worker, which says so as TS99055 too).
 */
export function ascProblem(from: string = packageRoot()): string | null {
  const missing = ["assemblyscript", "binaryen"].filter((name) => {
    try {
      require.resolve(`${name}/package.json`, { paths: [from] });
      return false;
    } catch {
      return true;
    }
  });
  if (missing.length === 0) return null;
  return `The AssemblyScript compiler could not be loaded: ts-wasmexport cannot find ${missing.join(" and ")}, which it depends on. Reinstall the project's dependencies (npm install).`;
}

/** That problem as a diagnostic (Code.CompilerUnavailable of ../diagnostics.ts). */
export function ascDiagnostic(problem: string): ts.Diagnostic {
  return { file: undefined, start: undefined, length: undefined, category: 1 /* Error */, code: 99055, messageText: problem };
}

/** This package's version, from its package.json. */
export function ownVersion(): string {
  return (require(path.join(packageRoot(), "package.json")) as { version: string }).version;
}
