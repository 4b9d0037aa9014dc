// The AssemblyScript side of the synchronous asc bridge (see bridge.ts).
//
// asc is an ES module with top-level await and an async main(); a TypeScript plugin runs
// synchronously. This worker owns asc: the bridge posts a request on a MessagePort, then
// blocks on Atomics.wait until this worker has posted the answer and notified.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { parentPort, workerData } from "node:worker_threads";
import asc from "assemblyscript/asc";
import binaryen from "binaryen";
import { passClosureEnvs } from "./closure-env.mjs";
import { abortsAtInlinedCalls, indexErrorsWithValues, inlineElementAccess, userSources } from "./elements.mjs";
import { checkDivisions } from "./divisions.mjs";
import { dropLeafFrames } from "./frames.mjs";
import { reduceMultiplications } from "./multiply.mjs";

abortsAtInlinedCalls();

// Int32Array over a SharedArrayBuffer: 0 = busy, 1 = answered, 2 = ended (thread.mjs, the
// worker's entry, sets 2 when the worker ends without answering).
const { signal } = workerData;

// When asc crashes (an assertion of its own fails, binaryen throws), its handler prints a
// report to the console and calls process.exit(1), which in a worker ends the thread. During
// a build, the report is kept and the exit becomes an exception that ends asc.main, so the
// bridge gets an answer that says what happened; the worker then ends, since asc's state
// after a crash is not to be trusted (the bridge starts a new one).
class AscCrash extends Error {}
/** Thrown by afterCompile when the request is a check (asc ends the compile with it as the result's error). */
class CheckDone extends Error {}
let consoleText = null;
const consoleError = console.error;
console.error = (...args) => {
  if (consoleText === null) return consoleError(...args);
  consoleText += args.join(" ") + "\n";
};
const exit = process.exit;
process.exit = (code) => {
  if (consoleText === null) return exit(code);
  throw new AscCrash(crashReport(consoleText) || `asc exited with code ${code}`);
};

