// How the conformance suites build and instantiate a program: the real pipeline, then the
// module called as a host calls it, with an empty import object unless the program declares
// imports, and `_initialize` first.
import * as path from "path";
import { compile } from "../../transformer/compile";

export type Exports = Record<string, any> & { memory: WebAssembly.Memory };

/**
 * A program of programs/, or an example's source (`examples/NAME`), built with `options` and
 * instantiated with `imports`. With no imports given, the module must import nothing.
 */
export function load(name: string, options: Record<string, unknown> = {}, imports?: WebAssembly.Imports): Exports {
  const entry = name.startsWith("examples/") ? path.join(__dirname, "..", "..", name, "src", "main.ts") : path.join(__dirname, "programs", `${name}.ts`);
  const result = compile({ entry, ...options });
  if (!result.binary) throw new Error(result.errorText);
  const module = new WebAssembly.Module(result.binary);
  if (!imports) expect(WebAssembly.Module.imports(module)).toEqual([]);
  const exports = new WebAssembly.Instance(module, imports ?? {}).exports as Exports;
  exports._initialize();
  return exports;
}
