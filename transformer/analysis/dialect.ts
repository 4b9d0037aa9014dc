// Which calls are the dialect's: `go(...)`, `ch.send(v)`, `wg.wait()`, `select(...)`, …
//
// A name is the dialect's when it resolves (through imports and aliases) to a declaration
// in the package's runtime/dialect.d.ts; a user function of the same name is not.
import * as ts from "typescript";
import { symbolOf } from "./syntax";

const DIALECT_FILE = /[\\/]runtime[\\/]dialect\.d\.ts$/;

/** `go`, `select`, … for functions; `Chan.send`, `WaitGroup.wait`, … for methods. */
export type DialectName = string;

/**
 * The sync types' methods that may park, by dialect name: each is lowered to the runtime
 * method of the same name taking the frame (`mu.lock(self$)`), which answers whether the
 * goroutine goes on at once.
 */
export const PARKING_METHODS = new Set(["WaitGroup.wait", "Mutex.lock", "RWMutex.lock", "RWMutex.rLock", "Cond.wait"]);

/** The operations that may park the goroutine that runs them. */
export const PARKING = new Set(["Chan.send", "Chan.recv", "Chan.recvOk", "select", "gosched", "sleep", ...PARKING_METHODS]);

/**
 * The names of Go's time and context packages. A program that uses one of them (the
 * durations aside: they are plain numbers) gets the timer machinery and the two exports a
 * host drives time with (docs/abi.md, "Time").
 */
export const TIME_NAMES = new Set(["sleep", "after", "now", "Timer", "Ticker", "Context", "background", "withCancel", "withTimeout", "withDeadline"]);
export const DURATIONS = ["Nanosecond", "Microsecond", "Millisecond", "Second", "Minute", "Hour"];

/**
 * The dialect's classes that its declarations name in the types they give (`after(): Chan<i64>`,
 * `Timer.c`, `withCancel(): Context`). A file need not import them to use those values, so
 * where the lowering writes such a type down (a frame field) it uses the name every lowered
 * file imports them under: `__wx_Chan`, … (lowering/index.ts, HELPERS).
 */
export const DECLARED_CLASSES = ["Chan", "Timer", "Ticker", "Context"];

/** Whether `file` is the dialect's declarations (runtime/dialect.d.ts). */
export function isDialectFile(file: ts.SourceFile): boolean {
  return DIALECT_FILE.test(file.fileName);
}

export class Dialect {
  constructor(private readonly checker: ts.TypeChecker) {}

  private declarationOf(node: ts.Node): ts.Declaration | undefined {
    return symbolOf(this.checker, node)?.declarations?.[0];
  }

  private static inDialect(decl: ts.Node | undefined): boolean {
    return !!decl && DIALECT_FILE.test(decl.getSourceFile().fileName);
  }

  /** The dialect name of what `node` (an identifier or property name) refers to. */
  nameOf(node: ts.Node): DialectName | undefined {
    const decl = this.declarationOf(node);
    if (!decl || !Dialect.inDialect(decl)) return undefined;
    if (ts.isFunctionDeclaration(decl) && decl.name) return decl.name.text;
    if ((ts.isMethodDeclaration(decl) || ts.isMethodSignature(decl) || ts.isPropertyDeclaration(decl)) && ts.isClassDeclaration(decl.parent) && decl.parent.name) {
      return `${decl.parent.name.text}.${(decl.name as ts.Identifier).text}`;
    }
    if (ts.isClassDeclaration(decl) && decl.name) return decl.name.text;
    return undefined;
  }

  /** The dialect name of a call's callee. */
  callName(call: ts.CallExpression): DialectName | undefined {
    const callee = call.expression;
    if (ts.isIdentifier(callee)) return this.nameOf(callee);
    if (ts.isPropertyAccessExpression(callee)) return this.nameOf(callee.name);
    return undefined;
  }

  /** Whether `type` is the dialect's Chan<T>. */
  isChan(type: ts.Type): boolean {
    const symbol = type.getSymbol() ?? type.aliasSymbol;
    return !!symbol && symbol.name === "Chan" && Dialect.inDialect(symbol.declarations?.[0]);
  }

  /** `new Chan<T>(…)` of the dialect: the lowering makes it the runtime's `makeChan<T>(…)`. */
  isNewChan(node: ts.Node): node is ts.NewExpression {
    return ts.isNewExpression(node) && !!node.typeArguments && ts.isIdentifier(node.expression) && this.nameOf(node.expression) === "Chan";
  }

  isChanExpression(expr: ts.Expression): boolean {
    return this.isChan(this.checker.getNonNullableType(this.checker.getTypeAtLocation(expr)));
  }
}
