// Builds AssemblyScript test programs against the real runtime, the way the compiler does
// (same virtual tree, config and asc flags), but from hand-written frames instead of
// lowered dialect code, so the runtime is tested on its own.
import * as path from "path";
import { runAsc } from "../../transformer/asc/bridge";
import { ascArgs, configFile, runtimeFiles } from "../../transformer/abi/module";

const REPO = path.resolve(__dirname, "..", "..");

export interface RuntimeProgram {
  /** The test's AssemblyScript: frames and `export function` entry points. */
  source: string;
  /** Names of the `export function`s the host may call. */
  exports: string[];
  seed?: bigint;
  runtime?: "incremental" | "minimal" | "stub";
  wantText?: boolean;
}

export interface Built {
  binary: Uint8Array;
  text: string | null;
}

export function buildRuntimeProgram(p: RuntimeProgram): Built {
  const options = { seed: p.seed ?? 1n, wasi: false, runtime: p.runtime ?? "incremental", optimize: 3, shrink: 0, initialMemory: 1 } as never;
  const entry = [
    `import { Frame, Waiter, spawn, ready, gosched, block, exportEnter, exportLeave, exportRun, initDone, Chan, sendDone, Select, WaitGroup, Mutex, panic } from "./ts-wasmexport/runtime/index";`,
    `export { wasmexport_panic_ptr, wasmexport_panic_len } from "./ts-wasmexport/runtime/index";`,
    p.source,
    `initDone();`,
  ].join("\n");
  const files = { ...runtimeFiles(REPO), "ts-wasmexport/config.ts": configFile(options), "main.ts": entry };
  const exports: Record<string, string> = {};
  for (const e of p.exports) exports[e] = e;
  const result = runAsc({
    files,
    entry: "main.ts",
    args: ascArgs(options),
    exports,
    keep: ["memory", "_initialize", "wasmexport_panic_ptr", "wasmexport_panic_len"],
    lazyInit: p.exports,
    wantText: !!p.wantText,
  });
  if (!result.binary) {
    const messages = result.diagnostics.map((d) => `${d.range?.path}:${d.range?.start}: ${d.message}`).join("\n");
    throw new Error(`build failed: ${result.error}\n${messages}\n${result.stderr}`);
  }
  return { binary: result.binary, text: result.text };
}

export type Exports = Record<string, (...args: number[]) => number> & { memory: WebAssembly.Memory };

export function instantiate(binary: Uint8Array, imports: WebAssembly.Imports = {}): Exports {
  return new WebAssembly.Instance(new WebAssembly.Module(binary), imports).exports as unknown as Exports;
}

/** The panic message, read as a host without JavaScript would: two exports and linear memory. */
export function panicMessage(e: Exports): string {
  const ptr = e.wasmexport_panic_ptr();
  const len = e.wasmexport_panic_len();
  return Buffer.from(new Uint8Array(e.memory.buffer, ptr, len)).toString("utf8");
}

/** Calls `f` expecting a trap; answers the panic message. */
export function expectPanic(e: Exports, f: () => unknown): string {
  expect(f).toThrow(WebAssembly.RuntimeError);
  return panicMessage(e);
}
