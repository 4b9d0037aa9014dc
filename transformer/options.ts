// The build options, shared by the three entry points (ts-patch plugin, CLI, compile()).
//
// Every entry point hands its raw options (a plugin entry's extra keys, CLI flags turned into
// an object, compile()'s argument) to `readOptions`, which fills in defaults and reports
// anything it does not understand as a diagnostic instead of guessing.
import type { ExportMode } from "./pipeline";

export type RuntimeVariant = "incremental" | "minimal" | "stub";

export interface BuildOptions {
  /** Where the .wasm goes (plugin: relative to the tsconfig's folder; CLI/compile(): to the working directory). */
  outFile?: string;
  /** asc's optimisation level, 0–3. */
  optimize: 0 | 1 | 2 | 3;
  /** asc's shrink level, 0–2. */
  shrink: 0 | 1 | 2;
  runtime: RuntimeVariant;
  /**
   * Initial linear memory in 64 KiB pages, at least 1. When not given, asc gives the module what
   * its static data and shadow stack need: a program with more than 64 KiB of literals builds.
   */
  initialMemory?: number;
  maximumMemory?: number;
  /** Allow WASI imports: console output and panic messages go to the host's stdout/stderr. */
  wasi: boolean;
  /** Write the module's text format: `true` (beside outFile, `.wat`) or a path. */
  textFile?: string | boolean;
  /** A folder to write the lowered AssemblyScript (and the generated entry file) into. */
  emitAssemblyScript?: string;
  /** The mode of exports whose directive names none. */
  exportMode: ExportMode;
  /** select's random seed. */
  seed: bigint;
  /**
   * Keep the name section (functions named after the dialect's) and write a source map from
   * the module to the dialect files beside the .wasm (`.wasm.map`); the run-loop inlining is
   * left out, so that stack traces show each function.
   */
  debug: boolean;
  /** asc transforms to run, as module names resolved from the program's folder (`json-as/transform`). */
  transforms?: string[];
  /** Advanced: build against the runtime sources (core/, scheduler/, runtime/) under this folder instead of the package's. */
  runtimeRoot?: string;
  /** Write JavaScript bindings (an ES module, and its `.d.ts` beside it) to this path. */
  bindings?: string;
  /** Write the WIT world that the directives define to this path. */
  emitWit?: string;
  /** Write a component (the core module wrapped with its WIT world) instead of a core module. */
  component: boolean;
  /** A WIT file whose world the directives must match (and that a component is wrapped with). */
  wit?: string;
  /** The world of `wit` to match, when the file defines several. */
  world?: string;
}

export const DEFAULT_OPTIONS: BuildOptions = {
  optimize: 3,
  shrink: 0,
  runtime: "incremental",
  wasi: false,
  debug: false,
  exportMode: "drain",
  seed: 0x2545f4914f6cdd1dn,
  component: false,
};

/** The keys a plugin entry may hold that are ts-patch's own, not ours. */
const PLUGIN_KEYS = new Set(["transform", "transformProgram", "import", "after", "afterDeclarations", "type", "name", "resolvePathAliases"]);

export interface OptionProblem {
  option: string;
  message: string;
}

/** Reads raw options into BuildOptions; unknown keys and bad values become problems. */
export function readOptions(raw: Record<string, unknown>): { options: BuildOptions; problems: OptionProblem[] } {
  const options: BuildOptions = { ...DEFAULT_OPTIONS };
  const problems: OptionProblem[] = [];
  const bad = (option: string, expected: string) =>
    problems.push({ option, message: `Option '${option}' must be ${expected}; got ${JSON.stringify(String(raw[option]))}.` });

  for (const [key, value] of Object.entries(raw)) {
    if (value === undefined || PLUGIN_KEYS.has(key)) continue;
    switch (key) {
      case "outFile":
      case "emitAssemblyScript":
      case "runtimeRoot":
      case "bindings":
      case "emitWit":
      case "wit":
        if (typeof value === "string" && value.length > 0) options[key] = value;
        else bad(key, "a path");
        break;
      case "world":
        if (typeof value === "string" && /^%?[a-z][a-z0-9-]*$/.test(value)) options.world = value;
        else bad(key, "a WIT world name");
        break;
      case "textFile":
        if (typeof value === "boolean" || (typeof value === "string" && value.length > 0)) options.textFile = value;
        else bad(key, "a path or true");
        break;
      case "optimize":
        if (isIntegerIn(value, 0, 3)) options.optimize = Number(value) as BuildOptions["optimize"];
        else bad(key, "an integer from 0 to 3");
        break;
      case "shrink":
        if (isIntegerIn(value, 0, 2)) options.shrink = Number(value) as BuildOptions["shrink"];
        else bad(key, "an integer from 0 to 2");
        break;
      case "runtime":
        if (value === "incremental" || value === "minimal" || value === "stub") options.runtime = value;
        else bad(key, "'incremental', 'minimal' or 'stub'");
        break;
      case "initialMemory":
        if (isIntegerIn(value, 1, 65536)) options.initialMemory = Number(value);
        else bad(key, "a number of 64 KiB pages from 1 to 65536");
        break;
      case "maximumMemory":
        if (isIntegerIn(value, 1, 65536)) options.maximumMemory = Number(value);
        else bad(key, "a number of 64 KiB pages from 1 to 65536");
        break;
      case "wasi":
      case "debug":
      case "component":
        if (typeof value === "boolean") options[key] = value;
        else bad(key, "true or false");
        break;
      case "exportMode":
        if (value === "drain" || value === "return") options.exportMode = value;
        else bad(key, "'drain' or 'return'");
        break;
      case "seed": {
        const seed = toSeed(value);
        if (seed === null) bad(key, "an integer from 0 to 2^64-1");
        else options.seed = seed;
        break;
      }
      case "transforms":
        if (Array.isArray(value) && value.every((v) => typeof v === "string" && v.length > 0)) options.transforms = value;
        else bad(key, "a list of module names");
        break;
      default:
        problems.push({ option: key, message: `Unknown option '${key}'.` });
    }
  }
  // A debug build keeps every function of the program unless the user asks for optimisation.
  if (options.debug && raw.optimize === undefined) options.optimize = 0;
  if (options.world !== undefined && options.wit === undefined) {
    problems.push({ option: "world", message: "Option 'world' names a world of the 'wit' file: set 'wit' too." });
  }
  if (options.component && options.bindings) {
    problems.push({ option: "bindings", message: "Option 'bindings' writes JavaScript for the core module, and 'component' writes a component: a component's JavaScript comes from jco's transpile." });
  }
  if (options.maximumMemory !== undefined && options.initialMemory !== undefined && options.maximumMemory < options.initialMemory) {
    problems.push({ option: "maximumMemory", message: "Option 'maximumMemory' must not be below 'initialMemory'." });
  }
  return { options, problems };
}

function isIntegerIn(value: unknown, min: number, max: number): boolean {
  const n = typeof value === "string" && value.trim() !== "" ? Number(value) : value;
  return typeof n === "number" && Number.isInteger(n) && n >= min && n <= max;
}

function toSeed(value: unknown): bigint | null {
  try {
    if (typeof value === "number" && !Number.isInteger(value)) return null;
    if (typeof value !== "number" && typeof value !== "bigint" && typeof value !== "string") return null;
    const seed = BigInt(value);
    return seed >= 0n && seed < 1n << 64n ? seed : null;
  } catch {
    return null;
  }
}
