// Which written types an export or import signature may use (docs/abi.md, "Parameter and result
// types" and "Interface types").
//
// The checker resolves `i32` to `number`, so the written type node is what counts. Numbers
// cross as themselves; `string`, `Uint8Array`, arrays, record classes and `T | null` are
// interface types, carried by the canonical ABI (abi/canonical.ts). A record class is found
// through the checker; without one (a unit test's bare source file) no class is a record.
import * as ts from "typescript";
import type { InterfaceType, RecordClass, ValueType, WasmType } from "../pipeline";

const NUMBER_TYPES: ReadonlyMap<string, Exclude<WasmType, "void">> = new Map<string, Exclude<WasmType, "void">>([
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

/** Numbers a list or a record may hold, besides those a signature takes. */
const SMALL_NUMBERS = new Set(["i8", "u8", "i16", "u16"]);

export const ALLOWED_TYPES_TEXT =
  "i32, u32, i64, u64, f32, f64, bool, usize, isize, string, Uint8Array, Array<T>, StaticArray<T>, a record class or T | null";

export type SignatureProblem = { what: string; written: string; why?: string };

export interface Signature {
  params: { name: string; type: ValueType }[];
  result: ValueType | "void";
}

/** The record classes read so far, by declaration: each class is read once per build. */
export type RecordTable = Map<ts.ClassDeclaration, RecordClass>;

/** Reads the signature, or says which parameter or result has a type no Wasm export can carry. */
export function readSignature(decl: ts.FunctionDeclaration, file: ts.SourceFile, checker?: ts.TypeChecker, records: RecordTable = new Map()): Signature | SignatureProblem {
  const reader = new TypeReader(file, checker, records);
  const params: Signature["params"] = [];
  for (const p of decl.parameters) {
    const name = p.name.getText(file);
    if (p.dotDotDotToken) return { what: `rest parameter '${name}'`, written: "..." };
    if (!ts.isIdentifier(p.name)) return { what: `parameter '${name}'`, written: "a destructuring pattern" };
    const type = p.type && !p.questionToken ? reader.read(p.type, false) : undefined;
    if (type !== undefined && !isReadProblem(type)) {
      params.push({ name, type });
      continue;
    }
    const why = type !== undefined && isReadProblem(type) ? type.problem : undefined;
    return { what: `parameter '${name}'`, written: p.type ? p.type.getText(file) + (p.questionToken ? " (optional)" : "") : "no type", why };
  }
  if (!decl.type) return { what: "the result", written: "no type" };
  if (decl.type.kind === ts.SyntaxKind.VoidKeyword) return { params, result: "void" };
  const result = reader.read(decl.type, false);
  if (result === undefined) return { what: "the result", written: decl.type.getText(file) };
  if (isReadProblem(result)) return { what: "the result", written: decl.type.getText(file), why: result.problem };
  return { params, result };
}

export function isProblem(s: Signature | SignatureProblem): s is SignatureProblem {
  return (s as SignatureProblem).what !== undefined;
}

/** Whether a type is carried by the canonical ABI rather than as one number. */
export function isInterfaceType(t: ValueType | "void"): t is InterfaceType {
  return typeof t === "object";
}

type Read = ValueType | { problem: string } | undefined;

function isReadProblem(r: ValueType | { problem: string }): r is { problem: string } {
  return typeof r === "object" && "problem" in r;
}

/**
 * AssemblyScript has no nullable number (a number has no spare value to mean null), so
 * `i32 | null` cannot stand in the function either: the way out is a record holding the
 * number, whose option is WIT's `option<record { value: s32 }>`.
 */
function nullableNumber(written: string, type: ValueType): string {
  const box = `${written[0].toUpperCase()}${written.slice(1)}Value`;
  const zero = type === "bool" ? "false" : "0";
  return `'${written} | null' is not a type: AssemblyScript has no nullable numbers; declare a record holding the number (class ${box} { value: ${written} = ${zero}; }) and use '${box} | null'`;
}

class TypeReader {
  constructor(
    private readonly file: ts.SourceFile,
    private readonly checker: ts.TypeChecker | undefined,
    private readonly records: RecordTable,
    /** Records being read: a record that holds itself has no flat form. */
    private readonly reading = new Set<ts.ClassDeclaration>(),
  ) {}

  /** `nested`: inside a list or a record, where i8, u8, i16 and u16 may stand too. */
  read(node: ts.TypeNode, nested: boolean): Read {
    if (ts.isParenthesizedTypeNode(node)) return this.read(node.type, nested);
    const text = node.getText(this.file);
    const number = NUMBER_TYPES.get(text);
    if (number) return number;
    if (nested && SMALL_NUMBERS.has(text)) return text as ValueType;
    if (node.kind === ts.SyntaxKind.StringKeyword) return { kind: "string" };
    if (ts.isArrayTypeNode(node)) return this.list(node.elementType, "Array");
    if (ts.isUnionTypeNode(node)) return this.option(node);
    if (!ts.isTypeReferenceNode(node) || !ts.isIdentifier(node.typeName)) return undefined;
    const name = node.typeName.text;
    const args = node.typeArguments ?? [];
    if (name === "Uint8Array" && args.length === 0) return { kind: "bytes" };
    if ((name === "Array" || name === "StaticArray") && args.length === 1) return this.list(args[0], name);
    if (args.length === 0) return this.record(node.typeName);
    return undefined;
  }

  private list(element: ts.TypeNode, container: "Array" | "StaticArray"): Read {
    const type = this.read(element, true);
    if (type === undefined || isReadProblem(type)) return type;
    return { kind: "list", element: type, container };
  }

  private option(node: ts.UnionTypeNode): Read {
    const isNull = (t: ts.TypeNode) => ts.isLiteralTypeNode(t) && t.literal.kind === ts.SyntaxKind.NullKeyword;
    const others = node.types.filter((t) => !isNull(t));
    if (others.length !== 1 || node.types.length !== 2) return undefined;
    const some = this.read(others[0], false);
    if (some === undefined || isReadProblem(some)) return some;
    if (typeof some !== "object") return { problem: nullableNumber(others[0].getText(this.file), some) };
    return { kind: "option", some };
  }

  private record(typeName: ts.Identifier): Read {
    if (!this.checker) return undefined;
    let symbol = this.checker.getSymbolAtLocation(typeName);
    if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = this.checker.getAliasedSymbol(symbol);
    const decl = symbol?.declarations?.find(ts.isClassDeclaration);
    if (!decl || !decl.name) return undefined;
    const known = this.records.get(decl);
    if (known) return { kind: "record", record: known };
    const name = decl.name.text;
    if (this.reading.has(decl)) return { problem: `record '${name}' holds itself` };
    if (decl.typeParameters?.length) return { problem: `record '${name}' is generic` };
    if (decl.heritageClauses?.some((h) => h.token === ts.SyntaxKind.ExtendsKeyword)) return { problem: `record '${name}' extends a class; a record's fields are its own` };
    const declFile = decl.getSourceFile();
    if (!declFile.statements.includes(decl)) return { problem: `record '${name}' is not declared at the top level of its file` };
    this.reading.add(decl);
    try {
      const fields: RecordClass["fields"] = [];
      for (const member of decl.members) {
        if (ts.isConstructorDeclaration(member) && member.parameters.some((p) => ts.getCombinedModifierFlags(p) & ts.ModifierFlags.ParameterPropertyModifier)) {
          return { problem: `record '${name}' declares fields as constructor parameters; declare them in the class body` };
        }
        if (!ts.isPropertyDeclaration(member)) continue;
        const modifiers = ts.getCombinedModifierFlags(member);
        if (modifiers & ts.ModifierFlags.Static) continue;
        const field = member.name.getText(declFile);
        if (modifiers & (ts.ModifierFlags.Private | ts.ModifierFlags.Protected) || !ts.isIdentifier(member.name)) {
          return { problem: `record '${name}' has a field '${field}' that is not public` };
        }
        if (modifiers & ts.ModifierFlags.Readonly) return { problem: `field '${field}' of record '${name}' is readonly; a record's fields are set from the host's value` };
        if (!member.type) return { problem: `field '${field}' of record '${name}' has no written type` };
        const reader = declFile === this.file ? this : new TypeReader(declFile, this.checker, this.records, this.reading);
        const type = reader.read(member.type, true);
        if (type === undefined) return { problem: `field '${field}' of record '${name}' has type '${member.type.getText(declFile)}'` };
        if (isReadProblem(type)) return type;
        fields.push({ name: field, type });
      }
      if (fields.length === 0) return { problem: `record '${name}' has no fields` };
      const record: RecordClass = { name, declaration: decl, fields };
      this.records.set(decl, record);
      return { kind: "record", record };
    } finally {
      this.reading.delete(decl);
    }
  }
}
