// The Component Model's canonical ABI for the interface types of docs/abi.md, as numbers:
// how a `string`, `Uint8Array`, list, record or option is flattened into core values and laid
// out in linear memory (docs/abi.md, "Interface types"). canonical.ts writes the
// AssemblyScript that does it, bindings/js.ts the JavaScript of the other side.
//
//   flatten     string, list ──> (i32 pointer, i32 length); record ──> its fields' flat values in
//               declaration order; option<T> ──> (i32 discriminant, T's flat values)
//   layout      string, list: 8 bytes, align 4; record: fields at aligned offsets; option<T>:
//               a u8 discriminant, then T at T's alignment
//   limits      more than 16 flat parameters: one i32 pointer to them laid out as a record;
//               more than 1 flat result: the result is laid out in a return area, and the
//               export returns its address (an import gets that address as a last parameter)
import type { InterfaceType, RecordClass, ValueType } from "../pipeline";

export type CoreType = "i32" | "i64" | "f32" | "f64";

export const MAX_FLAT_PARAMS = 16;
export const MAX_FLAT_RESULTS = 1;

export interface Signature {
  params: { name: string; type: ValueType }[];
  result: ValueType | "void";
}

/** Whether a signature needs the canonical ABI: any type that is not a single number. */
export function usesInterfaceTypes(s: Signature): boolean {
  return s.params.some((p) => typeof p.type === "object") || typeof s.result === "object";
}

export function isNumber(t: ValueType): t is Exclude<ValueType, InterfaceType> {
  return typeof t !== "object";
}

export function flatten(t: ValueType): CoreType[] {
  if (isNumber(t)) return t === "i64" || t === "u64" ? ["i64"] : t === "f32" ? ["f32"] : t === "f64" ? ["f64"] : ["i32"];
  switch (t.kind) {
    case "string":
    case "bytes":
    case "list":
      return ["i32", "i32"];
    case "record":
      return t.record.fields.flatMap((f) => flatten(f.type));
    case "option":
      return ["i32", ...flatten(t.some)];
  }
}

export interface Layout {
  size: number;
  align: number;
}

export const alignTo = (n: number, align: number) => Math.ceil(n / align) * align;

export function layoutOf(t: ValueType): Layout {
  if (isNumber(t)) {
    const size = t === "bool" || t === "i8" || t === "u8" ? 1 : t === "i16" || t === "u16" ? 2 : t === "i64" || t === "u64" || t === "f64" ? 8 : 4;
    return { size, align: size };
  }
  switch (t.kind) {
    case "string":
    case "bytes":
    case "list":
      return { size: 8, align: 4 };
    case "record":
      return recordLayout(t.record.fields.map((f) => f.type)).layout;
    case "option": {
      const some = layoutOf(t.some);
      const align = Math.max(1, some.align);
      return { size: alignTo(alignTo(1, some.align) + some.size, align), align };
    }
  }
}

/** The offset of each field of a record (or of the parameters laid out as one) and the whole. */
export function recordLayout(types: readonly ValueType[]): { offsets: number[]; layout: Layout } {
  let size = 0;
  let align = 1;
  const offsets = types.map((t) => {
    const l = layoutOf(t);
    size = alignTo(size, l.align);
    const at = size;
    size += l.size;
    align = Math.max(align, l.align);
    return at;
  });
  return { offsets, layout: { size: alignTo(size, align), align } };
}

/** Every record class a type holds, outermost first. */
export function recordsIn(t: ValueType | "void", into: RecordClass[] = []): RecordClass[] {
  if (t === "void" || isNumber(t)) return into;
  if (t.kind === "list") recordsIn(t.element, into);
  if (t.kind === "option") recordsIn(t.some, into);
  if (t.kind === "record" && !into.includes(t.record)) {
    into.push(t.record);
    for (const f of t.record.fields) recordsIn(f.type, into);
  }
  return into;
}
