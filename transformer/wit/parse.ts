// A reader for the part of WIT that ts-wasmexport's types can meet (option `wit`): a package
// header; interfaces and worlds; records, type aliases and `use`; functions whose types are
// numbers, bool, char, string, list<T>, option<T> and records. Anything else WIT has
// (resources, variants, enums, flags, results, tuples, includes) is reported as not supported
// where it stands, with its line and column in the WIT file.

export type WitType =
  | { kind: "prim"; name: string }
  | { kind: "list"; element: WitType }
  | { kind: "option"; some: WitType }
  | { kind: "record"; name: string; fields: { name: string; type: WitType }[] };

export interface WitFunction {
  params: { name: string; type: WitType }[];
  result: WitType | null;
}

export interface WitInterface {
  name: string;
  types: Map<string, WitType>;
  functions: Map<string, WitFunction>;
}

export interface WitWorld {
  name: string;
  /** Imports and exports by their core module name: `$root` or the interface's full name. */
  imports: Map<string, Map<string, WitFunction>>;
  exports: Map<string, Map<string, WitFunction>>;
}

export interface WitPackage {
  name: string;
  worlds: Map<string, WitWorld>;
}

export class WitError extends Error {
  constructor(message: string, readonly line: number, readonly column: number) {
    super(message);
  }
}

const PRIMITIVES = new Set(["bool", "s8", "u8", "s16", "u16", "s32", "u32", "s64", "u64", "f32", "f64", "char", "string"]);

interface Token {
  text: string;
  pos: number;
}

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  const re = /\s+|\/\/[^\n]*|\/\*[\s\S]*?\*\/|->|%?[A-Za-z][A-Za-z0-9-]*|[0-9]+(?:\.[0-9]+)*(?:-[A-Za-z0-9.-]+)?|[{}()<>:;,.\/@=*]/y;
  let at = 0;
  while (at < source.length) {
    re.lastIndex = at;
    const m = re.exec(source);
    if (!m) throw errorAt(source, at, `unexpected character '${source[at]}'`);
    if (!/^\s|^\/\/|^\/\*/.test(m[0])) tokens.push({ text: m[0], pos: at });
    at = re.lastIndex;
  }
  return tokens;
}

function errorAt(source: string, pos: number, message: string): WitError {
  const before = source.slice(0, pos).split("\n");
  return new WitError(message, before.length, before[before.length - 1].length + 1);
}

