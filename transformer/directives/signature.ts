// Which written types an export or import signature may use (docs/abi.md, "Parameter and result types").
//
// The checker resolves `i32` to `number`, so the written type node is what counts.
import * as ts from "typescript";
import type { WasmType } from "../pipeline";

const PARAM_TYPES: ReadonlyMap<string, WasmType> = new Map<string, WasmType>([
  ["i32", "i32"],
  ["u32", "u32"],
  ["i64", "i64"],
  ["u64", "u64"],
  ["f32", "f32"],
  ["f64", "f64"],
  ["bool", "bool"],
  ["boolean", "bool"],
  ["usize", "usize"],
  ["isize", "isize"],
]);

export const ALLOWED_TYPES_TEXT = "i32, u32, i64, u64, f32, f64, bool, usize or isize";

export type SignatureProblem = { what: string; written: string };

export interface Signature {
  params: { name: string; type: WasmType }[];
  result: WasmType;
}

/** Reads the signature, or says which parameter or result has a type no Wasm export can carry. */
export function readSignature(decl: ts.FunctionDeclaration, file: ts.SourceFile): Signature | SignatureProblem {
  const params: Signature["params"] = [];
  for (const p of decl.parameters) {
    const name = p.name.getText(file);
    if (p.dotDotDotToken) return { what: `rest parameter '${name}'`, written: "..." };
    if (!ts.isIdentifier(p.name)) return { what: `parameter '${name}'`, written: "a destructuring pattern" };
    const type = p.type ? PARAM_TYPES.get(p.type.getText(file)) : undefined;
    if (!type || p.questionToken) {
      return { what: `parameter '${name}'`, written: p.type ? p.type.getText(file) + (p.questionToken ? " (optional)" : "") : "no type" };
    }
    params.push({ name, type });
  }
  if (!decl.type) return { what: "the result", written: "no type" };
  const written = decl.type.getText(file);
  const result = written === "void" ? "void" : PARAM_TYPES.get(written);
  if (!result) return { what: "the result", written };
  return { params, result };
}

export function isProblem(s: Signature | SignatureProblem): s is SignatureProblem {
  return (s as SignatureProblem).what !== undefined;
}
