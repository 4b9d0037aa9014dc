// The AssemblyScript side of the canonical ABI (layout.ts has its flattening and layout):
// the code that lifts an interface type from the host's values into an AssemblyScript value
// and lowers one back.
//
// A CanonicalWriter generates it: helper functions named after the type they carry
// (`__wx_liftflat$r$Point`, `__wx_store$lA$i32`), each emitted once per file, and the export
// wrappers and import adapters that call them. The memory side — cabi_realloc, the pinned
// buffers, UTF-8 validation — is runtime/canonical.ts.
import type { ExportMode, InterfaceType, RecordClass, ValueType } from "../pipeline";
import { alignTo, flatten, isNumber, layoutOf, MAX_FLAT_PARAMS, MAX_FLAT_RESULTS, recordLayout, Signature } from "./layout";

/** The runtime file the generated code imports, and the names it uses from it. */
export const CANONICAL_RUNTIME = "ts-wasmexport/runtime/canonical";
export const CANONICAL_NAMES = [
  "liftString", "liftBytes", "checkRange", "listBytes", "optionTag", "releaseArgs", "hold", "holdBuffer",
  "lowerString", "lowerBytes", "lowerInPlace", "heldMark", "releaseHeld", "beginResult", "postReturn", "enterImport", "leaveImport",
];

/** The AssemblyScript type of a number, as load<T>/store<T> and casts spell it. */
function numberType(t: Exclude<ValueType, InterfaceType>): string {
  return t === "bool" ? "bool" : t;
}

/** Lists whose elements are laid out in AssemblyScript's memory as the canonical ABI lays them out. */
function copiesAsIs(element: ValueType): boolean {
  return isNumber(element) && element !== "bool";
}

/**
 * Generates the canonical ABI's AssemblyScript for one file: `recordName` says how that file
 * names a record class (its own name in its own file, an imported alias elsewhere).
 */
export class CanonicalWriter {
  private readonly helpers = new Map<string, string>();
  private temp = 0;

  constructor(private readonly recordName: (r: RecordClass) => string) {}

  /** The helper functions generated so far. */
  text(): string {
    return [...this.helpers.values()].join("\n\n");
  }

  asType(t: ValueType): string {
    if (isNumber(t)) return numberType(t);
    switch (t.kind) {
      case "string":
        return "string";
      case "bytes":
        return "Uint8Array";
      case "list":
        return `${t.container}<${this.asType(t.element)}>`;
      case "record":
        return this.recordName(t.record);
      case "option":
        return `${this.asType(t.some)} | null`;
    }
  }

  /** A name for the type in helper names: letters, digits and `$` only. */
  private key(t: ValueType): string {
    if (isNumber(t)) return t;
    switch (t.kind) {
      case "string":
        return "s";
      case "bytes":
        return "b";
      case "list":
        return `l${t.container[0]}$${this.key(t.element)}`;
      case "record":
        return `r$${this.recordName(t.record)}`;
      case "option":
        return `o$${this.key(t.some)}`;
    }
  }

  private helper(name: string, make: () => string): string {
    if (!this.helpers.has(name)) {
      this.helpers.set(name, ""); // a record may be reached again while its own helper is made
      this.helpers.set(name, make());
    }
    return name;
  }

  private fresh(base: string): string {
    return `${base}${this.temp++}$`;
  }

  // ── Lifting: from the host's values to AssemblyScript's ──────────────────────────────

  /** An expression of type `t` from its flat values (core-typed expressions, evaluated once each). */
  liftFlat(t: ValueType, values: readonly string[], what: string): string {
    if (isNumber(t)) return t === "bool" ? `(${values[0]} != 0)` : `<${numberType(t)}>${values[0]}`;
    switch (t.kind) {
      case "string":
        return `liftString(<usize>${values[0]}, <usize>${values[1]}, ${what})`;
      case "bytes":
        return `liftBytes(<usize>${values[0]}, <usize>${values[1]}, ${what})`;
      case "list":
        return `${this.liftList(t)}(<usize>${values[0]}, <usize>${values[1]}, ${what})`;
      case "record":
      case "option": {
        const flat = flatten(t);
        const name = this.helper(`__wx_liftflat$${this.key(t)}`, () => {
          const params = flat.map((c, i) => `v${i}: ${c}`).join(", ");
          const vs = flat.map((_, i) => `v${i}`);
          const body = t.kind === "option"
            ? `  if (!optionTag(<u32>v0, what)) return null;\n  return ${this.liftFlat(t.some, vs.slice(1, 1 + flatten(t.some).length), "what")};`
            : this.buildRecord(t.record, (type, i) => this.liftFlat(type, vs.slice(...this.fieldSlice(t.record, i)), "what"));
          return `function __wx_liftflat$${this.key(t)}(${params}, what: string): ${this.asType(t)} {\n${body}\n}`;
        });
        return `${name}(${values.join(", ")}, ${what})`;
      }
    }
  }

