// The `component` option: the core module wrapped with its WIT world by the Bytecode
// Alliance's wasm-tools (through jco-transpile), run in a process of its own (wrap.mjs).
import { spawnSync } from "child_process";
import * as path from "path";
import { packageRoot } from "../asc/bridge";

export function wrapComponent(core: Uint8Array, wit: string, world: string): { component: Uint8Array } | { error: string } {
  const script = path.join(packageRoot(), "transformer", "component", "wrap.mjs");
  const run = spawnSync(process.execPath, [script], {
    input: JSON.stringify({ core: Buffer.from(core).toString("base64"), wit, world }),
    encoding: "utf8",
    maxBuffer: 1 << 30,
    cwd: packageRoot(),
  });
  if (run.error) return { error: run.error.message };
  try {
    const answer = JSON.parse(run.stdout) as { component?: string; error?: string };
    if (answer.component) return { component: new Uint8Array(Buffer.from(answer.component, "base64")) };
    return { error: answer.error ?? "no component" };
  } catch {
    return { error: (run.stderr || run.stdout || `exit ${run.status}`).trim().split("\n").slice(-3).join(" | ") };
  }
}
