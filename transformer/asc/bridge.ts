// A synchronous call into asc.
//
// The ts-patch plugin runs inside a synchronous TypeScript API, but asc's main() is async
// and ESM-only. One worker thread per process runs asc (worker.mjs); a call posts the request
// and blocks on Atomics.wait until the worker answers. The first build pays for loading asc
// into the worker (about half a second); later builds in the same process reuse it.
import * as path from "path";
import { MessageChannel, Worker, receiveMessageOnPort } from "worker_threads";

export interface AscRequest {
  /** Virtual source tree: "/"-separated paths relative to the virtual root, to file text. */
  files: Record<string, string>;
  entry: string;
  args: string[];
  /** Internal export name of each generated wrapper -> the name the host sees. */
  exports: Record<string, string>;
  /** Exports kept under their own names (memory, _initialize, the panic accessors). */
  keep: string[];
  /** Wrappers that run the start function first when the host never called _initialize. */
  lazyInit: string[];
  /** Imports ("module.base") replaced by calls to the module's own exported function of the given name. */
  redirect?: Record<string, string>;
  /** An exported function `_initialize` calls before the start function (its export is dropped). */
  initGuard?: string;
  /** Functions asc's optimiser must not inline (binaryen wildcards: `*`). */
  noInline?: string[];
  /**
   * Per file of the tree: the source offset each offset of its text came from (one more
   * entry, for the end), and where the source's lines start. asc's aborts in these files
   * report the source's line and column.
   */
  positions?: Record<string, { origin: Int32Array; lineStarts: Int32Array }>;
  wantText: boolean;
  /** AssemblyScript libraries from npm by package name (libraries.ts): asc reads `node_modules/NAME/…` from `dir`. */
  libraries?: Record<string, { dir: string; entry: string | null }>;
  /** asc transforms to run after the bridge's own, as the files that export them. */
  transforms?: string[];
}

export interface AscDiagnostic {
  message: string;
  code: number;
  /** 0 pedantic, 1 info, 2 warning, 3 error (asc's DiagnosticCategory) */
  category: number;
  range: { start: number; end: number; path: string } | null;
}

export interface AscResult {
  binary: Uint8Array | null;
  text: string | null;
  /** asc's source map (JSON), from the module to the files asc compiled, when args ask for one. */
  sourceMap?: string | null;
  diagnostics: AscDiagnostic[];
  error: string | null;
  stderr: string;
}

let worker: Worker | null = null;
let signal: Int32Array | null = null;

function startWorker(): { worker: Worker; signal: Int32Array } {
  if (!worker || !signal) {
    signal = new Int32Array(new SharedArrayBuffer(4));
    // The worker source ships as plain JavaScript beside this package's transformer/ folder.
    const file = path.join(packageRoot(), "transformer", "asc", "worker.mjs");
    worker = new Worker(file, { workerData: { signal } });
    worker.unref();
  }
  return { worker, signal };
}

/** The package root: this file runs from dist/transformer/asc/ (compiled) or transformer/asc/ (ts-jest). */
export function packageRoot(): string {
  let dir = __dirname;
  while (path.basename(dir) !== "transformer") dir = path.dirname(dir);
  const parent = path.dirname(dir);
  return path.basename(parent) === "dist" ? path.dirname(parent) : parent;
}

/** Starts loading asc in the worker now, so that it loads while the caller type-checks. */
export function prepareAsc(): void {
  startWorker();
}

export function runAsc(request: AscRequest): AscResult {
  const { worker, signal } = startWorker();
  const { port1, port2 } = new MessageChannel();
  Atomics.store(signal, 0, 0);
  worker.postMessage({ port: port2, request }, [port2]);
  // Wake up now and then to notice a worker that died without answering.
  while (Atomics.wait(signal, 0, 0, 60_000) === "timed-out") {
    if (worker.threadId < 0) break;
  }
  const message = receiveMessageOnPort(port1);
  port1.close();
  if (!message) {
    return { binary: null, text: null, diagnostics: [], error: "the AssemblyScript compiler stopped without an answer", stderr: "" };
  }
  const answer = message.message as AscResult;
  if (answer.binary) answer.binary = new Uint8Array(answer.binary);
  return answer;
}
