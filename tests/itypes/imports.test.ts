// `@wasmimport`s with interface types (docs/abi.md). The module lowers the arguments with the
// canonical ABI (a string as its (pointer, length) of UTF-8) and lifts the results: a result
// in memory comes back through a return area whose address is the import's last parameter,
// its strings allocated by the host with the module's cabi_realloc.
import { build, buildOk, instantiate, panicMessage } from "../foundation/helpers";

const PROGRAM = {
  "main.ts": `
import { Entry } from "./entry";

// @wasmimport env log
declare function log(message: string): void;

// @wasmimport env user_name
declare function userName(id: i32): string;

// @wasmimport env record
declare function record(e: Entry, tags: Array<string>, note: string | null): i32;

// @wasmexport run
export function run(n: i32): string {
  for (let i = 0; i < n; i++) log("line " + i.toString() + " — ünïcödé");
  const e = new Entry();
  e.key = "k";
  e.value = userName(n);
  return e.value + "/" + record(e, ["a", "bc"], n > 1 ? "many" : null).toString();
}
`,
  "entry.ts": `
export class Entry {
  key: string = "";
  value: string = "";
}
`,
};

let binary: Uint8Array;
beforeAll(() => {
  binary = buildOk(PROGRAM);
});

function host() {
  const logged: string[] = [];
  const recorded: unknown[] = [];
  let ex: any;
  const mem = () => new DataView(ex.memory.buffer);
  const str = (p: number, n: number) => Buffer.from(new Uint8Array(ex.memory.buffer, p, n)).toString("utf8");
  const imports = {
    env: {
      log: (p: number, n: number) => logged.push(str(p, n)),
      user_name: (id: number, ret: number) => {
        const bytes = Buffer.from(`user-${id}-é`);
        const p = ex.cabi_realloc(0, 0, 1, bytes.length);
        new Uint8Array(ex.memory.buffer).set(bytes, p);
        mem().setUint32(ret, p, true);
        mem().setUint32(ret + 4, bytes.length, true);
      },
      record: (kp: number, kn: number, vp: number, vn: number, tp: number, tn: number, some: number, np: number, nn: number) => {
        const tags = Array.from({ length: tn }, (_, i) => str(mem().getUint32(tp + 8 * i, true), mem().getUint32(tp + 8 * i + 4, true)));
        recorded.push([str(kp, kn), str(vp, vn), tags, some ? str(np, nn) : null]);
        return recorded.length;
      },
    },
  };
  ex = instantiate(binary, imports);
  return { ex, logged, recorded };
}

test("the module imports each host function with its core signature", () => {
  const imports = WebAssembly.Module.imports(new WebAssembly.Module(binary)).map((i) => `${i.module}.${i.name}`);
  expect(imports.sort()).toEqual(["env.log", "env.record", "env.user_name"]);
});

test("strings, records, lists and options go out; a string comes back through the return area", () => {
  const { ex, logged, recorded } = host();
  const ret = ex.run(2);
  const dv = new DataView(ex.memory.buffer);
  expect(Buffer.from(new Uint8Array(ex.memory.buffer, dv.getUint32(ret, true), dv.getUint32(ret + 4, true))).toString()).toBe("user-2-é/1");
  ex.cabi_post_run(ret);
  expect(logged).toEqual(["line 0 — ünïcödé", "line 1 — ünïcödé"]);
  expect(recorded).toEqual([["k", "user-2-é", ["a", "bc"], "many"]]);
  ex.run(1);
  expect(recorded[1]).toEqual(["k", "user-1-é", ["a", "bc"], null]);
});

test("a logger called many times leaks nothing", () => {
  const { ex } = host();
  ex.run(20000);
  const warm = ex.memory.buffer.byteLength;
  for (let i = 0; i < 5; i++) ex.cabi_post_run(ex.run(20000));
  expect(ex.memory.buffer.byteLength).toBe(warm);
});

test("invalid UTF-8 from the host in an import's result is a panic naming the import", () => {
  let ex: any;
  const imports = {
    env: {
      log: () => {},
      record: () => 0,
      user_name: (_: number, ret: number) => {
        const p = ex.cabi_realloc(0, 0, 1, 2);
        new Uint8Array(ex.memory.buffer).set([0xff, 0xfe], p);
        new DataView(ex.memory.buffer).setUint32(ret, p, true);
        new DataView(ex.memory.buffer).setUint32(ret + 4, 2, true);
      },
    },
  };
  ex = instantiate(binary, imports);
  expect(() => ex.run(0)).toThrow(WebAssembly.RuntimeError);
  expect(panicMessage(ex)).toBe("a string passed to import env user_name is not valid UTF-8");
});

test("an import with interface types that is never called is not in the module; cabi_realloc is, for the host's results", () => {
  const result = build(`// @wasmimport env log\ndeclare function log(message: string): void;\n// @wasmexport f\nexport function f(): i32 { return 1; }\n`);
  const module = new WebAssembly.Module(result.binary!);
  expect(WebAssembly.Module.imports(module)).toEqual([]);
  expect(WebAssembly.Module.exports(module).map((e) => e.name).sort()).toEqual(["_initialize", "cabi_realloc", "f", "memory", "wasmexport_panic_len", "wasmexport_panic_ptr"]);
});

test("re-entrancy: the host calls back into an export from inside an import; the import's argument stays readable after it", () => {
  let ex: any;
  const seen: string[] = [];
  const str = (p: number, n: number) => Buffer.from(new Uint8Array(ex.memory.buffer, p, n)).toString("utf8");
  const writeString = (s: string): [number, number] => {
    const bytes = Buffer.from(s);
    const p = ex.cabi_realloc(0, 0, 1, bytes.length);
    new Uint8Array(ex.memory.buffer).set(bytes, p);
    return [p, bytes.length];
  };
  const binary = buildOk(`
// @wasmimport env ask
declare function ask(question: string): string;

// @wasmexport answer
export function answer(question: string): string {
  let garbage = "";
  for (let i = 0; i < 2000; i++) garbage = garbage.length > 100 ? "" : garbage + question;
  return "re: " + question;
}

// @wasmexport run
export function run(n: i32): string {
  let all = "";
  for (let i = 0; i < n; i++) all += ask("question " + i.toString()) + ";";
  return all;
}
`);
  ex = instantiate(binary, {
    env: {
      ask: (p: number, n: number, ret: number) => {
        const before = str(p, n);
        // The host re-enters the module and does not free the inner result: the outer
        // argument must still be there after it.
        const inner = ex.answer(...writeString(before + "?"));
        const view = new DataView(ex.memory.buffer);
        const reply = str(view.getUint32(inner, true), view.getUint32(inner + 4, true));
        seen.push(`${str(p, n)}|${reply}`);
        const [rp, rn] = writeString(reply.toUpperCase());
        view.setUint32(ret, rp, true);
        view.setUint32(ret + 4, rn, true);
      },
    },
  });
  const ret = ex.run(50);
  const view = new DataView(ex.memory.buffer);
  const all = str(view.getUint32(ret, true), view.getUint32(ret + 4, true));
  expect(seen).toEqual(Array.from({ length: 50 }, (_, i) => `question ${i}|re: question ${i}?`));
  expect(all).toBe(Array.from({ length: 50 }, (_, i) => `RE: QUESTION ${i}?;`).join(""));
});
