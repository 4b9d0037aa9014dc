// `ts-wasmexport init [DIR]`: a starter project that builds and runs as it is written.
//
// It writes tsconfig.json (the ts-patch entry and the language-service plugin), src/main.ts
// (one export whose work is done by goroutines), run.mjs (a Node host with no imports to
// offer) and .gitignore, and puts the `build`, `start` and `watch` scripts and the development
// dependencies into package.json, making one when the folder has none. A package.json it makes
// says `"type": "module"`: the bindings the compiler writes (option `bindings`) are ES modules
// in `.js` files, which Node would otherwise load with a warning (MODULE_TYPELESS_PACKAGE_JSON).
// An existing package.json keeps its "type" (it decides how the project's own .js files load).
// It never overwrites a file: when one of the starter's files is already there, it writes nothing.
import * as fs from "fs";
import * as path from "path";
import { installedTypeScript, ownVersion, TESTED_TYPESCRIPT, typeScriptProblem } from "./typescript";

/** The ts-patch the starter names (4.x needs Node 22.15 or later). */
const TESTED_TS_PATCH = "3.3.0";

export const STARTER_FILES: Record<string, string> = {
  "tsconfig.json": `{
  "extends": "ts-wasmexport/tsconfig.base.json",
  "compilerOptions": {
    "plugins": [
      { "transform": "ts-wasmexport/transformer", "transformProgram": true, "outFile": "build/main.wasm" },
      { "name": "ts-wasmexport/language-service" }
    ]
  },
  "include": ["src"]
}
`,
  "src/main.ts": `import { go, Chan, WaitGroup } from "ts-wasmexport";

// Each number is squared by a goroutine of its own; the export adds up what they send.
function square(n: i32, results: Chan<i64>, wg: WaitGroup): void {
  results.send(<i64>n * n);
  wg.done();
}

function closeWhenDone(wg: WaitGroup, results: Chan<i64>): void {
  wg.wait();
  results.close();
}

// @wasmexport sum_of_squares
export function sumOfSquares(n: i32): i64 {
  const results = new Chan<i64>();
  const wg = new WaitGroup();
  wg.add(n);
  for (let i = 1; i <= n; i++) go(square, i, results, wg);
  go(closeWhenDone, wg, results);
  let sum: i64 = 0;
  for (const r of results) sum += r;
  return sum;
}
`,
  "run.mjs": `// Loads the module with no imports and calls its export, as any WebAssembly host would.
import { readFile } from "node:fs/promises";

const bytes = await readFile(new URL("./build/main.wasm", import.meta.url));
const { instance } = await WebAssembly.instantiate(bytes, {});
const { sum_of_squares } = instance.exports;
console.log(\`sum_of_squares(10) = \${sum_of_squares(10)}\`);
`,
};

const SCRIPTS: Record<string, string> = {
  // npm runs prebuild before build: a TypeScript the compiler cannot use (7 has no compiler API)
  // is then one line, where tspc would stop with a stack trace of its own.
  prebuild: "ts-wasmexport check",
  build: "tspc -p .",
  start: "npm run build && node run.mjs",
  // The CLI's watcher, with the plugin entry's options: it rebuilds 30 ms after a change, where
  // tspc --watch waits tsc's 250 ms first.
  watch: "ts-wasmexport build -p . --watch",
};

export interface InitResult {
  /** Paths written or changed, relative to the folder. */
  written: string[];
  /** What the user should know: scripts left as they were, dependencies still to install. */
  notes: string[];
  /** Why nothing was written, or null. */
  error: string | null;
}

export function init(dir: string): InitResult {
  const existing = Object.keys(STARTER_FILES).filter((name) => fs.existsSync(path.join(dir, name)));
  if (existing.length > 0) {
    return { written: [], notes: [], error: `${existing.join(", ")} already ${existing.length === 1 ? "exists" : "exist"} in ${dir}; nothing was written.` };
  }
  const written: string[] = [];
  const notes: string[] = [];
  for (const [name, text] of Object.entries(STARTER_FILES)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
    written.push(name);
  }
  if (!fs.existsSync(path.join(dir, ".gitignore"))) {
    fs.writeFileSync(path.join(dir, ".gitignore"), "node_modules/\nbuild/\n");
    written.push(".gitignore");
  }
  const manifestPath = path.join(dir, "package.json");
  const hadManifest = fs.existsSync(manifestPath);
  const manifest = hadManifest ? JSON.parse(fs.readFileSync(manifestPath, "utf8")) : { name: packageName(dir), version: "0.1.0", private: true, type: "module" };
  if (hadManifest && manifest.type !== "module") {
    const says = manifest.type === undefined ? `has no "type"` : `says "type": ${JSON.stringify(manifest.type)}`;
    notes.push(`package.json ${says}, which the starter does not need; but if you add the option 'bindings' (typed JavaScript bindings), its ES module loads from a .js file only under "type": "module", so set that or name the bindings .mjs`);
  }
  manifest.scripts ??= {};
  for (const [name, command] of Object.entries(SCRIPTS)) {
    if (manifest.scripts[name] === undefined) manifest.scripts[name] = command;
    else if (manifest.scripts[name] !== command) notes.push(`package.json already has a '${name}' script; the starter's would be: ${command}`);
  }
  // A TypeScript or ts-patch already installed (npm brings the highest the peer ranges allow)
  // is pinned as it is when the compiler can run with it: the manifest then says what runs.
  const usable = (name: string, check: (v: string) => boolean) => {
    const version = installedVersion(dir, name);
    return version !== undefined && check(version) ? version : undefined;
  };
  const wanted: Record<string, string> = {
    "ts-wasmexport": ownVersion(),
    "ts-patch": usable("ts-patch", (v) => v.startsWith("3.")) ?? TESTED_TS_PATCH,
    typescript: usable("typescript", (v) => typeScriptProblem(v) === null) ?? TESTED_TYPESCRIPT,
  };
  const added: string[] = [];
  for (const [name, version] of Object.entries(wanted)) {
    if (manifest.dependencies?.[name] !== undefined || manifest.devDependencies?.[name] !== undefined) continue;
    manifest.devDependencies ??= {};
    manifest.devDependencies[name] = version;
    if (!fs.existsSync(path.join(dir, "node_modules", name, "package.json"))) added.push(name);
  }
  fs.writeFileSync(manifestPath, JSON.stringify(manifest, null, 2) + "\n");
  written.push("package.json");
  if (added.length > 0) notes.push(`run \`npm install\` to install ${added.join(", ")}`);
  const typeScript = fs.existsSync(path.join(dir, "node_modules", "typescript")) ? typeScriptProblem(installedTypeScript(dir)) : null;
  if (typeScript) notes.push(typeScript.replace(/\.$/, ""));
  return { written, notes, error: null };
}

/** The version of package `name` installed in the project at `dir`, if any. */
function installedVersion(dir: string, name: string): string | undefined {
  try {
    return (JSON.parse(fs.readFileSync(path.join(dir, "node_modules", name, "package.json"), "utf8")) as { version?: string }).version;
  } catch {
    return undefined;
  }
}

/** A package name npm accepts, from the folder's name. */
function packageName(dir: string): string {
  const name = path.basename(path.resolve(dir)).toLowerCase().replace(/[^a-z0-9._-]+/g, "-").replace(/^[._-]+/, "");
  return name || "wasm-module";
}