/** The lines of asc's crash report that say what and where: "during compile: AssertionError: … (at resolveFunction)". */
function crashReport(text) {
  const lines = text.replace(/\x1b\[[0-9;]*m/g, "").split("\n").map((l) => l.replace(/^\W*\s*/, "").trim()).filter(Boolean);
  const during = /crashed during (\w+)/.exec(text)?.[1];
  const at = lines.findIndex((l) => l.startsWith("at "));
  const what = at > 0 ? lines[at - 1] : lines.find((l) => /Error|abort/.test(l));
  // The first frame past the assertion helper names asc's function (its classes are minified).
  const frame = lines.slice(Math.max(at, 0)).find((l) => l.startsWith("at ") && !/\.assert /.test(l));
  const where = frame && /at (?:\w+\.)?([\w$]+)/.exec(frame)?.[1];
  return [during && `during ${during}`, what, where && `(in ${where})`].filter(Boolean).join(": ").replace(": (in", " (in");
}

// One request at a time: asc keeps global state, and a request from the language service
// (which does not block) may arrive while another runs. `waiting` says whether the sender is
// blocked on the signal (the bridge's runAsc) or listens on its port (runAscInBackground).
// A `prepare` message (the bridge's prepareAsc) names the entry and flags of a build to come.
let queue = Promise.resolve();
parentPort.on("message", ({ port, request, waiting = true, prepare }) => {
  queue = queue.then(() => (prepare ? startEarly(prepare) : answer(port, request, waiting)));
});

/**
 * A build started before its request: asc parses its standard library (most of what it
 * parses, and the longest part of a cold worker's first build) before it reads the first
 * file it is given, so a build whose entry and flags are known can start that early, while
 * the bridge's thread type-checks and lowers, or between two builds of a watch. Its file
 * reads wait for the request. { key, supply(request | null), result }, or null.
 */
let early = null;

/** What a build must have been started with to serve a request: asc reads these first. */
function startKey(request) {
  return JSON.stringify([request.entry, request.args, request.wantText, request.transforms || []]);
}

async function startEarly(shape) {
  const key = startKey(shape);
  if (early?.key === key) return;
  shape = { entry: shape.entry, args: shape.args, wantText: shape.wantText, transforms: shape.transforms };
  await dropEarly();
  let supply;
  const request = new Promise((resolve) => (supply = resolve));
  consoleText = "";
  // A failure here (a transform that cannot be loaded) is left for the request to meet.
  const result = compile(shape, request).catch((err) => ({ thrown: err }));
  early = { key, supply, result };
}

/** The early build whose request never came ends: its reads find nothing, and asc stops. */
async function dropEarly() {
  if (!early) return;
  const { supply, result } = early;
  early = null;
  supply(null);
  await result;
}

async function answer(port, request, waiting) {
  let answer;
  const started = early?.key === startKey(request) ? early : null;
  if (started) early = null;
  else await dropEarly();
  consoleText = "";
  try {
    if (started) {
      started.supply(request);
      answer = await started.result;
      if (answer.thrown) throw answer.thrown;
    } else {
      answer = await compile(request);
    }
  } catch (err) {
    const crashed = err instanceof AscCrash;
    answer = { binary: null, text: null, diagnostics: [], error: crashed ? err.message : String((err && err.stack) || err), failure: "crashed", stderr: consoleText };
  }
  consoleText = null;
  port.postMessage(answer);
  port.close();
  if (waiting) {
    Atomics.store(signal, 0, 1);
    Atomics.notify(signal, 0);
  }
  if (answer.failure) exit(1);
}

/**
 * request: {
 *   files: { [path]: text }      virtual source tree (paths relative to the virtual root, "/"-separated)
 *   entry: string                entry file path within `files`
 *   args: string[]               asc flags (optimisation, runtime, memory, --use abort=…, …)
 *   exports: { [internal]: external }   the only function exports kept, renamed
 *   keep: string[]               other export names kept as they are (memory, _initialize, …)
 *   lazyInit: string[]           internal export names whose bodies first run the start function
 *   redirect: { ["module.base"]: string }   imports to replace by a call to the exported function named
 *   initGuard: string            an exported function _initialize calls first (its export is dropped)
 *   noInline: string[]           functions asc's optimiser must not inline (binaryen wildcards)
 *   positions: { [path]: { origin: Int32Array, lineStarts: Int32Array, name: string } }   positions.ts (positionTables); see userPositions
 *   wantText: boolean
 *   libraries: { [name]: { dir, entry } }   npm packages asc reads as node_modules/NAME/… (libraries.ts)
 *   transforms: string[]         files of asc transforms to run after postProcess
 *   inlineStateMachines: boolean inline every function with one caller after asc (inlineWithinBudget)
 *   checkOnly: boolean           stop once asc has compiled: its diagnostics only
 * }
 */
async function compile(shape, supplied = null) {
  // Started early (startEarly): asc reads its configuration first, which a request never has,
  // then parses its library, then reads the runtime and the entry, which wait for the request.
  let request = supplied ? null : shape;
  const read = (name) => (Object.prototype.hasOwnProperty.call(request.files, name) ? request.files[name] : libraryFile(name, request.libraries || {}));
  const readFile = (name) => {
    if (request) return read(name);
    if (name === "asconfig.json") return null;
    return supplied.then((r) => ((request = r) ? read(name) : null));
  };
  const outputs = {};
  const diagnostics = [];
  let features = 0;
  const postProcess = {
    afterParse(parser) {
      userPositions(parser.sources, request?.positions || {});
    },
    afterInitialize(program) {
      inlineElementAccess(program);
    },
    afterCompile(module) {
      // A check wants asc's diagnostics only, which it has reported by now: stopping here
      // skips the bridge's passes, Binaryen's optimiser, validation and the output.
      if (!request || request.checkOnly) throw new CheckDone();
      passClosureEnvs(module);
      indexErrorsWithValues(module);
      shapeExports(module, request);
      keepOutOfLine(module, request.noInline || []);
      checkDivisions(module, abortHandler(request.args));
      dropLeafFrames(module, abortHandler(request.args));
      features = module.getFeatures();
    },
  };
  const result = await asc.main(
    [shape.entry, "--outFile", "out.wasm", ...(shape.wantText ? ["--textFile", "out.wat"] : []), ...shape.args],
    {
      readFile,
      writeFile: (name, contents) => {
        outputs[name] = contents;
      },
      listFiles: () => [],
      reportDiagnostic: (d) => {
        diagnostics.push({
          message: d.message,
          code: d.code,
          category: d.category,
          range: d.range && { start: d.range.start, end: d.range.end, path: d.range.source && d.range.source.normalizedPath },
        });
      },
      transforms: [postProcess, ...(await loadTransforms(shape.transforms || []))],
    },
  );
  if (!request) return null; // an early start whose request never came
  if (request.checkOnly) return { binary: null, text: null, sourceMap: null, diagnostics, error: null, stderr: "" };
  let binary = outputs["out.wasm"] || null;
  let text = outputs["out.wat"] || null;
  if (binary && request.inlineStateMachines) {
    let limit;
    ({ binary, limit } = inlineWithinBudget(binary, features));
    // The .wat is made from asc's own text, which keeps the function names, by the same passes.
    if (text) text = inlineStateMachines(binaryen.parseText(text), features, limit, (m) => (reduceMultiplications(m), m.emitText()));
  }
  const sourceMap = Object.keys(outputs).find((name) => name.endsWith(".map"));
  return {
    binary,
    text,
    sourceMap: sourceMap ? outputs[sourceMap] : null,
    diagnostics,
    error: result.error ? String(result.error.message || result.error) : null,
    stderr: result.stderr.toString(),
  };
}

/**
 * asc looks a package up in the node_modules folders above the importing file, relative to
 * the virtual root: `node_modules/NAME/REST`, or `node_modules/NAME/node_modules/DEP/REST` from
 * inside NAME. A library's files are read from the folder it is installed in; a bare import
 * of a package with no index.ts means its AssemblyScript entry.
 */
function libraryFile(name, libraries) {
  const match = /^node_modules\/((?:@[^/]+\/)?[^/]+)\/(.+)$/.exec(name);
  const library = match && Object.prototype.hasOwnProperty.call(libraries, match[1]) ? libraries[match[1]] : null;
  if (!library) return null;
  if (match[2] === "index.ts" && library.entry) return `export * from "./${library.entry}";\n`;
  try {
    return readFileSync(join(library.dir, match[2]), "utf8");
  } catch {
    return null;
  }
}

/** Transforms named by the `transforms` option: a module whose default export is a Transform class (or object). */
async function loadTransforms(files) {
  const loaded = [];
  for (const file of files) {
    const module = await import(pathToFileURL(file).href);
    loaded.push(module.default ?? module);
  }
  return loaded;
}

/**
 * asc writes the line and column of an abort (a failed assert, a throw, a null or downcast
 * check) into the call, from the text it compiles: for a lowered file, that is the line of
 * generated code. Each lowered source answers asc's line and column questions through its
 * origin table instead, with the user's line and column. Offsets are asc's own (UTF-16 code
 * units), as are the tables'; lines and columns count from 1, as asc's do.
 */
function userPositions(sources, positions) {
  for (const source of sources) {
    const path = source.normalizedPath.replace(/^\.\//, "");
    const map = positions[path.endsWith(".ts") ? path : `${path}.ts`];
    if (!map) continue;
    userSources.set(source, map.name);
    const { origin, lineStarts } = map;
    let column = 1;
    source.lineAt = (pos) => {
      const at = origin[Math.max(0, Math.min(pos, origin.length - 1))];
      let lo = 0;
      let hi = lineStarts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (lineStarts[mid] <= at) lo = mid;
        else hi = mid - 1;
      }
      column = at - lineStarts[lo] + 1;
      return lo + 1;
    };
    source.columnAt = () => column;
  }
}

/** The internal name of the function that `--use abort=NAME` makes the abort handler. */
function abortHandler(args) {
  const use = args.find((a, i) => args[i - 1] === "--use" && a.startsWith("abort="));
  return use ? use.slice("abort=".length) : "~lib/builtins/abort";
}

/**
 * The largest function body, in bytes, that inlineStateMachines may make. V8 gives a huge
 * function a simpler register allocator ("mid-tier", --turbo-use-mid-tier-regalloc-for-huge-
 * functions), and a goroutine switch then costs about twice as much: ping-pong in a program
 * whose scheduler loop had grown to 61 KB ran at 13 ns per hop, against 7.7 at 55 KB. The
 * limit is V8's count of virtual registers, which bytes only approximate: hence the margin.
 */
const RUN_LOOP_BUDGET = 40_000;

/**
 * inlineStateMachines with the largest limit on the size (in binaryen's measure) of a
 * function with one caller that keeps every function within RUN_LOOP_BUDGET: no limit when
 * everything fits, which is one pass; else the largest of a few decreasing limits that makes
 * it fit, so that the smaller state machines stay in the scheduler loop and the larger ones
 * become calls from it. Answers the binary and the limit.
 */
function inlineWithinBudget(input, features) {
  const attempt = (limit) => inlineStateMachines(binaryen.readBinary(input), features, limit, (m) => (reduceMultiplications(m), m.emitBinary()));
  let limit = 1 << 30;
  let binary = attempt(limit);
  if (largestBody(binary) <= RUN_LOOP_BUDGET) return { binary, limit };
  // A first guess from the functions' sizes before inlining: the smallest ones that together
  // fill three quarters of the budget, at about two bytes per expression; then halves.
  const sizes = functionBodySizes(input).sort((a, b) => a - b);
  let total = 0;
  let guess = 0;
  for (const size of sizes) {
    if (total + size > RUN_LOOP_BUDGET * 0.75) break;
    total += size;
    guess = size;
  }
  limit = Math.max(Math.floor(guess / 2), 16);
  binary = attempt(limit);
  for (let i = 0; i < 3 && largestBody(binary) > RUN_LOOP_BUDGET; i++) {
    limit = Math.floor(limit / 2);
    binary = attempt(limit);
  }
  return { binary, limit };
}

/**
 * The byte size of each function body in a wasm binary (its code section). abi/module.ts
 * reads the same for the tests; this worker is plain JavaScript that loads nothing of the
 * compiled transformer, so it has its own.
 */
function functionBodySizes(bytes) {
  let at = 8; // past the magic number and the version
  const leb = () => {
    let value = 0;
    let shift = 0;
    let byte;
    do {
      byte = bytes[at++];
      value |= (byte & 0x7f) << shift;
      shift += 7;
    } while (byte & 0x80);
    return value >>> 0;
  };
  while (at < bytes.length) {
    const id = bytes[at++];
    const length = leb();
    if (id !== 10) {
      at += length;
      continue;
    }
    const sizes = [];
    for (let i = 0, n = leb(); i < n; i++) {
      const size = leb();
      sizes.push(size);
      at += size;
    }
    return sizes;
  }
  return [];
}

function largestBody(bytes) {
  return Math.max(0, ...functionBodySizes(bytes));
}

/**
 * After asc: inline every function that has one caller, up to `limit` (see inlineWithinBudget;
 * usually none). Each frame class's resume() has one caller (the class-id dispatch that
 * AssemblyScript generates for the virtual call), and that dispatch has one (the scheduler
 * loop), so the scheduler loop and every state machine become one function and a goroutine
 * switch costs no call. asc's own limits stop at 200 expressions per function.
 */
function inlineStateMachines(module, features, limit, emit) {
  const saved = [
    binaryen.getOptimizeLevel(),
    binaryen.getShrinkLevel(),
    binaryen.getOneCallerInlineMaxSize(),
    binaryen.getAllowInliningFunctionsWithLoops(),
    binaryen.getFlexibleInlineMaxSize(),
  ];
  try {
    module.setFeatures(features); // asc's: what the module was compiled for
    binaryen.setOptimizeLevel(3);
    binaryen.setShrinkLevel(0);
    binaryen.setOneCallerInlineMaxSize(limit);
    binaryen.setAllowInliningFunctionsWithLoops(true);
    // Functions with more callers were inlined or kept out of line by asc (see keepOutOfLine):
    // the binary has no names to mark them by again, so this pass leaves them as they are.
    binaryen.setFlexibleInlineMaxSize(binaryen.getAlwaysInlineMaxSize());
    module.runPasses(["inlining-optimizing"]);
    return emit(module);
  } finally {
    binaryen.setOptimizeLevel(saved[0]);
    binaryen.setShrinkLevel(saved[1]);
    binaryen.setOneCallerInlineMaxSize(saved[2]);
    binaryen.setAllowInliningFunctionsWithLoops(saved[3]);
    binaryen.setFlexibleInlineMaxSize(saved[4]);
    module.dispose();
  }
}

/**
 * Marks functions that asc's optimiser, which runs next, must not inline: a function called
 * from many places whose copies would cost more bytes than its calls cost time.
 */
function keepOutOfLine(module, patterns) {
  for (const pattern of patterns) {
    binaryen.setPassArgument("no-inline", pattern);
    module.runPasses(["no-inline"]);
  }
  binaryen.clearPassArguments();
}

/** Keeps exactly the exports the module's ABI names, renames the wrappers, adds lazy start. */
function shapeExports(module, request) {
  redirectImports(module, request.redirect || {});
  const found = [];
  for (let i = 0, n = module.getNumExports(); i < n; i++) {
    found.push(binaryen.getExportInfo(module.getExportByIndex(i)));
  }
  const internalOf = (name) => found.find((e) => e.name === name)?.value;
  const startInternal = internalOf("_initialize");
  const guardInternal = internalOf(request.initGuard);
  if (request.hostCall) wrapHostCalls(module, internalOf(request.hostCall.enter), internalOf(request.hostCall.leave));
  if (request.outOfMemory) panicOnOutOfMemory(module, internalOf(request.outOfMemory));
  for (const info of found) {
    if (request.keep.includes(info.name)) {
      // A kept export may need the module initialised too (cabi_realloc: its heap; the clock's exports).
      if (startInternal && request.lazyInit.includes(info.name)) prependStart(module, info.value, startInternal);
      continue;
    }
    module.removeExport(info.name);
    const external = request.exports[info.name];
    if (external === undefined) continue;
    if (startInternal && request.lazyInit.includes(info.name)) prependStart(module, info.value, startInternal, guardInternal);
    module.addFunctionExport(info.value, external);
  }
  if (startInternal && guardInternal) guardStart(module, startInternal, guardInternal);
}

/**
 * The exported `_initialize` becomes `guard(); start();`: the start function returns at once
 * once it has run, and a module that panicked must trap on every export call, this one too.
 * Lazy initialisation (prependStart) still calls the start function itself.
 */
function guardStart(module, startName, guardName) {
  const name = "~wx_initialize";
  const body = module.block(null, [module.call(guardName, [], binaryen.none), module.call(startName, [], binaryen.none)], binaryen.none);
  module.addFunction(name, binaryen.none, binaryen.none, [], body);
  module.removeExport("_initialize");
  module.addFunctionExport(name, "_initialize");
}

/**
 * A host that never calls _initialize still gets an initialised module:
 * `if (!started) { guard(); start(); }` (the guard counts the start function as a call in
 * progress, scheduler/calls.ts).
 */
function prependStart(module, funcName, startName, guardName) {
  const func = module.getFunction(funcName);
  const info = binaryen.getFunctionInfo(func);
  const start = module.call(startName, [], binaryen.none);
  const guard = module.if(
    module.i32.eqz(module.global.get("~started", binaryen.i32)),
    guardName ? module.block(null, [module.call(guardName, [], binaryen.none), start], binaryen.none) : start,
  );
  const body = module.block(null, [guard, info.body], info.results);
  binaryen.Function.setBody(func, body);
}

/**
 * Every imported function of the program (WASI's excepted: they never call back into the
 * module, and the panic path itself writes to stderr through one) becomes a function of the
 * same internal name that calls `enter()`, the import, then `leave()`: the runtime counts the
 * host calls in progress, to tell a re-entered export from one entered after a call that
 * ended without finishing (scheduler/calls.ts). Runs before optimisation, which inlines it.
 */
function wrapHostCalls(module, enterName, leaveName) {
  if (!enterName || !leaveName) return;
  const imports = [];
  for (let i = 0, n = module.getNumFunctions(); i < n; i++) {
    const info = binaryen.getFunctionInfo(module.getFunctionByIndex(i));
    if (info.module && info.module !== "wasi_snapshot_preview1") imports.push(info);
  }
  for (const info of imports) {
    const params = binaryen.expandType(info.params);
    const hostName = `${info.name}~host`;
    module.removeFunction(info.name);
    module.addFunctionImport(hostName, info.module, info.base, info.params, info.results);
    const call = module.call(hostName, params.map((type, index) => module.local.get(index, type)), info.results);
    const enter = module.call(enterName, [], binaryen.none);
    const leave = module.call(leaveName, [], binaryen.none);
    const body = info.results === binaryen.none
      ? module.block(null, [enter, call, leave], binaryen.none)
      : module.block(null, [enter, module.local.set(params.length, call), leave, module.local.get(params.length, info.results)], info.results);
    module.addFunction(info.name, info.params, info.results, info.results === binaryen.none ? [] : [info.results], body);
  }
}

/**
 * AssemblyScript's own allocators (the `minimal` runtime's TLSF, the `stub` runtime's bump
 * allocator) end with a bare `unreachable` when memory cannot grow: no message, no poisoning.
 * Each `unreachable` in their growing function becomes a call of the runtime's out-of-memory
 * panic (followed by the `unreachable`, which keeps the types as they were). The default
 * runtime's allocator (core/heap.ts) panics by itself.
 */
const GROWING_FUNCTIONS = ["~lib/rt/tlsf/growMemory", "~lib/rt/stub/maybeGrowMemory"];

function panicOnOutOfMemory(module, panicName) {
  if (!panicName) return;
  const replace = (expr) => {
    const id = binaryen.getExpressionId(expr);
    if (id === binaryen.UnreachableId) return module.block(null, [module.call(panicName, [], binaryen.none), expr], binaryen.unreachable);
    if (id === binaryen.BlockId) {
      for (let i = 0, n = binaryen.Block.getNumChildren(expr); i < n; i++) binaryen.Block.setChildAt(expr, i, replace(binaryen.Block.getChildAt(expr, i)));
    } else if (id === binaryen.IfId) {
      binaryen.If.setIfTrue(expr, replace(binaryen.If.getIfTrue(expr)));
      const ifFalse = binaryen.If.getIfFalse(expr);
      if (ifFalse) binaryen.If.setIfFalse(expr, replace(ifFalse));
    } else if (id === binaryen.LoopId) {
      binaryen.Loop.setBody(expr, replace(binaryen.Loop.getBody(expr)));
    }
    return expr;
  };
  for (const name of GROWING_FUNCTIONS) {
    const func = module.getFunction(name);
    if (!func) continue;
    binaryen.Function.setBody(func, replace(binaryen.getFunctionInfo(func).body));
  }
}

/**
 * Replaces imported functions by functions of the module itself: each import named in
 * `redirect` ("module.base") becomes a function with the same internal name whose body calls
 * the exported function named there (the WASI console, for instance). Runs before
 * optimisation, which inlines the forwarding call.
 */
function redirectImports(module, redirect) {
  if (Object.keys(redirect).length === 0) return;
  const exported = new Map();
  for (let i = 0, n = module.getNumExports(); i < n; i++) {
    const info = binaryen.getExportInfo(module.getExportByIndex(i));
    exported.set(info.name, info.value);
  }
  const imports = [];
  for (let i = 0, n = module.getNumFunctions(); i < n; i++) {
    const info = binaryen.getFunctionInfo(module.getFunctionByIndex(i));
    if (info.module && redirect[`${info.module}.${info.base}`] !== undefined) imports.push(info);
  }
  for (const info of imports) {
    const target = exported.get(redirect[`${info.module}.${info.base}`]);
    if (!target) continue;
    const params = binaryen.expandType(info.params);
    const call = module.call(target, params.map((type, index) => module.local.get(index, type)), info.results);
    module.removeFunction(info.name);
    module.addFunction(info.name, info.params, info.results, [], call);
  }
}
