// The AssemblyScript type of an expression, as the user wrote it.
//
// tsc sees `i32` as `number`, so its types cannot say whether a value is an i32 or an f64.
// When the lowering needs a type it did not find written down (a frame field for a local
// with no annotation, a temporary that holds an operand across a park), it follows the
// expression back to something the user wrote: an annotation, a `new C<T>()`, a literal, a
// function's declared result.
import * as ts from "typescript";
import { DECLARED_CLASSES, Dialect, isDialectFile } from "./dialect";
import { isAssignmentOperator, isEqualityOperator, namesTypeParameter } from "./syntax";

export class WrittenTypes {
  constructor(private readonly checker: ts.TypeChecker, private readonly dialect: Dialect) {}

  /** The type written for a variable, parameter or property declaration, or inferred from its initializer. */
  ofDeclaration(decl: ts.Declaration): string | undefined {
    if ((ts.isVariableDeclaration(decl) || ts.isParameter(decl) || ts.isPropertyDeclaration(decl)) && decl.type) return declared(decl.type, decl);
    if (ts.isVariableDeclaration(decl) || ts.isPropertyDeclaration(decl)) {
      if (decl.initializer) return this.of(decl.initializer);
      // for (const v of ch) / for (const x of array)
      const list = decl.parent;
      if (ts.isVariableDeclarationList(list) && ts.isForOfStatement(list.parent)) return this.elementOf(list.parent.expression);
    }
    if (ts.isParameter(decl)) return this.ofCaseParameter(decl);
    return undefined;
  }

  /** recv(ch, (v, ok) => …): v is the channel's element type, ok a bool. */
  private ofCaseParameter(p: ts.ParameterDeclaration): string | undefined {
    const fn = p.parent;
    if (!ts.isArrowFunction(fn) && !ts.isFunctionExpression(fn)) return undefined;
    const call = fn.parent;
    if (!ts.isCallExpression(call) || this.dialect.callName(call) !== "recv") return undefined;
    return fn.parameters.indexOf(p) === 0 ? this.elementOf(call.arguments[0]) : "bool";
  }

  /** The element type of a channel or array expression. */
  elementOf(expr: ts.Expression): string | undefined {
    const t = this.of(expr);
    if (!t) return undefined;
    // Chan<T> as written, or under another name (`import { Chan as C }`, `wx.Chan<T>`).
    const m = /^([\w$.]+)\s*<(.+)>(?:\s*\|\s*null)?$/.exec(t.trim());
    if (m && (/^(?:Chan|__wx_Chan|Array|StaticArray)$/.test(m[1]) || this.dialect.isChanExpression(expr))) return m[2].trim();
    const a = /^(.+)\[\]$/.exec(t.trim());
    return a ? a[1].trim() : undefined;
  }

