// Wraps a core module as a component (option `component`), in a Node process of its own:
// jco-transpile's wasm-tools are an ES module with an async API, and the compiler runs
// synchronously (component.ts waits for this process). Reads { core, wit, world } as JSON on
// standard input (core in base64), writes { component } (base64) or { error } on standard output.
import { componentEmbed, componentNew } from "@bytecodealliance/jco-transpile/wasm-tools";

let input = "";
process.stdin.setEncoding("utf8");
for await (const chunk of process.stdin) input += chunk;
let answer;
try {
  const { core, wit, world } = JSON.parse(input);
  // The world's metadata goes into a custom section of the core module; componentNew reads it
  // back and wraps the module with the canonical ABI's adapters (UTF-8 strings).
  const embedded = await componentEmbed({ binary: Buffer.from(core, "base64"), witSource: wit, world, stringEncoding: "utf8" });
  const component = await componentNew(embedded);
  answer = { component: Buffer.from(component).toString("base64") };
} catch (err) {
  answer = { error: String(err && err.message ? err.message : err) };
}
process.stdout.write(JSON.stringify(answer));
