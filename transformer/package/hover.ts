// Hover (quick info) in the dialect's number types.
//
// AssemblyScript's declarations make `i32`, `u8`, `f64` … aliases of `number`, and TypeScript
// keeps no alias of a primitive type: hover over `const n: i32` says `const n: number`. Where
// the declaration under the cursor writes its types (a variable's, a parameter's, a field's,
// a function's parameters and result), the `number` keywords of TypeScript's text are the
// written number types in the same order; they are put back, one for one. When the counts
// differ (a type TypeScript inferred, an instantiated generic), the text is left as it is.
// The editor's TypeScript is passed in: this module does not load its own.
import type * as ts from "typescript";

/** AssemblyScript's number types, which its declarations alias to `number`. */
const NUMBER_TYPES = new Set(["i8", "u8", "i16", "u16", "i32", "u32", "i64", "u64", "isize", "usize", "f32", "f64"]);

export function withWrittenNumberTypes(tsModule: typeof ts, program: ts.Program, fileName: string, position: number, quickInfo: ts.QuickInfo): ts.QuickInfo {
  const parts = quickInfo.displayParts;
  const file = program.getSourceFile(fileName);
  if (!parts || !file) return quickInfo;
  const declaration = declarationAt(tsModule, program, file, position);
  const written = declaration ? writtenNumberTypes(tsModule, declaration) : [];
  const numbers = parts.flatMap((p, i) => (p.kind === "keyword" && p.text === "number" ? [i] : []));
  if (written.length === 0 || written.length !== numbers.length || written.every((w) => w === "number")) return quickInfo;
  const displayParts = parts.slice();
  numbers.forEach((at, i) => {
    if (written[i] !== "number") displayParts[at] = { text: written[i], kind: "aliasName" };
  });
  return { ...quickInfo, displayParts };
}

/** The declaration of the name under the cursor (through an import's alias). */
function declarationAt(tsModule: typeof ts, program: ts.Program, file: ts.SourceFile, position: number): ts.Declaration | undefined {
  const innermost = (node: ts.Node): ts.Node => tsModule.forEachChild(node, (child) => (child.getStart(file) <= position && position < child.getEnd() ? innermost(child) : undefined)) ?? node;
  const node = innermost(file);
  if (!tsModule.isIdentifier(node)) return undefined;
  const checker = program.getTypeChecker();
  let symbol = checker.getSymbolAtLocation(node);
  if (symbol && symbol.flags & tsModule.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
  return symbol?.declarations?.[0];
}

/** The number types the declaration writes, in the order TypeScript's text would show them. */
function writtenNumberTypes(tsModule: typeof ts, declaration: ts.Declaration): string[] {
  const typeNodes: (ts.TypeNode | undefined)[] = [];
  if (tsModule.isFunctionLike(declaration)) {
    for (const parameter of declaration.parameters) typeNodes.push(parameter.type);
    typeNodes.push(declaration.type);
  } else if (tsModule.isVariableDeclaration(declaration) || tsModule.isParameter(declaration) || tsModule.isPropertyDeclaration(declaration) || tsModule.isPropertySignature(declaration)) {
    typeNodes.push(declaration.type);
  }
  const names: string[] = [];
  const visit = (node: ts.Node): void => {
    if (node.kind === tsModule.SyntaxKind.NumberKeyword) names.push("number");
    else if (tsModule.isTypeReferenceNode(node) && tsModule.isIdentifier(node.typeName) && NUMBER_TYPES.has(node.typeName.text)) names.push(node.typeName.text);
    tsModule.forEachChild(node, visit);
  };
  for (const typeNode of typeNodes) if (typeNode) visit(typeNode);
  return names;
}
