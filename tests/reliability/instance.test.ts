// An instance is never left half-alive (docs/abi.md, "Calls that do not finish"): a call that
// ends in a trap that is not a panic poisons the module at the next entry, a panic in a
// re-entered export that the host import catches ends the outer call too, and a re-entered
// export leaves the call count and the minimal runtime's collector right. Each case runs under
// every runtime in Node, wasmtime and wazero, with the same call lists.
import * as fs from "fs";
import * as path from "path";
import { compile } from "../../transformer/compile";
import { CACHE, Call, CallResult, describeHost, runDriver, wasmtimeHost, wazeroHost } from "../hosts/hosts";

const PROGRAMS = path.join(__dirname, "..", "hosts", "programs");
const RUNTIMES = ["incremental", "minimal", "stub"] as const;
type Runtime = (typeof RUNTIMES)[number];

const built = new Map<string, { binary: Uint8Array<ArrayBuffer>; file: string }>();

function module(program: "traps" | "hostcalls", runtime: Runtime) {
  const key = `${program}-${runtime}`;
  if (!built.has(key)) {
    const result = compile({ entry: path.join(PROGRAMS, `${program}.ts`), runtime });
    if (!result.binary) throw new Error(result.errorText);
    const file = path.join(CACHE, "hosts", `reliability-${key}.wasm`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, result.binary);
    built.set(key, { binary: new Uint8Array(result.binary), file });
  }
  return built.get(key)!;
}

const TRAPPED = /^module trapped earlier: an export call ended without finishing/;

/** Each trap that is not a panic, on a fresh instance, then two calls that must say so. */
const TRAP_CALLS: Call[] = [
  { call: "get", args: [2, 1] },
  { call: "get", args: [1, 0] }, // a trap in a goroutine, the export's frame parked
  { call: "get", args: [2, 1] },
  { call: "get", args: [2, 1] },
  { call: "@new" },
  { call: "quotient", args: [1, 0] }, // in the export's own function
  { call: "get", args: [2, 1] },
  { call: "@new" },
  { call: "recurse", args: [100_000_000] }, // the host's stack runs out
  { call: "get", args: [2, 1] },
  { call: "@new" },
  { call: "peek", args: [-16] }, // memory access out of bounds
  { call: "quotient", args: [6, 3] },
  { call: "@new" },
  { call: "get", args: [2, 1] }, // a fresh instance is fine
  { call: "spinStart" }, // return mode: a goroutine that never parks stays queued
  { call: "answer", args: [41] }, // a return-mode call that does not park is not held by it
  { call: "answer", args: [9] },
];

function expectTraps(results: CallResult[]): void {
  const at = (i: number) => results[i] as { call: string; value?: number; trap?: string; panic?: string | null };
  expect(at(0).value).toBe(102);
  for (const dead of [1, 5, 8, 11]) {
    expect(at(dead).trap).toBeDefined();
    expect(at(dead).panic).toBe(""); // no panic wrote a message
  }
  for (const after of [2, 3, 6, 9, 12]) {
    expect(at(after).trap).toBeDefined();
    expect(at(after).panic).toMatch(TRAPPED);
  }
  expect(at(14).value).toBe(102);
  expect(results.slice(16).map((r) => ("value" in r ? r.value : r))).toEqual([42, 10]);
}

const ALLOCATIONS = 20_000;

/** Re-entered exports that work, panic, trap; a host import that fails; garbage after re-entry. */
function hostCalls(): Call[] {
  const calls: Call[] = [
    { call: "outer", args: [5] }, // outer → reenter → inner(5): 10, + 1000
    { call: "logged" },
    { call: "outer", args: [6] },
    { call: "logged" },
  ];
  // Garbage after re-entry: the minimal runtime collects only at the end of an outermost call,
  // so a count of calls left wrong would make memory grow from here on.
  for (let i = 0; i < ALLOCATIONS; i++) calls.push({ call: "allocate", args: [1] });
  calls.push(
    { call: "@new" },
    { call: "outer", args: [-1] }, // inner panics; the host catches the trap and answers -1
    { call: "logged" },
    { call: "@new" },
    { call: "outer", args: [0] }, // inner traps; the host catches the trap
    { call: "logged" },
    { call: "@new" },
    { call: "failing" }, // the host import fails: seen as a host call still in progress
    { call: "logged" },
    { call: "outer", args: [3] },
  );
  return calls;
}

function expectHostCalls(results: CallResult[], runtime: Runtime): void {
  const values = results.map((r) => ("value" in r ? r.value : r));
  expect(values.slice(0, 4)).toEqual([1010, 5, 1012, 11]);
  const pages = values.slice(4, 4 + ALLOCATIONS) as number[];
  expect(pages.every((p) => typeof p === "number")).toBe(true);
  // Flat from the middle on: collections happen, so the heap stops growing (the stub runtime
  // never frees).
  if (runtime !== "stub") expect(pages[ALLOCATIONS - 1]).toBe(pages[ALLOCATIONS / 2 - 1]);
  const rest = results.slice(4 + ALLOCATIONS) as Array<{ call: string; value?: number; trap?: string; panic?: string | null }>;
  expect(rest[0].call).toBe("@new");
  expect(rest[1].panic).toBe("module panicked earlier: inner: negative");
  expect(rest[2].panic).toBe("module panicked earlier: inner: negative");
  expect(rest[4].panic).toMatch(TRAPPED);
  expect(rest[5].panic).toMatch(TRAPPED);
  expect(rest[7].trap).toBeDefined();
  expect(rest[7].panic).toBe("");
  expect(rest[8].value).toBe(0);
  expect(rest[9].value).toBe(1006);
}

/** The drivers' protocol in process, with the same host module "test" they offer. */
function driveInNode(binary: Uint8Array<ArrayBuffer>, calls: Call[]): CallResult[] {
  const compiled = new WebAssembly.Module(binary);
  let e: Record<string, any> = {};
  const imports = {
    test: {
      fail() {
        throw new Error("host says no");
      },
      reenter(x: number) {
        try {
          return e.inner(x);
        } catch {
          return -1;
        }
      },
    },
  };
  const instantiate = () => {
    e = new WebAssembly.Instance(compiled, imports).exports;
    e._initialize();
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
      const panic = Buffer.from(new Uint8Array(memory.buffer, e.wasmexport_panic_ptr(), e.wasmexport_panic_len())).toString("utf8");
      return { call: c.call, trap: String((err as Error).message), panic };
    }
  });
}

type Drive = (program: "traps" | "hostcalls", runtime: Runtime, calls: Call[]) => CallResult[];

function cases(drive: Drive): void {
  test.each(RUNTIMES)("traps that are not panics poison the module at the next entry (%s)", (runtime) => {
    expectTraps(drive("traps", runtime, TRAP_CALLS));
  });
  test.each(RUNTIMES)("re-entered exports, their panics and traps, a failing host import (%s)", (runtime) => {
    expectHostCalls(drive("hostcalls", runtime, hostCalls()), runtime);
  });
}

describe("Node", () => {
  cases((program, runtime, calls) => driveInNode(module(program, runtime).binary, calls));
});

describeHost("wasmtime", wasmtimeHost(), ({ python, driver }) => {
  cases((program, runtime, calls) => runDriver(python, [driver], module(program, runtime).file, calls).results);
});

describeHost("wazero", wazeroHost(), ({ binary }) => {
  cases((program, runtime, calls) => runDriver(binary, [], module(program, runtime).file, calls).results);
});
