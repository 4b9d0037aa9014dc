// The command line: `ts-wasmexport build FILE -o OUT [--wat] [--emit-as DIR] [-O N] [--wasi] …`.
//
// Flags are turned into the same raw options object a plugin entry holds and read by the same
// options module; the build is compile()'s.
import { compile } from "./compile";
import { formatDiagnostics } from "./diagnostics";

const USAGE = `Usage: ts-wasmexport build FILE -o OUT.wasm [options]

Compiles the dialect file FILE (and what it imports) to one WebAssembly module.

Options:
  -o, --out FILE          the .wasm to write (required)
  --wat                   also write the text format, beside the .wasm (.wat)
  --emit-as DIR           write the lowered AssemblyScript into DIR
  -O N                    optimisation level 0-3 (default 3)
  --shrink N              shrink level 0-2 (default 0)
  --runtime NAME          incremental (default), minimal or stub
  --initial-memory PAGES  initial linear memory in 64 KiB pages (default 1)
  --maximum-memory PAGES  maximum linear memory in 64 KiB pages
  --wasi                  allow WASI imports: console output, panic messages on stderr
  --export-mode MODE      drain (default) or return, for exports whose directive names none
  --seed N                select's random seed
  --bindings FILE.js      write JavaScript bindings (an ES module and its .d.ts)
  --emit-wit FILE         write the WIT world the directives define
  --component             write a component: the module wrapped with its WIT world
  --wit FILE              a WIT file whose world the directives must match
  --world NAME            the world of --wit, when the file has several
  --no-type-check         skip tsc's type check
  --runtime-root DIR      build against the runtime sources in DIR/runtime and DIR/scheduler
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

export function main(argv: string[], out: NodeJS.WritableStream = process.stdout, err: NodeJS.WritableStream = process.stderr): number {
  if (argv.length === 0 || argv.includes("-h") || argv.includes("--help")) {
    (argv.length === 0 ? err : out).write(USAGE);
    return argv.length === 0 ? 2 : 0;
  }
  const [command, ...rest] = argv;
  if (command !== "build") {
    err.write(`ts-wasmexport: unknown command '${command}'.\n\n${USAGE}`);
    return 2;
  }
  const raw: Record<string, unknown> = {};
  let entry: string | undefined;
  let typeCheck = true;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    const joined = /^-O([0-3])$/.exec(arg);
    if (joined) raw.optimize = Number(joined[1]);
    else if (arg === "--wat") raw.textFile = true;
    else if (arg === "--wasi") raw.wasi = true;
    else if (arg === "--component") raw.component = true;
    else if (arg === "--no-type-check") typeCheck = false;
    else if (arg in VALUE_FLAGS) {
      const value = rest[++i];
      if (value === undefined) {
        err.write(`ts-wasmexport: ${arg} needs a value.\n`);
        return 2;
      }
      raw[VALUE_FLAGS[arg]] = value;
    } else if (arg.startsWith("-")) {
      err.write(`ts-wasmexport: unknown option '${arg}'.\n\n${USAGE}`);
      return 2;
    } else if (entry === undefined) entry = arg;
    else {
      err.write(`ts-wasmexport: one entry file at a time ('${entry}', then '${arg}').\n`);
      return 2;
    }
  }
  if (!entry || raw.outFile === undefined) {
    err.write(`ts-wasmexport: build needs an entry file and -o OUT.wasm.\n\n${USAGE}`);
    return 2;
  }
  const result = compile({ entry, typeCheck, ...raw });
  if (result.diagnostics.length > 0) err.write(formatDiagnostics(result.diagnostics));
  if (!result.binary) return 1;
  out.write(`${raw.outFile}: ${result.binary.length} bytes\n`);
  return 0;
}
