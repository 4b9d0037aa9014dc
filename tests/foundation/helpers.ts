// Building small dialect programs from text and calling them as a host with no imports would.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { compile, CompileRequest, CompileResult } from "../../transformer/compile";

export const REPO = path.resolve(__dirname, "..", "..");

export function tempDir(prefix = "wx-"): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Writes `files` (name -> text) into a fresh folder; the first one is the entry. */
export function writeFiles(files: Record<string, string>): { dir: string; entry: string } {
  const dir = tempDir();
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return { dir, entry: path.join(dir, Object.keys(files)[0]) };
}

export function build(files: Record<string, string> | string, options: Partial<CompileRequest> = {}): CompileResult & { entry: string } {
  const { entry } = writeFiles(typeof files === "string" ? { "main.ts": files } : files);
  return { ...compile({ entry, ...options }), entry };
}

/** Builds and fails the test with tsc-style errors if the build fails. */
export function buildOk(files: Record<string, string> | string, options: Partial<CompileRequest> = {}): Uint8Array {
  const result = build(files, options);
  if (!result.binary) throw new Error("build failed:\n" + result.errorText);
  return result.binary;
}

export type Exports = Record<string, any>;

export function instantiate(binary: Uint8Array, imports: WebAssembly.Imports = {}): Exports {
  return new WebAssembly.Instance(new WebAssembly.Module(binary), imports).exports as Exports;
}

/** The panic message, read from linear memory through the module's own accessors. */
export function panicMessage(exports: Exports): string {
  const ptr = exports.wasmexport_panic_ptr() >>> 0;
  const len = exports.wasmexport_panic_len();
  return Buffer.from(new Uint8Array((exports.memory as WebAssembly.Memory).buffer, ptr, len)).toString("utf8");
}

/** "file(line,col): error TSnnnnn" prefixes of every diagnostic, file names without folders. */
export function locations(result: CompileResult): string[] {
  return result.diagnostics.map((d) => {
    if (!d.file || d.start === undefined) return `error TS${d.code}`;
    const { line, character } = d.file.getLineAndCharacterOfPosition(d.start);
    return `${path.basename(d.file.fileName)}(${line + 1},${character + 1}): error TS${d.code}`;
  });
}
