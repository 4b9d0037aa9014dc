// The README's example builds and does what the README says.
import * as fs from "fs";
import * as path from "path";
import { build, instantiate, REPO } from "./helpers";

test("README example: sum_of_squares(10) is 385", () => {
  const readme = fs.readFileSync(path.join(REPO, "README.md"), "utf8");
  const source = /```ts\n([\s\S]*?)```/.exec(readme)![1];
  const result = build({ "src/main.ts": source });
  expect(result.errorText).toBe("");
  const e = instantiate(result.binary!);
  expect(e.sum_of_squares(10)).toBe(385n);
  expect(e.sum_of_squares(1000)).toBe(333833500n); // more goroutines than any buffer

});
