// `ts-wasmexport build -p PROJECT`: the build that a tsconfig.json's plugin entry describes, made
// by the command line (whose watcher rebuilds sooner than tsc's, which waits 250 ms after a
// change). The entry's options are the build's, with its paths taken from the tsconfig's
// folder as the plugin takes them, and the files the tsconfig includes are the entry files (or
// the one named), as tspc builds them. The tsconfig's own compiler options play no part: the
// CLI type-checks with AssemblyScript's declarations, as compile() does.
import * as fs from "fs";
import * as path from "path";
import type * as ts from "typescript";

/** The plugin entry's options that name files, which the plugin reads from the tsconfig's folder. */
const PATH_OPTIONS = ["outFile", "emitAssemblyScript", "bindings", "emitWit", "wit", "runtimeRoot"];

export type Project = { entry: string[]; options: Record<string, unknown> } | { error: string };

/** The build of the tsconfig.json at `project` (the file, or its folder); `entry` when the command line names one. */
export function readProject(project: string, entry: string | undefined): Project {
  // Loaded here, once the CLI knows the installed TypeScript is one the compiler runs with.
  const typescript = require("typescript") as typeof ts;
  const { textFilePath } = require("../build") as typeof import("../build");
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
  // `textFile`: a path, or true for the .wat beside outFile, as the plugin reads it.
  if (typeof options.textFile === "string" || options.textFile === true) options.textFile = textFilePath(options.textFile, options.outFile as string | undefined, base) ?? options.textFile;
  if (entry !== undefined) return { entry: [entry], options };
  // Every file the tsconfig includes, in its order, as tspc builds them: the module has all their exports.
  const files = parsed.fileNames.filter((f) => !f.endsWith(".d.ts") && !f.split(/[\\/]/).includes("node_modules"));
  if (files.length === 0) return { error: `${shown} includes no .ts file to build.` };
  return { entry: files.map((f) => path.relative(process.cwd(), f) || f), options };
}