  /** The flat values of field `i` of a record, as a slice of the record's. */
  private fieldSlice(r: RecordClass, i: number): [number, number] {
    const start = r.fields.slice(0, i).reduce((n, f) => n + flatten(f.type).length, 0);
    return [start, start + flatten(r.fields[i].type).length];
  }

  /**
   * A record is made without running its constructor (which may take parameters): a zeroed
   * object of its class, every field then set, as the host's value says.
   */
  private buildRecord(r: RecordClass, field: (type: ValueType, i: number) => string): string {
    const cls = this.recordName(r);
    const lines = [`  const r = changetype<${cls}>(__new(offsetof<${cls}>(), idof<${cls}>()));`];
    r.fields.forEach((f, i) => lines.push(`  r.${f.name} = ${field(f.type, i)};`));
    lines.push("  return r;");
    return lines.join("\n");
  }

  /** An expression of type `t` read from memory at `at` (a usize expression, evaluated once). */
  load(t: ValueType, at: string, what: string): string {
    if (isNumber(t)) return t === "bool" ? `(load<u8>(${at}) != 0)` : `load<${numberType(t)}>(${at})`;
    const name = this.helper(`__wx_load$${this.key(t)}`, () => {
      let body: string;
      switch (t.kind) {
        case "string":
          body = "  return liftString(<usize>load<u32>(at), <usize>load<u32>(at, 4), what);";
          break;
        case "bytes":
          body = "  return liftBytes(<usize>load<u32>(at), <usize>load<u32>(at, 4), what);";
          break;
        case "list":
          body = `  return ${this.liftList(t)}(<usize>load<u32>(at), <usize>load<u32>(at, 4), what);`;
          break;
        case "record": {
          const { offsets } = recordLayout(t.record.fields.map((f) => f.type));
          body = this.buildRecord(t.record, (type, i) => this.load(type, `at + ${offsets[i]}`, "what"));
          break;
        }
        case "option":
          body = `  if (!optionTag(<u32>load<u8>(at), what)) return null;\n  return ${this.load(t.some, `at + ${alignTo(1, layoutOf(t.some).align)}`, "what")};`;
          break;
      }
      return `function __wx_load$${this.key(t)}(at: usize, what: string): ${this.asType(t)} {\n${body}\n}`;
    });
    return `${name}(${at}, ${what})`;
  }

  /** The helper that makes an AssemblyScript array of the list at (p, len). */
  private liftList(t: Extract<InterfaceType, { kind: "list" }>): string {
    return this.helper(`__wx_liftlist$${this.key(t)}`, () => {
      const { size, align } = layoutOf(t.element);
      const element = this.asType(t.element);
      const data = t.container === "Array" ? "out.dataStart" : "changetype<usize>(out)";
      const fill = copiesAsIs(t.element)
        ? `  memory.copy(${data}, p, bytes);`
        : `  for (let i: usize = 0; i < len; i++) unchecked(out[<i32>i] = ${this.load(t.element, `p + i * ${size}`, "what")});`;
      return [
        `function __wx_liftlist$${this.key(t)}(p: usize, len: usize, what: string): ${this.asType(t)} {`,
        `  const bytes = listBytes(len, ${size}, what);`,
        `  if (len) checkRange(p, bytes, ${align}, what);`,
        `  const out = new ${t.container}<${element}>(<i32>len);`,
        fill,
        "  return out;",
        "}",
      ].join("\n");
    });
  }

  // ── Lowering: from AssemblyScript's values to the host's ────────────────────────────

