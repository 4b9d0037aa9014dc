// AssemblyScript libraries installed from npm: packages a dialect file imports by name.
//
// asc looks a package import up the way Node does, in the `node_modules` folders above the
// importing file: `import { JSON } from "json-as"` reads `node_modules/json-as/index.ts`, and
// `"assemblyscript-json/assembly"` reads `…/assembly.ts` or `…/assembly/index.ts`. asc's tree
// here is virtual (bridge.ts), so the build names the packages the program imports, and the
// packages they depend on, with the folder each is installed in; the worker reads a library's
// files from there when asc asks for `node_modules/NAME/…`. A package without `index.ts`
// whose package.json names an AssemblyScript entry (`ascMain`, or `types` when that is a `.ts`
// source) gets an `index.ts` that re-exports it, so that a bare `import … from "NAME"` works
// as it does for tsc.
import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";

export interface Library {
  /** The folder the package is installed in. */
  dir: string;
  /** The module a bare import of the package means, relative to `dir`, without `.ts`; null when `index.ts` is there. */
  entry: string | null;
  version: string;
}

/** The packages the program's files import by name, and theirs, by package name. */
export function librariesOf(files: readonly ts.SourceFile[]): Record<string, Library> {
  const found: Record<string, Library> = {};
  const visit = (name: string, from: string) => {
    if (name === "ts-wasmexport" || found[name]) return;
    const dir = packageFolder(name, from);
    if (!dir) return; // asc will say that it cannot find the file, at the import
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8"));
    found[name] = { dir, entry: entryOf(dir, manifest), version: String(manifest.version ?? "") };
    for (const dependency of Object.keys(manifest.dependencies ?? {})) visit(dependency, dir);
  };
  for (const file of files) {
    for (const specifier of importedModules(file)) {
      if (specifier.startsWith(".") || path.isAbsolute(specifier)) continue;
      visit(packageName(specifier), path.dirname(file.fileName));
    }
  }
  return found;
}

function importedModules(file: ts.SourceFile): string[] {
  const names: string[] = [];
  for (const statement of file.statements) {
    if ((ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)) && statement.moduleSpecifier && ts.isStringLiteral(statement.moduleSpecifier)) {
      names.push(statement.moduleSpecifier.text);
    }
  }
  return names;
}

/** `@scope/name/sub` → `@scope/name`, `name/sub` → `name`. */
function packageName(specifier: string): string {
  const parts = specifier.split("/");
  return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0];
}

/** The package's folder in the nearest `node_modules` above `from`, as Node and asc look it up. */
function packageFolder(name: string, from: string): string | null {
  for (let dir = path.resolve(from); ; dir = path.dirname(dir)) {
    if (path.basename(dir) !== "node_modules") {
      const candidate = path.join(dir, "node_modules", name);
      if (fs.existsSync(path.join(candidate, "package.json"))) return fs.realpathSync(candidate);
    }
    if (path.dirname(dir) === dir) return null;
  }
}

function entryOf(dir: string, manifest: { ascMain?: unknown; types?: unknown }): string | null {
  if (fs.existsSync(path.join(dir, "index.ts"))) return null;
  for (const field of [manifest.ascMain, manifest.types]) {
    if (typeof field === "string" && field.endsWith(".ts") && !field.endsWith(".d.ts")) {
      return path.posix.normalize(field.replace(/\\/g, "/")).replace(/^\.\//, "").replace(/\.ts$/, "");
    }
  }
  return null;
}