  of(expr: ts.Expression): string | undefined {
    if (ts.isParenthesizedExpression(expr) || ts.isNonNullExpression(expr)) return this.of(expr.expression);
    if (ts.isAsExpression(expr) || ts.isTypeAssertionExpression(expr)) return expr.type.getText();
    if (ts.isNumericLiteral(expr)) {
      // The literal as written (tsc's own text of `0.0` is "0"), typed as AssemblyScript
      // types it: an integer is an i32 if it fits, else an i64.
      const raw = expr.getText().replace(/_/g, "");
      if (/[.eE]/.test(raw) && !/^0x/i.test(raw)) return "f64";
      const value = BigInt(raw);
      if (value <= 0x7fffffffn) return "i32";
      return value <= 0x7fffffffffffffffn ? "i64" : "f64";
    }
    if (ts.isStringLiteral(expr) || ts.isNoSubstitutionTemplateLiteral(expr) || ts.isTemplateExpression(expr)) return "string";
    if (expr.kind === ts.SyntaxKind.TrueKeyword || expr.kind === ts.SyntaxKind.FalseKeyword) return "bool";
    if (ts.isPrefixUnaryExpression(expr)) return expr.operator === ts.SyntaxKind.ExclamationToken ? "bool" : this.of(expr.operand);
    if (ts.isPostfixUnaryExpression(expr)) return this.of(expr.operand);
    if (ts.isNewExpression(expr)) {
      const args = expr.typeArguments?.map((t) => t.getText()).join(", ");
      return expr.expression.getText() + (args ? `<${args}>` : "");
    }
    if (ts.isBinaryExpression(expr)) {
      const op = expr.operatorToken.kind;
      if (isAssignmentOperator(op)) return this.of(expr.left);
      if (isEqualityOperator(op) || [ts.SyntaxKind.LessThanToken, ts.SyntaxKind.LessThanEqualsToken,
        ts.SyntaxKind.GreaterThanToken, ts.SyntaxKind.GreaterThanEqualsToken].includes(op)) return "bool";
      if (op === ts.SyntaxKind.AmpersandAmpersandToken || op === ts.SyntaxKind.BarBarToken) return this.of(expr.left);
      return this.of(expr.left) ?? this.of(expr.right);
    }
    if (ts.isConditionalExpression(expr)) return this.of(expr.whenTrue) ?? this.of(expr.whenFalse);
    if (ts.isArrayLiteralExpression(expr) && expr.elements.length > 0 && !expr.elements.some(ts.isSpreadElement)) {
      // As AssemblyScript infers it: an array of the first element's type.
      const element = this.of(expr.elements[0]);
      return element ? `${element}[]` : undefined;
    }
    if (ts.isArrowFunction(expr) || ts.isFunctionExpression(expr)) return this.ofFunction(expr) ?? this.fromChecker(expr);
    if (ts.isCallExpression(expr)) {
      const name = this.dialect.callName(expr);
      if (name === "Chan.recv" && ts.isPropertyAccessExpression(expr.expression)) return this.elementOf(expr.expression.expression);
      if (name === "select") return "i32";
      if (name === "Mutex.tryLock" || name === "RWMutex.tryLock" || name === "RWMutex.tryRLock") return "bool";
      const decl = this.checker.getResolvedSignature(expr)?.declaration;
      // A function value's call: its type's written result (`type Stage = (c: Chan<i32>) => i32`),
      // or, where that names type parameters of the code around it (a closure made in a generic
      // function), the result of the callee's own written type (`const sq = memo<i32, i32>(…)`).
      if (decl && (ts.isArrowFunction(decl) || ts.isFunctionExpression(decl) || ts.isFunctionTypeNode(decl)) && decl.type && namesTypeParameter(decl.parent, decl.type.getText())) {
        return resultOfFunctionType(this.of(expr.expression)) ?? this.fromChecker(expr);
      }
      if (decl && (ts.isFunctionDeclaration(decl) || ts.isMethodDeclaration(decl) || ts.isMethodSignature(decl) || ts.isArrowFunction(decl) || ts.isFunctionExpression(decl) || ts.isFunctionTypeNode(decl)) && decl.type) {
        const written = declared(decl.type, decl);
        return written === undefined ? undefined : this.instantiate(written, decl, expr) ?? this.fromChecker(expr);
      }
      return this.fromChecker(expr);
    }
    if (ts.isIdentifier(expr) || ts.isPropertyAccessExpression(expr)) {
      if (ts.isPropertyAccessExpression(expr) && (expr.name.text === "length" || expr.name.text === "capacity")) {
        const owner = this.of(expr.expression);
        if (owner && /^(Chan|__wx_Chan|Array|StaticArray|string)\b/.test(owner)) return "i32";
      }
      const symbol = this.checker.getSymbolAtLocation(ts.isIdentifier(expr) ? expr : expr.name);
      const decl = symbol?.valueDeclaration;
      if (decl) {
        const t = this.ofDeclaration(decl);
        if (t) return t;
      }
      return this.fromChecker(expr);
    }
    if (ts.isElementAccessExpression(expr)) return this.elementOf(expr.expression) ?? this.fromChecker(expr);
    return this.fromChecker(expr);
  }

  /**
   * A declared result type with the type parameters it names replaced by the type arguments
   * the user wrote: the call's own (`id<i32>(x)`), or those of the receiver's type for a
   * method of a generic class (`Map<string, i32>`'s `get(): V` is `i32`). Undefined when a
   * parameter has no written argument.
   */
  private instantiate(written: string, decl: ts.SignatureDeclaration, call: ts.CallExpression): string | undefined {
    const params = new Map<string, string | undefined>();
    const inferred = call.typeArguments ? undefined : this.typeArgumentsOf(call, decl);
    decl.typeParameters?.forEach((p, i) => params.set(p.name.text, call.typeArguments?.[i]?.getText() ?? inferred?.[i]));
    const owner = decl.parent;
    if ((ts.isClassDeclaration(owner) || ts.isInterfaceDeclaration(owner)) && ts.isPropertyAccessExpression(call.expression)) {
      const receiver = this.of(call.expression.expression);
      const args = receiver ? typeArguments(receiver) : [];
      owner.typeParameters?.forEach((p, i) => params.set(p.name.text, args[i]));
      // A method that returns `this` (Array#sort) returns the receiver's type.
      if (/\bthis\b/.test(written)) params.set("this", receiver?.replace(/\s*\|\s*null$/, ""));
    }
    if (params.size === 0) return written;
    return substituteTypeParameters(written, params);
  }

  /** A function value's type, `(x: i32) => i32`, when its parameters and result are written. */
  private ofFunction(fn: ts.ArrowFunction | ts.FunctionExpression): string | undefined {
    if (!fn.type || fn.typeParameters) return undefined;
    const params: string[] = [];
    for (const p of fn.parameters) {
      const t = p.type && declared(p.type, p);
      if (!t || !ts.isIdentifier(p.name)) return undefined;
      params.push(`${p.name.text}: ${t}`);
    }
    const result = declared(fn.type, fn);
    return result === undefined ? undefined : `(${params.join(", ")}) => ${result}`;
  }