  /** A statement that stores `value` (an expression of type `t`) at `at` (a usize expression). */
  store(t: ValueType, at: string, value: string): string {
    if (isNumber(t)) return t === "bool" ? `store<u8>(${at}, ${value} ? 1 : 0);` : `store<${numberType(t)}>(${at}, ${value});`;
    switch (t.kind) {
      case "string":
        return `lowerString(${at}, ${value});`;
      case "bytes":
        return `lowerBytes(${at}, ${value});`;
      default:
        break;
    }
    const name = this.helper(`__wx_store$${this.key(t)}`, () => {
      let body: string;
      if (t.kind === "list") {
        const { size, align } = layoutOf(t.element);
        const data = t.container === "Array" ? "v.dataStart" : "changetype<usize>(v)";
        body = copiesAsIs(t.element)
          ? `  lowerInPlace(at, changetype<usize>(v), ${data}, <usize>v.length);`
          : [
              `  const n = <usize>v.length;`,
              `  const p = holdBuffer(n * ${size});`,
              `  for (let i: usize = 0; i < n; i++) ${this.store(t.element, `p + i * ${size}`, "unchecked(v[<i32>i])")}`,
              `  store<u32>(at, <u32>p);`,
              `  store<u32>(at, <u32>n, 4);`,
            ].join("\n");
        void align;
      } else if (t.kind === "record") {
        const { offsets } = recordLayout(t.record.fields.map((f) => f.type));
        body = t.record.fields.map((f, i) => "  " + this.store(f.type, `at + ${offsets[i]}`, `v.${f.name}`)).join("\n");
      } else {
        const some = this.asType(t.some);
        body = [
          "  if (v === null) {",
          "    store<u8>(at, 0);",
          "    return;",
          "  }",
          "  store<u8>(at, 1);",
          `  ${this.store(t.some, `at + ${alignTo(1, layoutOf(t.some).align)}`, `changetype<${some}>(v)`)}`,
        ].join("\n");
      }
      return `function __wx_store$${this.key(t)}(at: usize, v: ${this.asType(t)}): void {\n${body}\n}`;
    });
    return `${name}(${at}, ${value});`;
  }

  /**
   * Statements (pushed on `out`) that compute the flat values of `value` for a call into the
   * host, and those values (core-typed expressions). Memory the host reads is held, or kept
   * alive by a local for the call.
   */
  lowerFlat(t: ValueType, value: string, out: string[]): string[] {
    if (isNumber(t)) {
      const core = flatten(t)[0];
      return [t === "bool" ? `(${value} ? 1 : 0)` : `<${core}>${value}`];
    }
    const v = this.fresh("v");
    out.push(`const ${v} = ${value};`);
    switch (t.kind) {
      // Held, not only in a local: a host that re-enters an export may run the collector.
      case "string": {
        const b = this.fresh("b");
        out.push(`const ${b} = hold(changetype<usize>(String.UTF8.encode(${v})));`);
        return [`<i32>${b}`, `changetype<ArrayBuffer>(${b}).byteLength`];
      }
      case "bytes":
        out.push(`hold(changetype<usize>(${v}.buffer));`);
        return [`<i32>${v}.dataStart`, `${v}.byteLength`];
      case "list": {
        const cell = this.fresh("c");
        out.push(`const ${cell} = holdBuffer(8);`, this.store(t, cell, v));
        return [`load<i32>(${cell})`, `load<i32>(${cell}, 4)`];
      }
      case "record":
        return t.record.fields.flatMap((f) => this.lowerFlat(f.type, `${v}.${f.name}`, out));
      case "option": {
        const flat = flatten(t);
        const names = flat.map(() => this.fresh("f"));
        flat.forEach((c, i) => out.push(`let ${names[i]}: ${c} = 0;`));
        const inner: string[] = [];
        const payload = this.lowerFlat(t.some, `changetype<${this.asType(t.some)}>(${v})`, inner);
        out.push(`if (${v} !== null) {`, ...inner.map((s) => "  " + s), `  ${names[0]} = 1;`, ...payload.map((p, i) => `  ${names[i + 1]} = ${p};`), "}");
        return names;
      }
    }
  }

  // ── Export wrappers and import adapters ───────────────────────────────────────────

