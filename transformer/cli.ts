// The command line: `ts-wasmexport build FILE -o OUT [--wat] [--emit-as DIR] [-O N] [--wasi] …`
// and `ts-wasmexport init [DIR]`.
//
// Flags are turned into the same raw options object a plugin entry holds and read by the same
// options module; the build is compile()'s, loaded through the package's guarded entry, so
// that an unusable TypeScript is one line, not a stack trace.
import * as path from "path";
import { init } from "./package/init";
import { compile } from "./package/compile";
import { readProject } from "./package/project";
import { ascProblem, installedTypeScript, ownVersion, typeScriptProblem } from "./package/typescript";
import { watchBuild, watchedFolder, Watching } from "./package/watch";

const USAGE = `Usage: ts-wasmexport COMMAND [options]

Commands:
  build FILE -o OUT.wasm  compile a dialect file (and what it imports) to one WebAssembly module
  build -p DIR            the same, with the options of DIR/tsconfig.json's plugin entry
  init [DIR]              write a starter project into DIR (default: the current folder)
  check                   whether the project can build: its TypeScript, asc and Binaryen (the starter's prebuild)

Options:
  -v, --version           the version of ts-wasmexport
  -h, --help              this text; \`ts-wasmexport COMMAND --help\` for a command's options
`;

const CHECK_USAGE = `Usage: ts-wasmexport check

Checks that the project in the current folder can build: the TypeScript it resolves (the one
tspc loads) is one the compiler runs with (5.1 or later, before 7), and the AssemblyScript
compiler and Binaryen are installed. Prints the one error line (TS99004, TS99055) and exits
with 1 if not. The starter's \`prebuild\` script.

Options:
  -v, --version           the version of ts-wasmexport
  -h, --help              this text
`;

const INIT_USAGE = `Usage: ts-wasmexport init [DIR]

Writes a starter project into DIR (default: the current folder): tsconfig.json, src/main.ts,
run.mjs (a Node host) and .gitignore, and adds the scripts \`build\` (tspc -p .), \`prebuild\`
(ts-wasmexport check), \`start\` (build, then run) and \`watch\` (ts-wasmexport build -p .
--watch) and the development dependencies to package.json, making one if there is none.
Existing files are never overwritten.

Options:
  -v, --version           the version of ts-wasmexport
  -h, --help              this text
`;

const BUILD_USAGE = `Usage: ts-wasmexport build FILE -o OUT.wasm [options]
       ts-wasmexport build -p PROJECT [FILE] [options]

Compiles the dialect file FILE (and what it imports) to one WebAssembly module. With -p, the
options are those of the plugin entry in PROJECT's tsconfig.json (or the tsconfig file named),
with its paths taken from the tsconfig's folder, and the files the tsconfig includes are built
(all their exports, as tspc builds them) unless FILE names one; options on the command line
override the entry's.

Options:
  -o, --out FILE          the .wasm to write (required without -p)
  -p, --project PROJECT   build as the plugin entry of PROJECT/tsconfig.json says
  --wat                   also write the text format, beside the .wasm (.wat)
  --emit-as DIR           write the lowered AssemblyScript into DIR
  -O N                    optimisation level 0-3 (default 3)
  --shrink N              shrink level 0-2 (default 0)
  --runtime NAME          incremental (default), minimal or stub
  --initial-memory PAGES  initial linear memory in 64 KiB pages (default: what the static data needs)
  --maximum-memory PAGES  maximum linear memory in 64 KiB pages
  --wasi                  allow WASI imports: console output, panic messages on stderr
  --export-mode MODE      drain (default) or return, for exports whose directive names none
  --seed N                select's random seed
  --debug                 keep function names, write a source map to the dialect files (OUT.wasm.map)
  --transform MODULE      run an asc transform a library needs (json-as/transform); repeatable
  --bindings FILE.js      write JavaScript bindings (an ES module and its .d.ts)
  --emit-wit FILE         write the WIT world the directives define
  --component             write a component: the module wrapped with its WIT world
  --wit FILE              a WIT file whose world the directives must match
  --world NAME            the world of --wit, when the file has several
  -w, --watch             build, then rebuild when a .ts file in FILE's folder (or below) changes (at -O 0 unless -O is given)
  --no-type-check         skip tsc's type check
  --runtime-root DIR      build against the runtime sources in DIR/core, DIR/scheduler, DIR/runtime
  -v, --version           the version of ts-wasmexport
  -h, --help              this text
`;

