// A synchronous call into asc.
//
// The ts-patch plugin runs inside a synchronous TypeScript API, but asc's main() is async
// and ESM-only. One worker thread per process runs asc (worker.mjs); a call posts the request
// and blocks on Atomics.wait until the worker answers. The first build pays for loading asc
// into the worker (about half a second); later builds in the same process reuse it.
import * as path from "path";
import { setFlagsFromString } from "v8";
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
  /** Exported functions every call of an import (but WASI's) is wrapped in, before and after (their exports are dropped). */
  hostCall?: { enter: string; leave: string };
  /** An exported function (its export is dropped) that AssemblyScript's own allocators call when memory cannot grow, where they would trap with no message. */
  outOfMemory?: string;
  /** Functions asc's optimiser must not inline (binaryen wildcards: `*`). */
  noInline?: string[];
  /**
   * Per file of the tree: the source offset each offset of its text came from (one more
   * entry, for the end), and where the source's lines start. asc's aborts in these files
   * report the source's line and column.
   */
  positions?: Record<string, { origin: Int32Array; lineStarts: Int32Array; name: string }>;
  wantText: boolean;
  /** AssemblyScript libraries from npm by package name (libraries.ts): asc reads `node_modules/NAME/…` from `dir`. */
  libraries?: Record<string, { dir: string; entry: string | null }>;
  /** asc transforms to run after the bridge's own, as the files that export them. */
  transforms?: string[];
  /** Inline the state machines into the scheduler loop after asc (worker.mjs, inlineWithinBudget). */
  inlineStateMachines?: boolean;
  /** Only asc's diagnostics: the worker stops once asc has compiled (no passes, no optimisation, no binary). */
  checkOnly?: boolean;
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
  /**
   * Set when asc did not finish: "crashed" (asc's own crash handler, an exception out of it,
   * or its worker ended without answering), "timed-out" (no answer within the time limit) or
   * "unavailable" (the worker could not load asc or Binaryen). `error` then says what happened.
   */
  failure?: "crashed" | "timed-out" | "unavailable";
}

let worker: Worker | null = null;
let signal: Int32Array | null = null;
/** Why the worker could not load asc (thread.mjs writes it), UTF-8 and zero-padded; empty if it could. */
let loadError: Uint8Array | null = null;

/** The signal's values (worker.mjs sets the last two). */
const BUSY = 0;
const ENDED = 2;

/**
 * How long a build may keep asc busy before it is stopped: asc has loops that do not end on
 * some inputs, and a build that hangs would freeze an editor's watch or a CI job. The largest
 * program the project builds takes a few seconds on a loaded machine; two minutes is far
 * beyond that. TS_WASMEXPORT_ASC_TIME_LIMIT (seconds) overrides it for the whole process.
 */
let timeLimitMs = Number(process.env.TS_WASMEXPORT_ASC_TIME_LIMIT) * 1000 || 120_000;

/** Sets the time limit of the next builds (see timeLimitMs), and answers the previous one. */
export function setAscTimeLimit(ms: number): number {
  const previous = timeLimitMs;
  timeLimitMs = ms;
  return previous;
}

function startWorker(): { worker: Worker; signal: Int32Array } {
  if (!worker || !signal) {
    signal = new Int32Array(new SharedArrayBuffer(4));
    loadError = new Uint8Array(new SharedArrayBuffer(1024));
    // The worker source ships as plain JavaScript beside this package's transformer/ folder.
    const file = path.join(packageRoot(), "transformer", "asc", "thread.mjs");
    worker = new Worker(file, { workerData: { signal, loadError } });
    worker.unref();
  }
  return { worker, signal };
}

/** Stops the worker (it is stuck, or asc's state after a crash is not to be trusted); the next build starts a fresh one. */
function discardWorker(): void {
  void worker?.terminate();
  worker = null;
  signal = null;
  loadError = null;
}

const ENDED_WITHOUT_ANSWER = "its worker thread ended without an answer";

/** A build that asc did not finish. */
function failed(failure: NonNullable<AscResult["failure"]>, error: string): AscResult {
  return { binary: null, text: null, diagnostics: [], error, stderr: "", failure };
}

/** The answer for the current worker, which ended without one: it could not load asc (unloadable), or it crashed. The worker is discarded. */
function endedWithoutAnswer(): AscResult {
  const why = unloadable();
  discardWorker();
  return why ? failed("unavailable", why) : failed("crashed", ENDED_WITHOUT_ANSWER);
}

