// The code in docs/abi.md and docs/hosts.md that a user would paste runs, as it stands there:
// each block marked `<!-- checked: NAME -->` is written to a folder as NAME and run by its host.
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { compile } from "../../transformer/compile";
import { CACHE, describeHost, REPO, wasmtimeHost } from "../hosts/hosts";

function checkedBlocks(doc: string): Record<string, string> {
  const text = fs.readFileSync(path.join(REPO, "docs", doc), "utf8");
  const blocks: Record<string, string> = {};
  for (const m of text.matchAll(/<!-- checked: (\S+) -->\n```\w+\n([\s\S]*?)```/g)) blocks[m[1]] = m[2];
  return blocks;
}

/** A folder inside the repository, so that a snippet's imports of the package's dependencies resolve. */
const DIR = path.join(CACHE, "docs");
const GREETING = "Hello, Countess Ada (en, fr)";

function buildTo(source: string, name: string, options: Record<string, unknown>): void {
  fs.mkdirSync(path.join(DIR, "src"), { recursive: true });
  // As in a project `ts-wasmexport init` made: the bindings and jco's output are ES modules in .js files.
  fs.writeFileSync(path.join(DIR, "package.json"), JSON.stringify({ private: true, type: "module" }));
  const entry = path.join(DIR, "src", `${name}.ts`);
  fs.writeFileSync(entry, source);
  const result = compile({ entry, ...options });
  if (!result.binary) throw new Error(result.errorText);
}

/** A snippet's output; it must exit 0 and print nothing on stderr (Node's warnings included). */
function run(command: string, args: string[]): string {
  const result = spawnSync(command, args, { cwd: DIR, encoding: "utf8" });
  if (result.status !== 0 || result.stderr !== "") throw new Error(`${args.join(" ")} exited ${result.status}:\n${result.stderr}`);
  return result.stdout;
}

describe("docs/abi.md", () => {
  test("the greet example, called with no bindings from Node", () => {
    const blocks = checkedBlocks("abi.md");
    buildTo(blocks["greet.ts"], "greet", { outFile: path.join(DIR, "build", "greet.wasm") });
    fs.writeFileSync(path.join(DIR, "greet-raw.mjs"), blocks["greet-raw.mjs"]);
    expect(run(process.execPath, ["greet-raw.mjs"])).toBe("Hello, wörld!\n");
  });

  test("a number that may be absent, as an option of a record, through the bindings; its world as the text says", () => {
    const blocks = checkedBlocks("abi.md");
    const wit = path.join(DIR, "build", "counter.wit");
    buildTo(blocks["counter.ts"], "counter", { outFile: path.join(DIR, "build", "counter.wasm"), bindings: path.join(DIR, "build", "counter.js"), emitWit: wit });
    fs.writeFileSync(path.join(DIR, "counter.mjs"), blocks["counter.mjs"]);
    expect(run(process.execPath, ["counter.mjs"])).toBe("1 42\n");
    const world = fs.readFileSync(wit, "utf8");
    expect(world).toContain("record count {\n    value: s32,\n  }");
    expect(world).toContain("export next: func(last: option<count>) -> count;");
  });
});

describe("docs/hosts.md", () => {
  const blocks = checkedBlocks("hosts.md");
  beforeAll(() => {
    buildTo(blocks["hosts.ts"], "greeter", { outFile: path.join(DIR, "build", "greeter.wasm"), bindings: path.join(DIR, "build", "greeter.js") });
    buildTo(blocks["hosts.ts"], "greeter", { outFile: path.join(DIR, "build", "greeter.component.wasm"), component: true });
  });

  test("JavaScript bindings", () => {
    fs.writeFileSync(path.join(DIR, "bindings.mjs"), blocks["bindings.mjs"]);
    expect(run(process.execPath, ["bindings.mjs"])).toBe(`log: ${GREETING}\n${GREETING}\nTypeError greet: missing field 'languages'\n`);
  });

  test("the component through jco", () => {
    fs.writeFileSync(path.join(DIR, "jco.mjs"), blocks["jco.mjs"]);
    expect(run(process.execPath, ["jco.mjs"])).toBe(`log: ${GREETING}\n${GREETING}\n`);
  });

  describeHost("wasmtime (Python)", wasmtimeHost(), ({ python }) => {
    test("the component in wasmtime's component API", () => {
      fs.writeFileSync(path.join(DIR, "component.py"), blocks["component.py"]);
      expect(run(python, ["component.py"])).toBe(`log: ${GREETING}\n${GREETING}\n`);
    });
  });
});