/** Parses a WIT file; throws WitError at the first thing it cannot read. */
export function parseWit(source: string): WitPackage {
  const tokens = tokenize(source);
  let i = 0;
  const peek = (k = 0) => tokens[i + k]?.text;
  const fail = (message: string): never => {
    throw errorAt(source, tokens[Math.min(i, tokens.length - 1)]?.pos ?? source.length, message);
  };
  const next = () => {
    if (i >= tokens.length) fail("unexpected end of file");
    return tokens[i++].text;
  };
  const expect = (text: string) => {
    if (peek() !== text) fail(`expected '${text}', found '${peek() ?? "end of file"}'`);
    i++;
  };
  const ident = () => {
    const t = next();
    if (!/^%?[A-Za-z]/.test(t)) fail(`expected a name, found '${t}'`);
    return t.replace(/^%/, "");
  };
  /** `ns:pkg/iface@1.0.0` or `iface`. */
  const pathName = () => {
    let name = ident();
    if (peek() === ":") {
      i++;
      name += ":" + ident();
      expect("/");
      name += "/" + ident();
    }
    if (peek() === "@") {
      i++;
      name += "@" + next();
    }
    return name;
  };

  let packageName = "";
  if (peek() === "package") {
    i++;
    packageName = ident();
    expect(":");
    packageName += ":" + ident();
    if (peek() === "@") {
      i++;
      packageName += "@" + next();
    }
    expect(";");
  }
  const interfaces = new Map<string, WitInterface>();
  const worlds = new Map<string, WitWorld>();
  /** The core module name of an interface of this package imported by a world: `ns:pkg/iface@version`. */
  const local = (name: string) => {
    if (name.includes(":")) return name;
    const [base, version] = packageName.split("@");
    return `${base}/${name}${version ? "@" + version : ""}`;
  };

  const type = (scope: Map<string, WitType>): WitType => {
    const name = ident();
    if (PRIMITIVES.has(name)) return { kind: "prim", name };
    if (name === "list" || name === "option") {
      expect("<");
      const inner = type(scope);
      expect(">");
      return name === "list" ? { kind: "list", element: inner } : { kind: "option", some: inner };
    }
    const found = scope.get(name);
    if (!found) i--; // the error stands at the name
    if (["result", "tuple", "borrow", "own", "future", "stream"].includes(name)) fail(`'${name}' types are not supported`);
    if (!found) fail(`unknown type '${name}'`);
    return found!;
  };
  const func = (scope: Map<string, WitType>): WitFunction => {
    expect("func");
    expect("(");
    const params: WitFunction["params"] = [];
    while (peek() !== ")") {
      const name = ident();
      expect(":");
      params.push({ name, type: type(scope) });
      if (peek() === ",") i++;
      else break;
    }
    expect(")");
    let result: WitType | null = null;
    if (peek() === "->") {
      i++;
      result = type(scope);
    }
    expect(";");
    return { params, result };
  };
  const record = (scope: Map<string, WitType>) => {
    const name = ident();
    expect("{");
    const fields: { name: string; type: WitType }[] = [];
    while (peek() !== "}") {
      const field = ident();
      expect(":");
      fields.push({ name: field, type: type(scope) });
      if (peek() === ",") i++;
      else break;
    }
    expect("}");
    scope.set(name, { kind: "record", name, fields });
  };
  const use = (scope: Map<string, WitType>) => {
    const from = pathName();
    const iface = interfaces.get(from);
    if (!iface) fail(`'use' of interface '${from}', which this file does not define before it`);
    expect(".");
    expect("{");
    while (peek() !== "}") {
      const name = ident();
      let as = name;
      if (peek() === "as") {
        i++;
        as = ident();
      }
      const t = iface!.types.get(name);
      if (!t) fail(`interface '${from}' has no type '${name}'`);
      scope.set(as, t!);
      if (peek() === ",") i++;
      else break;
    }
    expect("}");
    expect(";");
  };
  /** A type definition or `use` in an interface or world body: true when it read one. */
  const typeItem = (scope: Map<string, WitType>): boolean => {
    const word = peek();
    if (word === "record") {
      i++;
      record(scope);
      return true;
    }
    if (word === "type") {
      i++;
      const name = ident();
      expect("=");
      scope.set(name, type(scope));
      expect(";");
      return true;
    }
    if (word === "use") {
      i++;
      use(scope);
      return true;
    }
    if (word && ["variant", "enum", "flags", "resource", "include"].includes(word)) fail(`'${word}' is not supported`);
    return false;
  };

  while (i < tokens.length) {
    const word = next();
    if (word === "interface") {
      const name = ident();
      const iface: WitInterface = { name, types: new Map(), functions: new Map() };
      expect("{");
      while (peek() !== "}") {
        if (typeItem(iface.types)) continue;
        const fn = ident();
        expect(":");
        iface.functions.set(fn, func(iface.types));
      }
      expect("}");
      interfaces.set(name, iface);
    } else if (word === "world") {
      const name = ident();
      const world: WitWorld = { name, imports: new Map(), exports: new Map() };
      const scope = new Map<string, WitType>();
      expect("{");
      while (peek() !== "}") {
        if (typeItem(scope)) continue;
        const direction = next();
        if (direction !== "import" && direction !== "export") fail(`expected 'import' or 'export', found '${direction}'`);
        const side = direction === "import" ? world.imports : world.exports;
        if (peek(1) === ":" && peek(2) === "func") {
          const fn = ident();
          expect(":");
          if (!side.has("$root")) side.set("$root", new Map());
          side.get("$root")!.set(fn, func(scope));
        } else {
          const ifaceName = pathName();
          const iface = interfaces.get(ifaceName.split("@")[0]);
          if (!iface) fail(`interface '${ifaceName}' is not defined in this file`);
          if (peek() === ":") fail("inline interfaces are not supported: define the interface and name it");
          expect(";");
          side.set(local(ifaceName), iface!.functions);
        }
      }
      expect("}");
      worlds.set(name, world);
    } else {
      i--;
      fail(`expected 'interface' or 'world', found '${word}'`);
    }
  }
  return { name: packageName, worlds };
}

/** A WIT type written out, records by their structure: two types match when these agree. */
export function typeText(t: WitType | null): string {
  if (t === null) return "";
  switch (t.kind) {
    case "prim":
      return t.name;
    case "list":
      return `list<${typeText(t.element)}>`;
    case "option":
      return `option<${typeText(t.some)}>`;
    case "record":
      return `record { ${t.fields.map((f) => `${f.name}: ${typeText(f.type)}`).join(", ")} }`;
  }
}

export function functionText(f: WitFunction): string {
  return `func(${f.params.map((p) => `${p.name}: ${typeText(p.type)}`).join(", ")})${f.result ? ` -> ${typeText(f.result)}` : ""}`;
}
