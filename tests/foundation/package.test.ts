// What `npm pack` puts in the package, and the check of the TypeScript the package runs with.
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";
import transformProgram from "../../transformer/package/transformer";
import { SUPPORTED_TYPESCRIPT, typeScriptProblem } from "../../transformer/package/typescript";
import { REPO } from "./helpers";

const manifest = JSON.parse(fs.readFileSync(path.join(REPO, "package.json"), "utf8"));

/** The files `npm pack` would put in the tarball (without running prepack: dist/ is built by pretest). */
function packedFiles(): string[] {
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const [report] = JSON.parse(execFileSync(npm, ["pack", "--dry-run", "--json", "--ignore-scripts"], { cwd: REPO, encoding: "utf8" }));
  return report.files.map((f: { path: string }) => f.path);
}

describe("the packed package", () => {
  let files: string[];
  beforeAll(() => {
    files = packedFiles();
  });

  test("ships built JavaScript, the LICENSE, and no source maps pointing at sources it does not ship", () => {
    expect(files).toEqual(expect.arrayContaining(["LICENSE", "README.md", "bin/ts-wasmexport.js", "dist/transformer/package/transformer.js", "dist/transformer/package/compile.js", "transformer/asc/worker.mjs", "transformer/asc/thread.mjs", "runtime/dialect.d.ts"]));
    expect(fs.readFileSync(path.join(REPO, "LICENSE"), "utf8")).toMatch(/^\s*Apache License\s+Version 2\.0, January 2004/);
    expect(manifest.license).toBe("Apache-2.0");
    expect(files.filter((f) => f.endsWith(".map"))).toEqual([]);
    const mapped = files.filter((f) => f.endsWith(".js") && fs.readFileSync(path.join(REPO, f), "utf8").includes("sourceMappingURL"));
    expect(mapped).toEqual([]);
    for (const [name, target] of Object.entries<string | { default: string }>(manifest.exports)) {
      const file = (typeof target === "string" ? target : target.default).replace(/^\.\//, "");
      expect([name, files.includes(file)]).toEqual([name, true]);
    }
  });

  test("runs no script when a project installs it", () => {
    for (const hook of ["prepare", "preinstall", "install", "postinstall"]) expect([hook, manifest.scripts[hook]]).toEqual([hook, undefined]);
  });

  test("TypeScript and ts-patch come as peer dependencies in ranges that work (TypeScript 7 has no compiler API)", () => {
    expect(manifest.peerDependencies).toEqual({ typescript: SUPPORTED_TYPESCRIPT, "ts-patch": ">=3.3.0 <4.0.0" });
    expect(manifest.dependencies.typescript).toBeUndefined();
    expect(manifest.devDependencies.typescript).toBe(ts.version);
  });

  test("every relative link in the packed Markdown leads to a packed file", () => {
    const broken: string[] = [];
    for (const doc of files.filter((f) => f.endsWith(".md"))) {
      const text = fs.readFileSync(path.join(REPO, doc), "utf8").replace(/```[\s\S]*?```/g, "").replace(/`[^`\n]*`/g, "");
      for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        if (/^[a-z]+:/.test(target) || target.startsWith("#")) continue;
        const resolved = path.posix.normalize(path.posix.join(path.posix.dirname(doc), target.split("#")[0])).replace(/\/$/, "");
        if (!files.some((f) => f === resolved || f.startsWith(resolved + "/"))) broken.push(`${doc}: ${target}`);
      }
    }
    expect(broken).toEqual([]);
  });
});

describe("an unusable TypeScript", () => {
  test("is one line that names the version to install", () => {
    expect(typeScriptProblem(ts.version)).toBeNull();
    const seven = typeScriptProblem("7.0.2")!;
    expect(seven).toBe("ts-wasmexport needs TypeScript 5.1 or later, before 7 (5.9.3 recommended), but this project has TypeScript 7.0.2, which has no JavaScript compiler API for plugins: install it with `npm install -D typescript@5.9.3`.");
    expect(typeScriptProblem("4.9.5")).toContain("TypeScript 4.9.5, which is too old: install it with `npm install -D typescript@5.9.3`");
    expect(typeScriptProblem("5.0.4")).toContain("TypeScript 5.0.4, which is too old");
    expect(typeScriptProblem("5.1.6")).toBeNull();
    expect(typeScriptProblem("6.0.3")).toBeNull();
    expect(typeScriptProblem(undefined)).toContain("none was found");
    for (const line of [seven, typeScriptProblem("4.9.5")!]) expect(line).not.toContain("\n");
  });

  test("the ts-patch entry reports it as an error tsc prints, and builds nothing", () => {
    const program = ts.createProgram({ rootNames: [], options: { noEmit: true, types: [] } });
    const out = transformProgram(program, undefined, { outFile: "never.wasm" }, { ts: { ...ts, version: "7.0.2" } as typeof ts });
    const text = ts.formatDiagnostics(out.getGlobalDiagnostics(), { getCanonicalFileName: (f) => f, getCurrentDirectory: () => REPO, getNewLine: () => "\n" });
    expect(text).toBe(`error TS99004: ${typeScriptProblem("7.0.2")}\n`);
  });
});