/** What the worker said when it could not load asc, if it could not. */
function unloadable(): string | null {
  const end = loadError ? loadError.indexOf(0) : 0;
  return loadError && end !== 0 ? new TextDecoder().decode(loadError.slice(0, end < 0 ? loadError.length : end)) : null;
}

/** The package root: this file runs from dist/transformer/asc/ (compiled) or transformer/asc/ (ts-jest). */
export function packageRoot(): string {
  let dir = __dirname;
  while (path.basename(dir) !== "transformer") {
    // The compiled modules sit under transformer/ (or dist/transformer/) in the package.
    if (path.dirname(dir) === dir) throw new Error(`ts-wasmexport's files are not laid out as its package has them: no 'transformer' folder above ${__dirname}`);
    dir = path.dirname(dir);
  }
  const parent = path.dirname(dir);
  return path.basename(parent) === "dist" ? path.dirname(parent) : parent;
}

/** The part of a request that asc reads before any file: a build with these can start before its files are known. */
export type AscStart = Pick<AscRequest, "entry" | "args" | "wantText" | "transforms">;

/**
 * For a process that runs no WebAssembly but Binaryen's (the CLI, tsc with the plugin): V8
 * runs WebAssembly with its baseline compiler (Liftoff) only. By default it also compiles
 * each function that runs long enough with its optimising compiler (TurboFan), and a build
 * runs so much of Binaryen's 10 MB of WebAssembly that this costs more than it saves: a cold
 * build of examples/signals takes half the CPU time without it, for the same module. The flag
 * holds for the whole process (a module the process ran itself would run slower), so only
 * these entry points set it, before the worker loads Binaryen.
 */
export function baselineWasmOnly(): void {
  if (!worker) setFlagsFromString("--liftoff-only");
}

/**
 * Starts loading asc in the worker now, so that it loads while the caller type-checks; given
 * the entry and flags of the build to come, asc starts it too, and parses its standard
 * library while it waits for the files (worker.mjs, startEarly).
 */
export function prepareAsc(start?: AscStart): void {
  const { worker } = startWorker();
  if (start) worker.postMessage({ prepare: start });
}

/**
 * The same call without blocking, for the language service, which must not hold up the
 * editor: the answer arrives on the port, and the worker takes requests one at a time.
 */
export function runAscInBackground(request: AscRequest): Promise<AscResult> {
  const started = startWorker();
  const { port1, port2 } = new MessageChannel();
  return new Promise((resolve) => {
    const ended = () => {
      port1.close();
      resolve(worker === started.worker ? endedWithoutAnswer() : failed("crashed", ENDED_WITHOUT_ANSWER));
    };
    started.worker.once("exit", ended);
    port1.once("message", (answer: AscResult) => {
      started.worker.off("exit", ended);
      port1.close();
      if (answer.failure && worker === started.worker) discardWorker();
      resolve(answer);
    });
    started.worker.postMessage({ port: port2, request, waiting: false }, [port2]);
  });
}

export function runAsc(request: AscRequest): AscResult {
  const { worker, signal } = startWorker();
  // A worker started early (prepareAsc) may have ended already, unable to load asc.
  if (Atomics.exchange(signal, 0, BUSY) === ENDED) return endedWithoutAnswer();
  const { port1, port2 } = new MessageChannel();
  worker.postMessage({ port: port2, request }, [port2]);
  // The worker notifies when it has answered, and also when it ends without answering (see
  // worker.mjs): this thread is blocked, so it could not see a Worker's "exit" event.
  const deadline = Date.now() + timeLimitMs;
  let timedOut = false;
  while (Atomics.load(signal, 0) === BUSY) {
    const left = deadline - Date.now();
    if (left <= 0) {
      timedOut = true;
      break;
    }
    Atomics.wait(signal, 0, BUSY, left);
  }
  const message = receiveMessageOnPort(port1);
  port1.close();
  if (!message) {
    if (!timedOut && Atomics.load(signal, 0) === ENDED) return endedWithoutAnswer();
    discardWorker();
    return timedOut ? failed("timed-out", `no answer within ${timeLimitMs / 1000} s`) : failed("crashed", "it stopped without an answer");
  }
  const answer = message.message as AscResult;
  if (answer.failure) discardWorker();
  if (answer.binary) answer.binary = new Uint8Array(answer.binary);
  return answer;
}
