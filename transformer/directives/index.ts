// The directives stage: which functions the module exports and which host functions it imports.
//
//   // @wasmexport [name] [drain|return]     right above a top-level function declaration
//   // @wasmimport module name               right above a top-level `declare function`
//
// Every error is reported at the directive comment itself. A TypeScript `export` alone never
// makes a Wasm export: only a directive does.
import * as ts from "typescript";
import { Code, diagnosticAt } from "../diagnostics";
import type { Directives, ExportDirective, ExportMode, ImportDirective } from "../pipeline";
import { DirectiveComment, findDirectiveComments, findMisspelledDirectives, nextTokenStart, nodeStartingAt } from "./comments";
import { ALLOWED_TYPES_TEXT, isProblem, readSignature, RecordTable } from "./signature";

const NAME = /^[A-Za-z0-9_.$-]+$/;
const RESERVED = new Set(["memory", "_initialize", "_start", "cabi_realloc"]);

export interface DirectivesResult {
  directives: Directives;
  diagnostics: ts.Diagnostic[];
}

/** `checker` finds the record classes a signature names; without it no class is a record. */
export function collectDirectives(files: readonly ts.SourceFile[], defaultMode: ExportMode, checker?: ts.TypeChecker): DirectivesResult {
  const records: RecordTable = new Map();
  const exports: ExportDirective[] = [];
  const imports: ImportDirective[] = [];
  const diagnostics: ts.Diagnostic[] = [];
  const exportNames = new Map<string, ExportDirective>();

  for (const file of files) {
    const comments = findDirectiveComments(file);
    const error = (c: DirectiveComment, code: number, message: string) =>
      diagnostics.push(diagnosticAt(file, c.pos, c.end - c.pos, code, message));
    for (const m of findMisspelledDirectives(file)) {
      const written = `// @${m.kind}${m.words.length ? " " + m.words.join(" ") : m.kind === "wasmexport" ? " name" : " module name"}`;
      diagnostics.push(diagnosticAt(file, m.pos, m.end - m.pos, Code.DirectiveMisspelled,
        `This looks like a directive but is not read as one: write it as a line comment of its own, '${written}'.`));
    }

    for (const c of comments) {
      const target = targetOf(file, c, comments);
      if (typeof target === "string") {
        error(c, target === "duplicated" ? Code.DirectiveDuplicated : Code.DirectiveMisplaced,
          target === "duplicated"
            ? `Duplicate '@${c.kind}' directive: a declaration takes one, on the line right above it.`
            : `'@${c.kind}' must stand on the line right above a top-level function declaration.`);
        continue;
      }
      const placement = checkPlacement(c, target, file);
      if (placement) {
        error(c, placement.code, placement.message);
        continue;
      }
      const decl = target as ts.FunctionDeclaration;
      const signature = readSignature(decl, file, checker, records);
      if (isProblem(signature)) {
        error(c, Code.BadSignatureType,
          `'@${c.kind}' function '${decl.name!.text}': ${signature.what} has type '${signature.written}'` +
          (signature.why ? ` (${signature.why}); ` : "; ") +
          `a Wasm ${c.kind === "wasmexport" ? "export" : "import"} takes ${ALLOWED_TYPES_TEXT} (and may return void).`);
        continue;
      }

      if (c.kind === "wasmimport") {
        if (c.words.length !== 2) {
          error(c, Code.BadImportDirective, "'@wasmimport' takes a module and a name: '// @wasmimport module name'.");
          continue;
        }
        imports.push({ module: c.words[0], name: c.words[1], declaration: decl, params: signature.params, result: signature.result });
        continue;
      }

      const parsed = parseExportWords(c.words, decl.name!.text, defaultMode);
      if (typeof parsed === "string") {
        error(c, Code.BadExportMode, parsed);
        continue;
      }
      const { exportName, mode } = parsed;
      if (!NAME.test(exportName)) {
        error(c, Code.InvalidExportName,
          `Invalid export name '${exportName}': a name may hold letters, digits, '_', '.', '-' and '$'.`);
        continue;
      }
      if (RESERVED.has(exportName) || exportName.startsWith("wasmexport_") || exportName.startsWith("cabi_")) {
        error(c, Code.ReservedExportName,
          `Export name '${exportName}' is reserved: the module exports 'memory', '_initialize', 'wasmexport_*' and the canonical ABI's 'cabi_*' itself, and '_start' is a command's entry.`);
        continue;
      }
      const earlier = exportNames.get(exportName);
      if (earlier) {
        const where = earlier.declaration.getSourceFile();
        const line = where.getLineAndCharacterOfPosition(earlier.declaration.getStart(where)).line + 1;
        error(c, Code.DuplicateExportName,
          `Duplicate export name '${exportName}': function '${earlier.declaration.name!.text}' (${where.fileName}:${line}) already exports it.`);
        continue;
      }
      const directive: ExportDirective = { exportName, mode, declaration: decl, params: signature.params, result: signature.result };
      exportNames.set(exportName, directive);
      exports.push(directive);
    }
  }
  return { directives: { exports, imports, records: [...records.values()] }, diagnostics };
}

