// `ts-wasmexport build -p PROJECT`: the build that a tsconfig.json's plugin entry describes, made
// by the command line (whose watcher rebuilds sooner than tsc's, which waits 250 ms after a
// change). The entry's options are the build's, with its paths taken from the tsconfig's
// folder as the plugin takes them; the entry file is the one named, or else the one file of
// those the tsconfig includes that none of the others imports. The tsconfig's own compiler options play no part: the CLI type-checks with the
// dialect's, as compile() does.
import * as fs from "fs";
import * as path from "path";
import type * as ts from "typescript";

/** The plugin entry's options that name files, which the plugin reads from the tsconfig's folder. */
const PATH_OPTIONS = ["outFile", "textFile", "emitAssemblyScript", "bindings", "emitWit", "wit", "runtimeRoot"];

export type Project = { entry: string; options: Record<string, unknown> } | { error: string };

/** The build of the tsconfig.json at `project` (the file, or its folder); `entry` when the command line names one. */
export function readProject(project: string, entry: string | undefined): Project {
  const typescript = require("typescript") as typeof ts;
  const configPath = path.resolve(fs.statSync(project, { throwIfNoEntry: false })?.isDirectory() ? path.join(project, "tsconfig.json") : project);
  const shown = path.relative(process.cwd(), configPath) || configPath;
  if (!fs.existsSync(configPath)) return { error: `no tsconfig.json at '${project}'.` };
  const read = typescript.readConfigFile(configPath, typescript.sys.readFile);
  if (read.error) return { error: `${shown}: ${typescript.flattenDiagnosticMessageText(read.error.messageText, "\n")}` };
  const base = path.dirname(configPath);
  const parsed = typescript.parseJsonConfigFileContent(read.config, typescript.sys, base, undefined, configPath);
  const plugins = (parsed.options.plugins ?? []) as unknown as Record<string, unknown>[];
  const plugin = plugins.find((p) => typeof p.transform === "string" && /(^|[\\/])ts-wasmexport[\\/]transformer$/.test(p.transform));
  if (!plugin) return { error: `${shown} has no plugin entry { "transform": "ts-wasmexport/transformer", … } to build from.` };
  const options: Record<string, unknown> = { ...plugin };
  for (const key of PATH_OPTIONS) if (typeof options[key] === "string") options[key] = path.resolve(base, options[key] as string);
  if (options.textFile === true && typeof options.outFile === "string") options.textFile = options.outFile.replace(/\.wasm$/, "") + ".wat";
  if (entry !== undefined) return { entry, options };
  const files = parsed.fileNames.filter((f) => !f.endsWith(".d.ts") && !f.split(/[\\/]/).includes("node_modules"));
  const imported = new Set(files.flatMap((f) => relativeImports(typescript, f)));
  const roots = files.filter((f) => !imported.has(path.resolve(f)));
  if (roots.length === 1) return { entry: path.relative(process.cwd(), roots[0]) || roots[0], options };
  if (files.length === 0) return { error: `${shown} includes no .ts file to build.` };
  // Several files that no other imports (or files that all import each other): the user says which.
  const candidates = roots.length > 0 ? roots : files;
  const listed = candidates.map((f) => path.relative(process.cwd(), f)).join(", ");
  return { error: `${shown} includes ${candidates.length} files that could be the entry (${listed}): name it, as in 'ts-wasmexport build -p ${project} ${path.relative(process.cwd(), candidates[0])}'.` };
}

/** The files that `file` imports by a relative path, as absolute paths of `.ts` files. */
function relativeImports(typescript: typeof ts, file: string): string[] {
  const { importedFiles } = typescript.preProcessFile(fs.readFileSync(file, "utf8"), true, true);
  return importedFiles
    .filter((i) => i.fileName.startsWith("./") || i.fileName.startsWith("../"))
    .flatMap((i) => {
      const target = path.resolve(path.dirname(file), i.fileName);
      return [target.replace(/\.js$/, ".ts"), `${target}.ts`, path.join(target, "index.ts")];
    });
}
