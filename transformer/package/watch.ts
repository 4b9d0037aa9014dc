// `ts-wasmexport build FILE -o OUT --watch`: rebuild when a dialect file changes.
//
// It watches the folder of the entry file (of all the entry files, with -p: the folder that
// holds them) and the folders below it, and rebuilds 30 ms after the last change to a `.ts`
// file there, outside node_modules: an editor's save writes a file in one or a few events,
// and tsc's own watcher waits 250 ms. Each rebuild runs in the same
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
  let timer: ReturnType<typeof setTimeout> | undefined;
  const watchers = watchFolders(watchedFolder(request.entry), () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(build, DEBOUNCE_MS);
  });
  build();
  return {
    close() {
      if (timer) clearTimeout(timer);
      watchers.close();
    },
  };
}

/** The folder a watch of `entry` watches: the entry file's, or the one that holds all the entry files. */
export function watchedFolder(entry: string | readonly string[]): string {
  const folders = (typeof entry === "string" ? [entry] : entry).map((e) => path.dirname(path.resolve(e)));
  return folders.reduce((common, folder) => {
    while (path.relative(common, folder).startsWith("..")) common = path.dirname(common);
    return common;
  }, folders[0] ?? process.cwd());
}

/**
 * Calls `changed` when a `.ts` file in `root` or a folder below it (outside node_modules) is
 * written, made, removed or renamed. Each folder has a watch of its own, on the folder, not on
 * its files: an editor that saves by writing a new file and renaming it over the old one (vim,
 * "safe write", `sed -i`) replaces the file, and a watch on the old file would hear nothing more
 * (Node 20's recursive fs.watch on Linux watches files, and goes deaf so). A folder made later
 * is watched from its first event on.
 */
function watchFolders(root: string, changed: () => void): Watching {
  const watched = new Map<string, fs.FSWatcher>();
  const add = (folder: string) => {
    if (watched.has(folder) || path.basename(folder) === "node_modules") return;
    let watcher: fs.FSWatcher;
    try {
      watcher = fs.watch(folder, (event, name) => {
        const file = String(name ?? "");
        if (event === "rename") scan(path.join(folder, file));
        if (file.endsWith(".ts")) changed();
      });
    } catch {
      return; // gone already
    }
    watcher.on("error", () => {
      watcher.close();
      watched.delete(folder);
    });
    watched.set(folder, watcher);
    for (const entry of subfolders(folder)) add(entry);
  };
  const scan = (name: string) => {
    if (fs.statSync(name, { throwIfNoEntry: false })?.isDirectory()) add(name);
  };
  add(root);
  return {
    close() {
      for (const w of watched.values()) w.close();
      watched.clear();
    },
  };
}

/** The folders in `folder` (none when it is gone). */
function subfolders(folder: string): string[] {
  try {
    return fs.readdirSync(folder, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => path.join(folder, e.name));
  } catch {
    return [];
  }
}
