// Out of memory is a panic with poisoning under every runtime, in an export call and inside
// _initialize; a channel too large to make panics with Go's words; a float conversion out of
// range saturates (docs/abi.md). Node, wasmtime and wazero, with the same call lists.
import * as fs from "fs";
import * as path from "path";
import { compile } from "../../transformer/compile";
import { CACHE, Call, CallResult, describeHost, runDriver, wasmtimeHost, wazeroHost } from "../hosts/hosts";

const RUNTIMES = ["incremental", "minimal", "stub"] as const;
type Runtime = (typeof RUNTIMES)[number];
type Program = "memory" | "initmemory";

const built = new Map<string, { binary: Uint8Array<ArrayBuffer>; file: string }>();

function module(program: Program, runtime: Runtime) {
  const key = `${program}-${runtime}`;
  if (!built.has(key)) {
    // 64 pages (4 MiB) at most: the programs ask for more.
    const result = compile({ entry: path.join(__dirname, "programs", `${program}.ts`), runtime, maximumMemory: 64 });
    if (!result.binary) throw new Error(result.errorText);
    const file = path.join(CACHE, "hosts", `reliability-${key}.wasm`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, result.binary);
    built.set(key, { binary: new Uint8Array(result.binary), file });
  }
  return built.get(key)!;
}

const MEMORY_CALLS: Call[] = [
  { call: "toI32", args: [1e20] },
  { call: "toI32", args: [-1e20] },
  { call: "toI32", args: [-7.9] },
  { call: "makeChan", args: [4] },
  { call: "makeChan", args: [28] }, // 1 GiB of i32
  { call: "makeChan", args: [4] },
  { call: "@new" },
  { call: "grab", args: [10] },
  { call: "grab", args: [1000] }, // 64 MiB
  { call: "grab", args: [1] },
];

function expectMemory(results: CallResult[]): void {
  const shown = results.map((r) => ("value" in r ? r.value : `trap: ${r.panic}`));
  expect(shown).toEqual([
    2147483647,
    -2147483648,
    -7,
    16,
    "trap: makechan: size out of range",
    "trap: module panicked earlier: makechan: size out of range",
    null,
    10,
    "trap: out of memory",
    "trap: module panicked earlier: out of memory",
  ]);
}

/** Run without the driver's own _initialize: once called, once left to the first export. */
const INIT_CALLS: Call[] = [{ call: "_initialize" }, { call: "count" }, { call: "_initialize" }, { call: "@new" }, { call: "count" }, { call: "count" }];

function expectInit(results: CallResult[]): void {
  expect(results.map((r) => ("value" in r ? r.value : `trap: ${r.panic}`))).toEqual([
    "trap: out of memory",
    "trap: module panicked earlier: out of memory",
    "trap: module panicked earlier: out of memory",
    null,
    "trap: out of memory",
    "trap: module panicked earlier: out of memory",
  ]);
}

function driveInNode(binary: Uint8Array<ArrayBuffer>, calls: Call[], initialize: boolean): CallResult[] {
  const compiled = new WebAssembly.Module(binary);
  let e: Record<string, any> = {};
  const instantiate = () => {
    e = new WebAssembly.Instance(compiled, {}).exports;
    if (initialize) e._initialize();
  };
  instantiate();
  return calls.map((c): CallResult => {
    if (c.call === "@new") {
      instantiate();
      return { call: c.call, value: null };
    }
    try {
      const value = e[c.call](...(c.args ?? []));
      return { call: c.call, value: value === undefined ? null : Number(value) };
    } catch (err) {
      const memory = e.memory as WebAssembly.Memory;
      return { call: c.call, trap: String(err), panic: Buffer.from(new Uint8Array(memory.buffer, e.wasmexport_panic_ptr(), e.wasmexport_panic_len())).toString("utf8") };
    }
  });
}

type Drive = (program: Program, runtime: Runtime, calls: Call[], initialize: boolean) => CallResult[];

function cases(drive: Drive): void {
  test.each(RUNTIMES)("out of memory and makechan panic, float conversions saturate (%s)", (runtime) => {
    expectMemory(drive("memory", runtime, MEMORY_CALLS, true));
  });
  test.each(RUNTIMES)("out of memory inside _initialize poisons the module (%s)", (runtime) => {
    expectInit(drive("initmemory", runtime, INIT_CALLS, false));
  });
}

describe("Node", () => {
  cases((program, runtime, calls, initialize) => driveInNode(module(program, runtime).binary, calls, initialize));
  test("NaN converts to 0", () => {
    expect(driveInNode(module("memory", "incremental").binary, [{ call: "toI32", args: [NaN] }], true)).toEqual([{ call: "toI32", value: 0 }]);
  });
});

describeHost("wasmtime", wasmtimeHost(), ({ python, driver }) => {
  cases((program, runtime, calls, initialize) =>
    runDriver(python, [driver, ...(initialize ? [] : ["--no-initialize"])], module(program, runtime).file, calls).results);
});

describeHost("wazero", wazeroHost(), ({ binary }) => {
  cases((program, runtime, calls, initialize) => runDriver(binary, initialize ? [] : ["--no-initialize"], module(program, runtime).file, calls).results);
});
