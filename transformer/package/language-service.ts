// The language-service plugin: `{ "name": "ts-wasmexport/language-service" }` in tsconfig's plugins.
//
// tsserver (the editor's TypeScript) loads it and asks it for each file's semantic
// diagnostics as the code is typed. It adds the compiler's own errors to TypeScript's, for the
// program tsserver has just checked:
//   - the directives' (TS990xx) and the lowering's (TS991xx), on the keystroke path: the
//     stages that need no asc (build.ts, frontEnd) take a few milliseconds, once per program
//     (tsserver makes a new program after each edit, and asks for every open file of the same one);
//   - AssemblyScript's (TS99050), off it: 300 ms after the last edit, asc checks the lowered
//     program in its worker thread (build.ts, ascCheck; no optimisation, no binary) while
//     tsserver goes on answering, and the plugin asks the editor to fetch the diagnostics again
//     when the answer comes. A file shows asc's errors from the last check while its text is the
//     one that check saw.
// It also makes hover (quick info) name the dialect's number types where the code writes them:
// the checker resolves `i32` to `number`, which is all TypeScript would show (hover.ts).
import type * as ts from "typescript";
import { ascProblem, installedTypeScript, typeScriptProblem } from "./typescript";
import { withWrittenNumberTypes } from "./hover";

type TypeScript = typeof ts;

/** How long after the last edit asc checks the program. */
const ASC_CHECK_DELAY_MS = 300;

/** The build options the project's ts-patch entry names (its runtime and export mode matter here). */
function entryOptions(program: ts.Program): Record<string, unknown> {
  const plugins = (program.getCompilerOptions().plugins ?? []) as unknown as Record<string, unknown>[];
  const entry = plugins.find((p) => typeof p.transform === "string" && p.transform.startsWith("ts-wasmexport"));
  return entry ?? {};
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
      ?? (minor(loaded) !== minor(running) ? `the editor runs TypeScript ${running}, the compiler loads ${loaded}: use the workspace's TypeScript version` : null)
      ?? ascProblem();
    if (problem) {
      log(`${problem} (the compiler's errors are not shown as you type)`);
      return service;
    }
    const build = require("../build") as typeof import("../build");
    const { dialectFiles, typeErrors } = require("../program") as typeof import("../program");
    const { readOptions } = require("../options") as typeof import("../options");
    const { runAscInBackground } = require("../asc/bridge") as typeof import("../asc/bridge");

    interface Checked {
      files: ts.SourceFile[];
      options: import("../options").BuildOptions;
      front: ReturnType<typeof build.frontEnd> | null;
      diagnostics: ts.Diagnostic[];
    }
    const found = new WeakMap<ts.Program, Checked>();

    function frontEnd(program: ts.Program): Checked {
      let checked = found.get(program);
      if (!checked) {
        const { options } = readOptions(entryOptions(program));
        const files = dialectFiles(program);
        let front: Checked["front"] = null;
        try {
          front = build.frontEnd(program, files, options, true);
        } catch {
          // A stage that throws on a program being typed adds nothing.
        }
        checked = { files, options, front, diagnostics: front?.diagnostics ?? [] };
        found.set(program, checked);
      }
      return checked;
    }

    // asc's errors from the last check, by file, with the text the check saw.
    const ascFound = new Map<string, { text: string; diagnostics: ts.Diagnostic[] }>();
    let timer: ReturnType<typeof setTimeout> | undefined;
    let scheduledFor: ts.Program | undefined;
    let checkedFor: ts.Program | undefined;

    function scheduleAscCheck(program: ts.Program): void {
      if (program === scheduledFor || program === checkedFor) return;
      scheduledFor = program;
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = undefined;
        void checkWithAsc();
      }, ASC_CHECK_DELAY_MS);
    }

    async function checkWithAsc(): Promise<void> {
      const program = service.getProgram();
      if (!program || program === checkedFor) return;
      checkedFor = program;
      const { files, options, front } = frontEnd(program);
      let errors: ts.Diagnostic[] = [];
      try {
        const check = front && build.ascCheck({ program, files, options }, front, typeErrors(program, files));
        if (check) errors = check.errors(await runAscInBackground(check.request));
      } catch (err) {
        log(`asc's check failed: ${(err as Error)?.message ?? err}`);
      }
      ascFound.clear();
      for (const file of files) ascFound.set(file.fileName, { text: file.text, diagnostics: errors.filter((d) => d.file?.fileName === file.fileName) });
      // The editor asks for the diagnostics again, and sees these.
      info.project.refreshDiagnostics?.();
    }

    function ascDiagnostics(program: ts.Program, fileName: string): ts.Diagnostic[] {
      const kept = ascFound.get(fileName);
      const file = program.getSourceFile(fileName);
      return kept && file && kept.text === file.text ? kept.diagnostics : [];
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
      const ours = frontEnd(program).diagnostics.filter((d) => d.file?.fileName === fileName);
      scheduleAscCheck(program);
      return [...prior, ...ours, ...ascDiagnostics(program, fileName)];
    };
    proxy.getQuickInfoAtPosition = (fileName: string, position: number, ...more: unknown[]) => {
      const quickInfo = (service.getQuickInfoAtPosition as (...args: unknown[]) => ts.QuickInfo | undefined)(fileName, position, ...more);
      const program = service.getProgram();
      return quickInfo && program ? withWrittenNumberTypes(modules.typescript, program, fileName, position, quickInfo) : quickInfo;
    };
    return proxy;
  }
  return { create };
}

export = init;
