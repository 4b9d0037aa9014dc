// `ts-wasmexport build FILE -o OUT --watch`: rebuild when a dialect file changes.
//
// It watches the folder of the entry file (and the folders below it), and rebuilds 30 ms after
// the last change to a `.ts` file there, outside node_modules: an editor's save writes a file
// in one or a few events, and tsc's own watcher waits 250 ms. Each rebuild runs in the same
// process, where TypeScript's parsed declarations (program.ts) and asc's worker stay warm
// (after each build, asc starts the next and parses its standard library while it waits);
// it builds at `optimize` 0 unless the command line names a level.
import * as fs from "fs";
import * as path from "path";
import type { CompileRequest, CompileResult } from "../compile";
import { compile, prepareBuild } from "./compile";

const DEBOUNCE_MS = 30;

export interface Watching {
  close(): void;
}

/** Builds now and after every change; `report` gets each result and how long the build took. */
export function watchBuild(request: CompileRequest, report: (result: CompileResult, ms: number) => void): Watching {
  const full: CompileRequest = request.debug ? request : { optimize: 0, ...request };
  const { entry: _, ...options } = full;
  const build = () => {
    const started = Date.now();
    const result = compile(full);
    report(result, Date.now() - started);
    prepareBuild(options);
  };
  const folder = path.dirname(path.resolve(request.entry));
  let timer: ReturnType<typeof setTimeout> | undefined;
  const watcher = fs.watch(folder, { recursive: true }, (_event, name) => {
    const file = String(name ?? "");
    if (!file.endsWith(".ts") || file.split(/[\\/]/).includes("node_modules")) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(build, DEBOUNCE_MS);
  });
  build();
  return {
    close() {
      if (timer) clearTimeout(timer);
      watcher.close();
    },
  };
}
