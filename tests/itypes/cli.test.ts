// The interface-type spellings (docs/abi.md, docs/dialect.md) on the command line and in the options: --bindings, --emit-wit,
// --component, --wit, --world.
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { readOptions } from "../../transformer/options";
import { REPO, writeFiles } from "../foundation/helpers";

const BIN = path.join(REPO, "bin", "ts-wasmexport.js");
const cli = (cwd: string, ...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: "utf8" });

const SOURCE = `// @wasmexport greet\nexport function greet(name: string): string { return "Hi " + name; }\n`;

test("--bindings FILE.js --emit-wit FILE write the bindings, their .d.ts and the world beside the module", () => {
  const { dir } = writeFiles({ "main.ts": SOURCE });
  const result = cli(dir, "build", "main.ts", "-o", "out/main.wasm", "--bindings", "out/main.js", "--emit-wit", "out/main.wit");
  expect(result.stderr).toBe("");
  expect(result.status).toBe(0);
  expect(fs.readFileSync(path.join(dir, "out", "main.js"), "utf8")).toContain("export async function instantiate(module, imports = {})");
  expect(fs.readFileSync(path.join(dir, "out", "main.d.ts"), "utf8")).toContain(`"greet": (name: string) => string;`);
  expect(fs.readFileSync(path.join(dir, "out", "main.wit"), "utf8")).toContain("export greet: func(name: string) -> string;");
});

test("--component --wit FILE --world NAME write a component of that world; a mismatch fails the build", () => {
  const { dir } = writeFiles({
    "main.ts": SOURCE,
    "w.wit": "package my:app;\n\nworld one {\n  export greet: func(name: string) -> string;\n}\n\nworld two {\n  export greet: func(name: string) -> u32;\n}\n",
  });
  const ok = cli(dir, "build", "main.ts", "-o", "c.wasm", "--component", "--wit", "w.wit", "--world", "one");
  expect(ok.stderr).toBe("");
  expect([...fs.readFileSync(path.join(dir, "c.wasm")).subarray(4, 8)]).toEqual([0x0d, 0x00, 0x01, 0x00]);
  const bad = cli(dir, "build", "main.ts", "-o", "d.wasm", "--wit", "w.wit", "--world", "two");
  expect(bad.status).toBe(1);
  expect(bad.stderr).toBe("main.ts(1,1): error TS99060: 'greet' is func(name: string) -> u32 in the world 'two', and func(name: string) -> string here.\n");
});

test("the options: spellings, and the combinations that make no sense", () => {
  const { options, problems } = readOptions({ bindings: "b.js", emitWit: "w.wit", component: false, wit: "x.wit", world: "my-world" });
  expect(problems).toEqual([]);
  expect(options).toMatchObject({ bindings: "b.js", emitWit: "w.wit", component: false, wit: "x.wit", world: "my-world" });
  expect(readOptions({ world: "w" }).problems.map((p) => p.message)).toEqual(["Option 'world' names a world of the 'wit' file: set 'wit' too."]);
  expect(readOptions({ component: true, bindings: "b.js" }).problems.map((p) => p.option)).toEqual(["bindings"]);
  expect(readOptions({ component: "yes" }).problems.map((p) => p.message)).toEqual([`Option 'component' must be true or false; got "yes".`]);
});