  /**
   * The wrapper of an export whose signature uses interface types (entry.ts writes the
   * others): lift the arguments, release the host's buffers, run the function as entry.ts
   * does, lower the result. `retArea` names the static return area.
   */
  exportWrapper(w: { internal: string; name: string; mode: ExportMode; blocking: boolean; callee: string; signature: Signature; retArea: string }): string {
    const { params, result } = w.signature;
    const what = JSON.stringify(`export ${w.name}`);
    const flatParams = params.flatMap((p) => flatten(p.type));
    const lines: string[] = ["  exportEnter();"];
    let coreParams: string[];
    const lifted = params.map((_, i) => `p${i}$`);
    if (flatParams.length > MAX_FLAT_PARAMS) {
      coreParams = ["args$: i32"];
      const { offsets, layout } = recordLayout(params.map((p) => p.type));
      lines.push(`  checkRange(<usize>args$, ${layout.size}, ${layout.align}, ${what});`);
      params.forEach((p, i) => lines.push(`  const ${lifted[i]} = ${this.load(p.type, `<usize>args$ + ${offsets[i]}`, what)};`));
    } else {
      coreParams = flatParams.map((c, i) => `a${i}$: ${c}`);
      let at = 0;
      params.forEach((p, i) => {
        const n = flatten(p.type).length;
        lines.push(`  const ${lifted[i]} = ${this.liftFlat(p.type, flatParams.slice(at, at + n).map((_, j) => `a${at + j}$`), what)};`);
        at += n;
      });
    }
    lines.push("  releaseArgs();");
    const mode = w.mode === "return" ? "true" : "false";
    if (!w.blocking) {
      const call = `${w.callee}(${lifted.join(", ")})`;
      lines.push(result === "void" ? `  ${call};` : `  const r$ = ${call};`, `  exportLeave(${mode});`);
    } else {
      lines.push(`  const fr$ = ${w.callee}.new$(${lifted.join(", ")});`, `  exportRun(fr$, ${mode}, ${JSON.stringify(w.name)});`);
      if (result !== "void") lines.push("  const r$ = fr$.result;");
      lines.push("  exportRelease(fr$);");
    }
    let coreResult = "void";
    if (result !== "void") {
      const flat = flatten(result);
      if (flat.length <= MAX_FLAT_RESULTS) {
        coreResult = flat[0];
        const out: string[] = [];
        const [value] = this.lowerFlat(result, "r$", out);
        lines.push(...out.map((s) => "  " + s), `  return ${value};`);
      } else {
        coreResult = "i32";
        lines.push("  beginResult();", `  ${this.store(result, w.retArea, "r$")}`, `  return <i32>${w.retArea};`);
      }
    }
    return `export function ${w.internal}(${coreParams.join(", ")}): ${coreResult} {\n${lines.join("\n")}\n}`;
  }

  /** `cabi_post_NAME`: the host has read the result at `p`. */
  static postWrapper(internal: string): string {
    return `export function ${internal}(p: i32): void {\n  postReturn();\n}`;
  }

  /**
   * An import whose signature uses interface types: the host function is declared with its
   * core signature under `core`, and the user's name becomes an adapter that lowers the
   * arguments and lifts the result.
   */
  importAdapter(w: { module: string; name: string; userName: string; core: string; signature: Signature }): string {
    const { params, result } = w.signature;
    const what = JSON.stringify(`import ${w.module} ${w.name}`);
    const body: string[] = ["const mark$ = heldMark();"];
    const flatParams = params.flatMap((p) => flatten(p.type));
    const coreParams: string[] = [];
    const args: string[] = [];
    if (flatParams.length > MAX_FLAT_PARAMS) {
      const { offsets, layout } = recordLayout(params.map((p) => p.type));
      body.push(`const args$ = holdBuffer(${layout.size});`);
      params.forEach((p, i) => body.push(this.store(p.type, `args$ + ${offsets[i]}`, p.name)));
      coreParams.push("args: i32");
      args.push("<i32>args$");
    } else {
      params.forEach((p) => args.push(...this.lowerFlat(p.type, p.name, body)));
      flatParams.forEach((c, i) => coreParams.push(`a${i}: ${c}`));
    }
    let coreResult = "void";
    let returnArea: string | null = null;
    if (result !== "void") {
      const flat = flatten(result);
      if (flat.length <= MAX_FLAT_RESULTS) coreResult = flat[0];
      else {
        const { size } = layoutOf(result);
        returnArea = "ret$";
        body.push(`const ret$ = holdBuffer(${size});`);
        coreParams.push("ret: i32");
        args.push("<i32>ret$");
      }
    }
    body.push("const floor$ = enterImport();");
    const call = `${w.core}(${args.join(", ")})`;
    body.push(coreResult === "void" ? `${call};` : `const c$ = ${call};`, "leaveImport(floor$);");
    if (result !== "void") {
      const value = returnArea ? this.load(result, returnArea, what) : this.liftFlat(result, ["c$"], what);
      body.push(`const r$ = ${value};`, "releaseArgs();", "releaseHeld(mark$);", "return r$;");
    } else {
      body.push("releaseHeld(mark$);");
    }
    const userParams = params.map((p) => `${p.name}: ${this.asType(p.type)}`).join(", ");
    const userResult = result === "void" ? "void" : this.asType(result);
    return [
      `@external(${JSON.stringify(w.module)}, ${JSON.stringify(w.name)})`,
      `declare function ${w.core}(${coreParams.join(", ")}): ${coreResult};`,
      `function ${w.userName}(${userParams}): ${userResult} {`,
      ...body.map((s) => "  " + s),
      "}",
    ].join("\n");
  }
}