/** Flags that take a value, and the option each one sets. */
const VALUE_FLAGS: Record<string, string> = {
  "-o": "outFile",
  "--out": "outFile",
  "--emit-as": "emitAssemblyScript",
  "-O": "optimize",
  "--shrink": "shrink",
  "--runtime": "runtime",
  "--initial-memory": "initialMemory",
  "--maximum-memory": "maximumMemory",
  "--export-mode": "exportMode",
  "--seed": "seed",
  "--runtime-root": "runtimeRoot",
  "--bindings": "bindings",
  "--emit-wit": "emitWit",
  "--wit": "wit",
  "--world": "world",
};

/** The exit code, or the watcher of `build --watch`, which keeps the process running. */
export function main(argv: string[], out: NodeJS.WritableStream = process.stdout, err: NodeJS.WritableStream = process.stderr): number | Watching {
  const [command, ...rest] = argv;
  const usage = command === "build" ? BUILD_USAGE : command === "init" ? INIT_USAGE : command === "check" ? CHECK_USAGE : USAGE;
  if (argv.includes("-v") || argv.includes("--version")) {
    out.write(`${ownVersion()}\n`);
    return 0;
  }
  if (argv.includes("-h") || argv.includes("--help")) {
    out.write(usage);
    return 0;
  }
  if (command === "build") return buildCommand(rest, out, err);
  if (command === "init") return initCommand(rest, out, err);
  if (command === "check") return checkCommand(rest, err);
  err.write(command === undefined ? USAGE : `ts-wasmexport: unknown command '${command}'.\n\n${USAGE}`);
  return 2;
}

/** Why the TypeScript that the project in the current folder resolves (the one tspc loads) cannot run the compiler, or null. */
function projectTypeScriptProblem(): string | null {
  return typeScriptProblem(installedTypeScript(process.cwd()) ?? installedTypeScript());
}

/**
 * `ts-wasmexport check`: the TypeScript that the project in the current folder resolves (the
 * one ts-patch's tspc loads) is one the compiler can run with; else the one TS99004 line and 1.
 * The starter's `prebuild` script: tspc itself fails under TypeScript 7 with a stack trace of
 * its own before any plugin loads.
 */
function checkCommand(args: string[], err: NodeJS.WritableStream): number {
  if (args.length > 0) {
    err.write(`ts-wasmexport: check takes no arguments.\n\n${CHECK_USAGE}`);
    return 2;
  }
  const problem = projectTypeScriptProblem();
  const missing = problem ? null : ascProblem();
  if (!problem && !missing) return 0;
  err.write(problem ? `error TS99004: ${problem}\n` : `error TS99055: ${missing}\n`);
  return 1;
}

function initCommand(args: string[], out: NodeJS.WritableStream, err: NodeJS.WritableStream): number {
  const unknown = args.find((a) => a.startsWith("-"));
  if (unknown || args.length > 1) {
    err.write(`ts-wasmexport: ${unknown ? `unknown option '${unknown}'` : "init takes one folder"}.\n\n${INIT_USAGE}`);
    return 2;
  }
  const dir = path.resolve(args[0] ?? ".");
  const result = init(dir);
  if (result.error) {
    err.write(`ts-wasmexport: ${result.error}\n`);
    return 1;
  }
  const shown = path.relative(process.cwd(), dir) || ".";
  out.write(`Wrote ${result.written.join(", ")} in ${shown === "." ? "the current folder" : shown}.\n`);
  for (const note of result.notes) out.write(`Note: ${note}.\n`);
  const steps = [shown === "." ? "" : `cd ${shown}`, result.notes.some((n) => n.startsWith("run `npm install`")) ? "npm install" : "", "npm start"].filter(Boolean);
  out.write(`Next: ${steps.join(" && ")}\n`);
  return 0;
}

