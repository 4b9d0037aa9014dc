// The language-service plugin: `{ "name": "ts-wasmexport/language-service" }` in tsconfig's plugins.
//
// tsserver (the editor's TypeScript) loads it and asks it for each file's semantic
// diagnostics as the code is typed. It adds the compiler's own errors — the directives'
// (TS990xx) and the lowering's (TS991xx) — to TypeScript's, for the program tsserver has just
// checked. It runs the stages that need no asc (build.ts, frontEnd), once per program: tsserver
// makes a new program after each edit, and asks for every open file of the same one.
import type * as ts from "typescript";
import { installedTypeScript, typeScriptProblem } from "./typescript";

type TypeScript = typeof ts;

/** The build options the project's ts-patch entry names (its export mode matters here). */
function entryOptions(program: ts.Program): Record<string, unknown> {
  const plugins = (program.getCompilerOptions().plugins ?? []) as unknown as Record<string, unknown>[];
  const entry = plugins.find((p) => typeof p.transform === "string" && p.transform.startsWith("ts-wasmexport"));
  return entry ? { exportMode: entry.exportMode } : {};
}

function init(modules: { typescript: TypeScript }): ts.server.PluginModule {
  function create(info: ts.server.PluginCreateInfo): ts.LanguageService {
    const log = (message: string) => info.project.projectService.logger.info(`ts-wasmexport: ${message}`);
    const service = info.languageService;
    // The compiler reads syntax trees with the TypeScript it loads itself; the editor's may be
    // another version (an editor's bundled TypeScript), whose node kinds are numbered otherwise.
    // Node kinds are numbered alike within a minor version (5.9.2 and 5.9.3 agree).
    const running = modules.typescript.version;
    const loaded = installedTypeScript();
    const minor = (v: string | undefined) => v?.split(".").slice(0, 2).join(".");
    const problem = typeScriptProblem(running)
      ?? (minor(loaded) !== minor(running) ? `the editor runs TypeScript ${running}, the compiler loads ${loaded}: use the workspace's TypeScript version` : null);
    if (problem) {
      log(`${problem} (the compiler's errors are not shown as you type)`);
      return service;
    }
    const build = require("../build") as typeof import("../build");
    const { dialectFiles } = require("../program") as typeof import("../program");
    const { readOptions } = require("../options") as typeof import("../options");
    const found = new WeakMap<ts.Program, ts.Diagnostic[]>();

    function dialectDiagnostics(program: ts.Program): ts.Diagnostic[] {
      let diagnostics = found.get(program);
      if (!diagnostics) {
        const { options } = readOptions(entryOptions(program));
        diagnostics = build.checkWithoutBuilding(program, dialectFiles(program), options);
        found.set(program, diagnostics);
      }
      return diagnostics;
    }

    const proxy: ts.LanguageService = Object.create(null);
    for (const key of Object.keys(service) as (keyof ts.LanguageService)[]) {
      const method = service[key] as unknown;
      if (typeof method === "function") (proxy as unknown as Record<string, unknown>)[key] = (...args: unknown[]) => method.apply(service, args);
    }
    proxy.getSemanticDiagnostics = (fileName: string) => {
      const prior = service.getSemanticDiagnostics(fileName);
      const program = service.getProgram();
      if (!program) return prior;
      const ours = dialectDiagnostics(program).filter((d) => d.file?.fileName === fileName);
      return [...prior, ...ours];
    };
    return proxy;
  }
  return { create };
}

export = init;
