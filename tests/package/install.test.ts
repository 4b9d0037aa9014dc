// The package as a user gets it: `npm pack`, installed from the registry into an empty folder,
// then the starter (`init`, `npm run build`, `npm start`), the editor (tsserver and the
// language-service plugin), and TypeScript 7 refused in one line.
//
// One `npm install` serves every check. It is kept under .cache/package/<hash of the tarball>
// and reused while the packed files do not change. Without the registry the checks are skipped
// and say so.
import { execFileSync, spawnSync } from "child_process";
import { createHash } from "crypto";
import * as fs from "fs";
import * as path from "path";
import { REPO, tempDir } from "../foundation/helpers";
import { TsServer } from "../foundation/tsserver";

const NPM = process.platform === "win32" ? "npm.cmd" : "npm";
const CACHE = path.join(REPO, ".cache", "package");
/** Installed beside the package under another name, for the check that refuses it. */
const TYPESCRIPT_7 = "typescript7@npm:typescript@7.0.2";
/** What the install asks npm for besides the tarball: an AssemblyScript library, and TypeScript 7. */
const ALSO_INSTALLED = ["assemblyscript-json@1.1.0", TYPESCRIPT_7];

let installed = "";
let skipped = "";

function npm(cwd: string, ...args: string[]) {
  const result = spawnSync(NPM, args, { cwd, encoding: "utf8", env: { ...process.env, npm_config_audit: "false", npm_config_fund: "false", npm_config_update_notifier: "false" } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function registryReachable(): boolean {
  return npm(REPO, "ping", "--fetch-timeout=15000", "--fetch-retries=0").status === 0;
}

beforeAll(() => {
  const packed = tempDir("wx-pack-");
  execFileSync(NPM, ["pack", "--ignore-scripts", "--pack-destination", packed], { cwd: REPO, stdio: "ignore" });
  const tarball = path.join(packed, fs.readdirSync(packed).find((f) => f.endsWith(".tgz"))!);
  const hash = createHash("sha256").update(fs.readFileSync(tarball)).update(ALSO_INSTALLED.join(" ")).digest("hex").slice(0, 16);
  installed = path.join(CACHE, hash);
  if (fs.existsSync(path.join(installed, "installed"))) return;
  if (!registryReachable()) {
    skipped = "the npm registry is unreachable, so the package cannot be installed";
    return;
  }
  fs.rmSync(CACHE, { recursive: true, force: true });
  fs.mkdirSync(installed, { recursive: true });
  fs.copyFileSync(tarball, path.join(installed, "ts-wasmexport.tgz"));
  // A package.json of its own, as `npm init -y` writes: without one, npm would install into
  // the nearest folder above that has one, this repository.
  fs.writeFileSync(path.join(installed, "package.json"), JSON.stringify({ name: "wx-user-project", version: "1.0.0", private: true }, null, 2));
  const result = npm(installed, "install", "-D", "./ts-wasmexport.tgz", ...ALSO_INSTALLED);
  if (result.status !== 0) throw new Error(`npm install failed:\n${result.stdout}${result.stderr}`);
  fs.writeFileSync(path.join(installed, "install.log"), result.stdout + result.stderr);
  fs.writeFileSync(path.join(installed, "installed"), "");
}, 600_000);

/** A fresh project over the one install: its package.json, and node_modules linked to the install's. */
function project(): string {
  const dir = tempDir("wx-user-");
  fs.copyFileSync(path.join(installed, "package.json"), path.join(dir, "package.json"));
  fs.symlinkSync(path.join(installed, "node_modules"), path.join(dir, "node_modules"), "dir");
  return dir;
}

function skip(): boolean {
  if (skipped) console.warn(`Skipped: ${skipped}.`);
  return skipped !== "";
}

// npm installs the highest TypeScript the peer range allows, 6.x: the tests below (the starter,
// a library from npm, tsserver) run on it, and the rest of the suite on the repository's 5.9.3.
test("the install brings TypeScript 6 and ts-patch 3 as peers, and runs no script of the package", () => {
  if (skip()) return;
  const version = (name: string) => JSON.parse(fs.readFileSync(path.join(installed, "node_modules", name, "package.json"), "utf8")).version;
  expect(version("typescript")).toMatch(/^6\./);
  expect(version("ts-patch")).toMatch(/^3\./);
  expect(fs.existsSync(path.join(installed, "node_modules", "ts-wasmexport", "dist", "transformer", "package", "transformer.js"))).toBe(true);
  expect(fs.existsSync(path.join(installed, "node_modules", "ts-wasmexport", "LICENSE"))).toBe(true);
  // npm names each package whose install scripts it ran or held back (`prepare: …`).
  expect(fs.readFileSync(path.join(installed, "install.log"), "utf8")).not.toContain("ts-wasmexport@");
});

test("init, npm run build and npm start work as written", () => {
  if (skip()) return;
  const dir = project();
  const init = spawnSync(NPM, ["exec", "--", "ts-wasmexport", "init"], { cwd: dir, encoding: "utf8" });
  expect(init.stderr).toBe("");
  expect(init.stdout).toContain("Next: npm start");
  const start = npm(dir, "start");
  expect(start.stderr).toBe("");
  expect(start.status).toBe(0);
  expect(start.stdout).toContain("> ts-wasmexport check");
  expect(start.stdout).toContain("> tspc -p .");
  expect(start.stdout.trim().split("\n").pop()).toBe("sum_of_squares(10) = 385");
  expect(fs.existsSync(path.join(dir, "build", "main.wasm"))).toBe(true);
  expect(fs.existsSync(path.join(dir, "src", "main.js"))).toBe(false);
});

test("the CLI and compile() build the starter on the TypeScript the install brought", () => {
  if (skip()) return;
  const dir = project();
  expect(spawnSync(NPM, ["exec", "--", "ts-wasmexport", "init"], { cwd: dir, encoding: "utf8" }).status).toBe(0);
  const cli = spawnSync(NPM, ["exec", "--", "ts-wasmexport", "build", "src/main.ts", "-o", "cli.wasm"], { cwd: dir, encoding: "utf8" });
  expect([cli.status, cli.stderr]).toEqual([0, ""]);
  // What the starter's watch script builds: the tsconfig's plugin entry, by the CLI.
  const byProject = spawnSync(NPM, ["exec", "--", "ts-wasmexport", "build", "-p", "."], { cwd: dir, encoding: "utf8" });
  expect([byProject.status, byProject.stderr, byProject.stdout]).toEqual([0, "", expect.stringMatching(/^build\/main\.wasm: \d+ bytes\n$/)]);
  const script = `const r = require("ts-wasmexport/compile").compile({ entry: "src/main.ts" }); process.stdout.write(r.errorText || String(r.binary.length));`;
  const api = spawnSync(process.execPath, ["-e", script], { cwd: dir, encoding: "utf8" });
  expect(api.stdout).toMatch(/^\d+$/);
  expect(fs.statSync(path.join(dir, "cli.wasm")).size).toBeGreaterThan(0);
});

test("npm run build builds a program that uses an AssemblyScript library from npm", () => {
  if (skip()) return;
  const dir = project();
  expect(spawnSync(NPM, ["exec", "--", "ts-wasmexport", "init"], { cwd: dir, encoding: "utf8" }).status).toBe(0);
  fs.writeFileSync(path.join(dir, "src", "config.ts"), `import { JSON } from "assemblyscript-json/assembly";

// @wasmexport port_of
export function portOf(base: i32): i64 {
  const config = <JSON.Obj>JSON.parse(\`{"port": \${base + 80}}\`);
  const port = config.getInteger("port");
  return port ? port.valueOf() : -1;
}
`);
  const build = npm(dir, "run", "build");
  expect(build.stderr).toBe("");
  expect(build.status).toBe(0);
  const { exports } = new WebAssembly.Instance(new WebAssembly.Module(fs.readFileSync(path.join(dir, "build", "main.wasm"))), {});
  expect((exports.port_of as (base: number) => bigint)(8000)).toBe(8080n);
  expect((exports.sum_of_squares as (n: number) => bigint)(3)).toBe(14n);
});

test("tsserver shows TS99101 through the installed language-service plugin", async () => {
  if (skip()) return;
  const dir = project();
  expect(spawnSync(NPM, ["exec", "--", "ts-wasmexport", "init"], { cwd: dir, encoding: "utf8" }).status).toBe(0);
  const file = path.join(dir, "src", "main.ts");
  const text = fs.readFileSync(file, "utf8").replace("go(square, i, results, wg);", "{ [i].forEach(square); go(square, i, results, wg); }");
  const server = new TsServer(path.join(dir, "node_modules", "typescript", "lib", "tsserver.js"), dir);
  try {
    const found = await server.semanticDiagnostics(file, text);
    expect(found.map((d) => `TS${d.code}: ${d.text}`)).toEqual(expect.arrayContaining([expect.stringMatching(/^TS99101: 'square' blocks, so it cannot be used as a value/)]));
  } finally {
    server.close();
  }
});

test("TypeScript 7 is refused in one line by the CLI and compile()", () => {
  if (skip()) return;
  // The layout `npm install -D ts-wasmexport typescript` makes today: TypeScript 7 beside the package.
  const dir = tempDir("wx-ts7-");
  fs.mkdirSync(path.join(dir, "node_modules"));
  fs.cpSync(path.join(installed, "node_modules", "ts-wasmexport"), path.join(dir, "node_modules", "ts-wasmexport"), { recursive: true });
  fs.symlinkSync(path.join(installed, "node_modules", "typescript7"), path.join(dir, "node_modules", "typescript"), "dir");
  fs.writeFileSync(path.join(dir, "main.ts"), "// @wasmexport one\nexport function one(): i32 { return 1; }\n");
  const line = "error TS99004: ts-wasmexport needs TypeScript 5.1 or later, before 7 (5.9.3 recommended), but this project has TypeScript 7.0.2, which has no JavaScript compiler API for plugins: install it with `npm install -D typescript@5.9.3`.\n";

  const cli = spawnSync(process.execPath, [path.join(dir, "node_modules", "ts-wasmexport", "bin", "ts-wasmexport.js"), "build", "main.ts", "-o", "main.wasm"], { cwd: dir, encoding: "utf8" });
  expect(cli.stderr).toBe(line);
  expect(cli.status).toBe(1);
  // The starter's watch script reads the tsconfig with TypeScript's API: refused before it.
  fs.writeFileSync(path.join(dir, "tsconfig.json"), JSON.stringify({ compilerOptions: { plugins: [{ transform: "ts-wasmexport/transformer", outFile: "main.wasm" }] } }));
  const project = spawnSync(process.execPath, [path.join(dir, "node_modules", "ts-wasmexport", "bin", "ts-wasmexport.js"), "build", "-p", "."], { cwd: dir, encoding: "utf8" });
  expect([project.status, project.stderr]).toEqual([1, line]);
  const api = spawnSync(process.execPath, ["-e", `process.stdout.write(require("ts-wasmexport/compile").compile({ entry: "main.ts" }).errorText)`], { cwd: dir, encoding: "utf8" });
  expect(api.stderr).toBe("");
  expect(api.stdout).toBe(line);
  // The starter's prebuild, which runs before tspc (whose own failure under 7 is a stack trace).
  const check = spawnSync(process.execPath, [path.join(dir, "node_modules", "ts-wasmexport", "bin", "ts-wasmexport.js"), "check"], { cwd: dir, encoding: "utf8" });
  expect(check.stderr).toBe(line);
  expect(check.status).toBe(1);
});
