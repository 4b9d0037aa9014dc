// What the lowering makes of a handful of programs, checked in as baselines (TypeScript's own
// emit tests are the model): a change to the lowering shows as a diff of these files, to be
// read in review. Behaviour is tested elsewhere; these show the shape of the output.
//
// To accept a change: UPDATE_BASELINES=1 npx jest tests/lowering/baselines.test.ts (or
// `npm run baselines`), then read `git diff tests/lowering/baselines`.
import * as fs from "fs";
import * as path from "path";
import { compile } from "../../transformer/compile";

const UPDATE = !!process.env.UPDATE_BASELINES;
const HERE = path.join(__dirname, "baselines");
const CONFORMANCE = path.join(__dirname, "..", "conformance");

/** Program (relative to tests/conformance) and the baseline it is compared with. */
const PROGRAMS: [string, string][] = [
  ["programs/pingpong.ts", "pingpong.as.ts"],
  ["programs/selectloop.ts", "selectloop.as.ts"],
  ["programs/closures.ts", "closures.as.ts"],
  ["programs/methods.ts", "methods.as.ts"],
  ["versus-go/deferpanic.ts", "deferpanic.as.ts"],
  ["versus-go/positions.ts", "positions.as.ts"],
];

test.each(PROGRAMS)("the lowering of %s matches its baseline %s", (program, baseline) => {
  const entry = path.join(CONFORMANCE, program);
  const result = compile({ entry, wasi: true });
  if (!result.binary) throw new Error(result.errorText);
  const lowered = result.assemblyScript[`src/${path.basename(program)}`];
  expect(lowered).toBeDefined();
  const file = path.join(HERE, baseline);
  if (UPDATE || !fs.existsSync(file)) {
    if (!UPDATE) throw new Error(`no baseline ${baseline}: run with UPDATE_BASELINES=1 to write it`);
    fs.writeFileSync(file, lowered);
  }
  expect(lowered).toBe(fs.readFileSync(file, "utf8"));
});
