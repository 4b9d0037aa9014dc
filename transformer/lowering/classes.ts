// What generated classes are called, and the static `new$` every frame class has: shared by
// the lowering of functions (frame.ts), of go() (context.ts) and of files (index.ts).
import * as ts from "typescript";

/** A generated class and the source position each of its lines came from. */
export interface GeneratedClass {
  text: string;
  lines: { text: string; pos: number }[];
}

/**
 * The static `new$` of a frame class: what `go(f, …)` and an export call make their frame
 * with. It takes a frame of the class that an ended goroutine or export call left (zeroed,
 * runtime/runq.ts "Frame reuse") before it allocates. AssemblyScript compiles it only for the
 * classes that some go() or export uses. `inline` marks it `@inline`, for the frame of a
 * method called by dispatch: its starter (`m$frame`) then makes the frame in its own body,
 * with one shadow-stack frame instead of two (the dispatch bench row's cost).
 */
export function newMethod(cls: string, params: FrameParameter[], initialisers: string[] = [], inline = false): string[] {
  const signature = params.map((p) => `${p.name}: ${p.type}${p.init ? ` = ${p.init}` : ""}`).join(", ");
  return [
    `  ${inline ? "@inline " : ""}static new$(${signature}): ${cls} {`,
    `    const f = changetype<${cls}>(__wx_newFrame(idof<${cls}>(), offsetof<${cls}>()));`,
    ...[...params.map((p) => `f.${p.field} = ${boxedValue(p)};`), ...initialisers.map((i) => `f.${i};`)].map((t) => `    ${t}`),
    `    return f;`,
    `  }`,
  ];
}

/** A generated class's name and its type parameters (`<T>`, or "" when it has none). */
export interface ClassName {
  name: string;
  typeParameters: string;
}

/** How code names class `c`: `C<T>`. */
export function written(c: ClassName): string {
  return c.name + c.typeParameters;
}

/** A parameter of a frame class's `new$`: its name there, its type, the field it fills, its default. */
export interface FrameParameter {
  name: string;
  type: string;
  field: string;
  init?: string;
  /** A parameter that closures share and someone assigns: its field holds a Box of this type. */
  boxed?: string;
}

/** What a parameter's field starts as: the argument, or a Box holding it. */
export function boxedValue(p: FrameParameter): string {
  return p.boxed ? `new __wx_Box<${p.boxed}>(${p.name})` : p.name;
}

export function frameClassName(functionName: string): string {
  return `${functionName}$Frame`;
}

/** The frame class of a blocking method `C.m`: `C$m$Frame`, beside the class. */
export function methodFrameClassName(method: ts.MethodDeclaration): string {
  const cls = method.parent as ts.ClassDeclaration;
  return `${cls.name ? cls.name.text : "anonymous"}$${(method.name as ts.Identifier).text}$Frame`;
}

/** `<T, U>` of a generic declaration, as its frame class declares them (empty when not generic). */
export function typeParameterList(...decls: { typeParameters?: ts.NodeArray<ts.TypeParameterDeclaration> }[]): string {
  const names = decls.flatMap((d) => (d.typeParameters ?? []).map((t) => t.name.text));
  return names.length ? `<${names.join(", ")}>` : "";
}

/**
 * How a caller starts a frame: `C.new$(args)` takes one from the class's free list; a generic
 * frame class has no static call once instantiated in AssemblyScript, so it is `new C<T>(args)`.
 */
export function startFrame(cls: string, typeArguments: string, args: string[]): string {
  return `${frameStarter(cls, typeArguments)}(${args.join(", ")})`;
}

/** What startFrame() calls: `C.new$`, or `new C<T>`. */
export function frameStarter(cls: string, typeArguments: string): string {
  return typeArguments ? `new ${cls}${typeArguments}` : `${cls}.new$`;
}

/**
 * What `go(f, a, b)` becomes: `__wx_spawn(START(VALUES…, a, b))`, with the call's own
 * arguments last; or, for a go() that is an error, `0`. START and VALUES are text the lowering
 * wrote and nodes of the program (the function value, a method's object), in source order,
 * which each caller prints as its code reads them (spawnText), or leaves in place (index.ts).
 */
export type GoStart = { start: GoPart[]; values: GoPart[] } | { failed: true };
export type GoPart = string | ts.Expression;

/** A go() as text: nodes and the call's own arguments printed by `render`. */
export function spawnText(go: GoStart, args: readonly ts.Expression[], render: (e: ts.Expression) => string): string {
  if ("failed" in go) return "0";
  const part = (p: GoPart) => (typeof p === "string" ? p : render(p));
  return `__wx_spawn(${go.start.map(part).join("")}(${[...go.values.map(part), ...args.map(render)].join(", ")}))`;
}
