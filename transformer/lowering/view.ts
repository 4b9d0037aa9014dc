// The frame's view: how resume() touches its own number and bool fields without `this`.
//
// Every `this.x` in resume() makes AssemblyScript keep `this` in a shadow-stack slot, and one
// such use anywhere costs the whole function a shadow-stack frame on every resumption. So
// resume() starts with `const locals$ = changetype<f$Frame$Locals>(self$)`: an @unmanaged
// class printed after the frame class, with an inline getter and setter per number or bool
// field that load and store at `offsetof<f$Frame>("x")` — the frame's own layout, by
// construction. References stay `this.x`: storing one needs the collector's write barrier,
// which AssemblyScript adds (docs/lowering.md, "The frame's view").

import type { ClassName } from "./classes";

/** The local of resume() that views the frame. */
export const LOCALS = "locals$";

/** The AssemblyScript types a view reads and writes: numbers and bool. */
export const VALUE_TYPES = new Set(["i8", "i16", "i32", "i64", "isize", "u8", "u16", "u32", "u64", "usize", "f32", "f64", "bool"]);

export function isValueType(type: string | undefined): boolean {
  return type !== undefined && VALUE_TYPES.has(type);
}

/** The name of frame class `cls`'s view class. */
export function viewClassName(cls: ClassName): string {
  // A generic frame class `C<T>` has the generic view `C$Locals<T>`.
  return `${cls.name}$Locals${cls.typeParameters}`;
}

/** The view class of frame class `cls`: an accessor pair per field of a value type; none when it has none. */
export function viewClass(frame: ClassName, fields: readonly { name: string; type: string }[]): string[] {
  const values = fields.filter((f) => isValueType(f.type));
  if (!values.length) return [];
  const cls = frame.name + frame.typeParameters;
  const out = [`@unmanaged class ${viewClassName(frame)} {`];
  for (const { name, type } of values) {
    out.push(`  @inline get ${name}(): ${type} { return load<${type}>(changetype<usize>(this), offsetof<${cls}>("${name}")); }`);
    out.push(`  @inline set ${name}(v: ${type}) { store<${type}>(changetype<usize>(this), v, offsetof<${cls}>("${name}")); }`);
  }
  out.push("}");
  return out;
}
