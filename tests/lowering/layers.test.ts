// The lowering's modules import one way: a module that imports a module that imports it back
// hides which one is the foundation. Imports of types only do not count (they vanish when
// compiled); a frame calls back into the context through a value it is given.
import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";

const DIR = path.join(__dirname, "..", "..", "transformer", "lowering");

/** The modules of the folder that `file` imports values from. */
function valueImports(file: string): string[] {
  const source = ts.createSourceFile(file, fs.readFileSync(path.join(DIR, file), "utf8"), ts.ScriptTarget.ESNext);
  const out: string[] = [];
  for (const s of source.statements) {
    if (!ts.isImportDeclaration(s) || !ts.isStringLiteral(s.moduleSpecifier) || !s.moduleSpecifier.text.startsWith("./")) continue;
    const clause = s.importClause;
    if (clause?.isTypeOnly) continue;
    const bindings = clause?.namedBindings;
    const onlyTypes = !!bindings && ts.isNamedImports(bindings) && !clause!.name && bindings.elements.every((e) => e.isTypeOnly);
    if (!onlyTypes) out.push(`${s.moduleSpecifier.text.slice(2)}.ts`);
  }
  return out;
}

test("no module of transformer/lowering imports, through others, a module that imports it", () => {
  const files = fs.readdirSync(DIR).filter((f) => f.endsWith(".ts"));
  const graph = new Map(files.map((f) => [f, valueImports(f)]));
  const cycles: string[] = [];
  const visit = (f: string, trail: string[]): void => {
    if (trail.includes(f)) {
      cycles.push([...trail.slice(trail.indexOf(f)), f].join(" -> "));
      return;
    }
    for (const g of graph.get(f) ?? []) visit(g, [...trail, f]);
  };
  files.forEach((f) => visit(f, []));
  expect(cycles).toEqual([]);
  // The foundation stays below: the state machine, the view, the printer, the class names and the line pieces import nothing of the folder.
  for (const leaf of ["machine.ts", "view.ts", "print.ts", "classes.ts", "edits.ts", "nodes.ts"]) expect(graph.get(leaf)).toEqual([]);
});