function buildCommand(rest: string[], out: NodeJS.WritableStream, err: NodeJS.WritableStream): number | Watching {
  const raw: Record<string, unknown> = {};
  let entry: string | undefined;
  let typeCheck = true;
  let watch = false;
  let project: string | undefined;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    const joined = /^-O([0-3])$/.exec(arg);
    if (joined) raw.optimize = Number(joined[1]);
    else if (arg === "--wat") raw.textFile = true;
    else if (arg === "--wasi") raw.wasi = true;
    else if (arg === "--debug") raw.debug = true;
    else if (arg === "--component") raw.component = true;
    else if (arg === "--no-type-check") typeCheck = false;
    else if (arg === "--watch" || arg === "-w") watch = true;
    else if (arg === "-p" || arg === "--project") {
      project = rest[++i];
      if (project === undefined) {
        err.write(`ts-wasmexport: ${arg} needs a value.\n`);
        return 2;
      }
    }
    else if (arg === "--transform" && rest[i + 1] !== undefined) raw.transforms = [...((raw.transforms as string[]) ?? []), rest[++i]];
    else if (arg in VALUE_FLAGS) {
      const value = rest[++i];
      if (value === undefined) {
        err.write(`ts-wasmexport: ${arg} needs a value.\n`);
        return 2;
      }
      raw[VALUE_FLAGS[arg]] = value;
    } else if (arg.startsWith("-")) {
      err.write(`ts-wasmexport: unknown option '${arg}'.\n\n${BUILD_USAGE}`);
      return 2;
    } else if (entry === undefined) entry = arg;
    else {
      err.write(`ts-wasmexport: one entry file at a time ('${entry}', then '${arg}').\n`);
      return 2;
    }
  }
  let entries = entry === undefined ? undefined : [entry];
  if (project !== undefined) {
    // Reading a tsconfig takes TypeScript's API: one the compiler cannot use is one line.
    const problem = projectTypeScriptProblem();
    if (problem) {
      err.write(`error TS99004: ${problem}\n`);
      return 1;
    }
    const read = readProject(project, entry);
    if ("error" in read) {
      err.write(`ts-wasmexport: ${read.error}\n`);
      return 2;
    }
    entries = read.entry;
    Object.assign(raw, { ...read.options, ...raw });
  }
  if (!entries || raw.outFile === undefined) {
    err.write(`ts-wasmexport: build needs an entry file and -o OUT.wasm${project === undefined ? "" : " (the plugin entry has no outFile)"}.\n\n${BUILD_USAGE}`);
    return 2;
  }
  // A tsconfig's outFile is absolute once read (readProject): shown from the current folder.
  const written = path.isAbsolute(String(raw.outFile)) ? path.relative(process.cwd(), String(raw.outFile)) : String(raw.outFile);
  if (watch) {
    const folder = path.relative(process.cwd(), watchedFolder(entries)) || ".";
    return watchBuild({ entry: entries, typeCheck, ...raw }, (result, ms) => {
      if (result.diagnostics.length > 0) err.write(result.errorText);
      const built = result.binary ? `${written}: ${result.binary.length} bytes` : `${result.diagnostics.length} error${result.diagnostics.length === 1 ? "" : "s"}`;
      out.write(`${built} (${ms} ms). Watching ${folder} for changes.\n`);
    });
  }
  const result = compile({ entry: entries, typeCheck, ...raw });
  if (result.diagnostics.length > 0) err.write(result.errorText);
  if (!result.binary) return 1;
  out.write(`${written}: ${result.binary.length} bytes\n`);
  return 0;
}