  /**
   * The type arguments of a call of a generic function, as AssemblyScript types: those written
   * (`collect<i32>(c)`), else read off the arguments where a parameter's type is `T`, `T[]` or
   * `X<…T…>` (`collect(c)` with `c: Chan<i32>`). Undefined when one cannot be told. `values`:
   * the arguments, when they are not the call's own (`go(f, a, b)`).
   */
  typeArgumentsOf(call: ts.CallExpression, target: ts.SignatureDeclaration, values: readonly ts.Expression[] = call.arguments): string[] | undefined {
    if (call.typeArguments && values === call.arguments) return call.typeArguments.map((t) => t.getText());
    const out: string[] = [];
    for (const tp of target.typeParameters ?? []) {
      let found: string | undefined;
      target.parameters.forEach((p, i) => {
        if (found || !p.type || !values[i]) return;
        const written = p.type.getText().trim();
        const arg = this.of(values[i]);
        if (written === tp.name.text) found = arg;
        else {
          const at = typeArguments(written).indexOf(tp.name.text);
          if (at >= 0 && arg) found = typeArguments(arg)[at];
        }
      });
      if (!found) return undefined;
      out.push(found);
    }
    return out;
  }

  /** tsc's type, when it cannot be confused with another AssemblyScript type. */
  private fromChecker(expr: ts.Expression): string | undefined {
    let type = this.checker.getTypeAtLocation(expr);
    // `this` in a method (`const self = this`) is the polymorphic this type: its class.
    if (type.flags & ts.TypeFlags.TypeParameter && (type as ts.Type & { isThisType?: boolean }).isThisType) {
      type = this.checker.getBaseConstraintOfType(type) ?? type;
    }
    if (type.flags & (ts.TypeFlags.Number | ts.TypeFlags.NumberLiteral | ts.TypeFlags.Any | ts.TypeFlags.Unknown)) return undefined;
    if (type.flags & (ts.TypeFlags.Boolean | ts.TypeFlags.BooleanLiteral)) return "bool";
    if (type.flags & (ts.TypeFlags.String | ts.TypeFlags.StringLiteral)) return "string";
    const text = this.checker.typeToString(type, undefined, ts.TypeFormatFlags.NoTruncation);
    return /\bnumber\b/.test(text) ? undefined : text;
  }
}

/**
 * A type as a declaration writes it, if AssemblyScript would read it the same. AssemblyScript's
 * own declaration files use `number` for "some number" (`I32.parseInt(): number`, which is an
 * i32), where AssemblyScript reads `number` as f64: unknown, so the user is asked for an
 * annotation. `f32 | f64` (`Infinity`, `NaN`) is f64, as in an f64 context.
 */
function declared(type: ts.TypeNode, decl: ts.Declaration): string | undefined {
  const text = type.getText();
  if (/^\s*f32\s*\|\s*f64\s*$/.test(text)) return "f64";
  if (/\bnumber\b/.test(text) && decl.getSourceFile().isDeclarationFile) return undefined;
  if (isDialectFile(decl.getSourceFile())) return text.replace(DECLARED_CLASS, "__wx_$1");
  return text;
}

const DECLARED_CLASS = new RegExp(`\\b(${DECLARED_CLASSES.join("|")})\\b`, "g");

/**
 * A written type with the type parameters in `params` replaced by their arguments; undefined
 * when one it names has no known argument (an undefined entry).
 */
export function substituteTypeParameters(written: string, params: ReadonlyMap<string, string | undefined>): string | undefined {
  let unknown = false;
  const text = written.replace(/\b[A-Za-z_$][\w$]*\b/g, (name) => {
    if (!params.has(name)) return name;
    const arg = params.get(name);
    if (arg === undefined) unknown = true;
    return arg ?? name;
  });
  return unknown ? undefined : text;
}

/** The type arguments of a written generic type: `Map<string, Array<i32>>` → string, Array<i32>; `T[]` → T. */
export function typeArguments(type: string): string[] {
  const t = type.trim().replace(/\s*\|\s*null$/, "");
  const array = /^(.+)\[\]$/.exec(t);
  if (array) return [array[1].trim()];
  const open = t.indexOf("<");
  if (open < 0 || !t.endsWith(">")) return [];
  const args: string[] = [];
  let depth = 0;
  let start = open + 1;
  for (let i = open + 1; i < t.length - 1; i++) {
    if (t[i] === "<") depth++;
    else if (t[i] === ">") depth--;
    else if (t[i] === "," && depth === 0) {
      args.push(t.slice(start, i).trim());
      start = i + 1;
    }
  }
  args.push(t.slice(start, t.length - 1).trim());
  return args;
}

/** The result type of a function type as written (`(k: i32) => string` gives `string`), read with TypeScript's parser. */
function resultOfFunctionType(written: string | undefined): string | undefined {
  if (!written) return undefined;
  const file = ts.createSourceFile("t.ts", `type T = ${written};`, ts.ScriptTarget.Latest);
  const alias = file.statements[0];
  let type = alias && ts.isTypeAliasDeclaration(alias) ? alias.type : undefined;
  while (type && ts.isParenthesizedTypeNode(type)) type = type.type;
  return type && ts.isFunctionTypeNode(type) ? type.type.getText(file) : undefined;
}