/**
 * The node a directive stands right above, or why it stands above none: "duplicated" when the
 * lines below it, up to the declaration, are directives of the same kind; "misplaced" otherwise.
 */
function targetOf(file: ts.SourceFile, c: DirectiveComment, all: DirectiveComment[]): ts.Node | "misplaced" | "duplicated" {
  const start = nextTokenStart(file.text, c.end);
  if (start >= file.text.length || !c.alone) return "misplaced";
  const line = file.getLineAndCharacterOfPosition(start).line;
  if (line === c.line + 1) return nodeStartingAt(file, start) ?? "misplaced";
  const between = all.filter((o) => o.line > c.line && o.line < line);
  const stacked = between.length === line - c.line - 1 && between.every((o) => o.kind === c.kind);
  return stacked ? "duplicated" : "misplaced";
}

/** Whether the node a directive stands above is one it may stand above. */
function checkPlacement(c: DirectiveComment, node: ts.Node, file: ts.SourceFile): { code: number; message: string } | null {
  const directive = `'@${c.kind}'`;
  if (ts.isMethodDeclaration(node) || ts.isConstructorDeclaration(node) || ts.isAccessor(node) || ts.isMethodSignature(node)) {
    return { code: Code.DirectiveOnMethod, message: `${directive} cannot stand on a method: move the code into a top-level function declaration.` };
  }
  if (ts.isPropertyDeclaration(node) || ts.isVariableStatement(node) || ts.isExpressionStatement(node)) {
    const fn = functionValueIn(node);
    if (fn) {
      return {
        code: Code.DirectiveOnFunctionValue,
        message: `${directive} cannot stand on ${ts.isArrowFunction(fn) ? "an arrow function" : "a function expression"}: write a top-level 'function' declaration.`,
      };
    }
  }
  if (!ts.isFunctionDeclaration(node) || !node.name) {
    return { code: Code.DirectiveNotOnFunction, message: `${directive} must stand right above a top-level function declaration.` };
  }
  if (!file.statements.includes(node)) {
    return { code: Code.DirectiveNotOnFunction, message: `${directive} must stand right above a top-level function declaration; '${node.name.text}' is nested.` };
  }
  if (node.modifiers?.some((m) => m.kind === ts.SyntaxKind.DefaultKeyword)) {
    return { code: Code.DirectiveNotOnFunction, message: `${directive} cannot stand on a default export: write 'export function ${node.name.text}' (the directive names the Wasm export).` };
  }
  const declared = node.modifiers?.some((m) => m.kind === ts.SyntaxKind.DeclareKeyword) ?? false;
  if (c.kind === "wasmimport" && !declared) {
    return { code: Code.ImportNotDeclare, message: `'@wasmimport' must stand right above a 'declare function' (a function without a body, which the host provides).` };
  }
  if (c.kind === "wasmexport" && declared) {
    return { code: Code.ImportNotDeclare, message: `'@wasmexport' needs a function with a body; a 'declare function' is a host import ('// @wasmimport module name').` };
  }
  if (node.typeParameters && node.typeParameters.length > 0) {
    return { code: Code.DirectiveOnGeneric, message: `${directive} cannot stand on a generic function: '${node.name.text}' has type parameters, and a Wasm signature has fixed types.` };
  }
  const name = node.name.text;
  const overloads = file.statements.filter((s) => ts.isFunctionDeclaration(s) && s.name?.text === name);
  if (overloads.length > 1) {
    return { code: Code.DirectiveOnOverload, message: `${directive} cannot stand on an overloaded function: '${name}' has ${overloads.length} declarations, and a Wasm signature is one.` };
  }
  return null;
}

function functionValueIn(node: ts.Node): ts.ArrowFunction | ts.FunctionExpression | undefined {
  let found: ts.ArrowFunction | ts.FunctionExpression | undefined;
  const visit = (n: ts.Node): void => {
    if (found) return;
    if (ts.isArrowFunction(n) || ts.isFunctionExpression(n)) found = n;
    else if (!ts.isClassLike(n)) ts.forEachChild(n, visit);
  };
  visit(node);
  return found;
}

function parseExportWords(words: string[], functionName: string, defaultMode: ExportMode): { exportName: string; mode: ExportMode } | string {
  const isMode = (w: string): w is ExportMode => w === "drain" || w === "return";
  if (words.length === 0) return { exportName: functionName, mode: defaultMode };
  if (words.length === 1) return isMode(words[0]) ? { exportName: functionName, mode: words[0] } : { exportName: words[0], mode: defaultMode };
  if (words.length === 2 && isMode(words[1])) return { exportName: words[0], mode: words[1] };
  if (words.length === 2) return `Unknown export mode '${words[1]}': write '// @wasmexport ${words[0]} drain' or '// @wasmexport ${words[0]} return'.`;
  return `'@wasmexport' takes at most a name and a mode ('drain' or 'return'); got ${words.length} words.`;
}
