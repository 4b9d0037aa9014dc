// core/words.ts, the runtime's panic messages as ASCII bytes, is made by scripts/words.js: it
// must be what the script makes now, and each word must read back as its text.
import * as fs from "fs";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { GROUPS, source, file } = require("../../scripts/words");

test("core/words.ts is what scripts/words.js makes (node scripts/words.js writes it)", () => {
  expect(fs.readFileSync(file, "utf8")).toBe(source());
});

test("each word reads back from its group's bytes as its text", () => {
  const text = fs.readFileSync(file, "utf8");
  for (const [group, words] of Object.entries(GROUPS) as [string, [string, string][]][]) {
    const block = new RegExp(`@lazy const ${group} = memory\\.data<u8>\\(\\[([^\\]]*)\\]\\);`).exec(text);
    expect(block).not.toBeNull();
    const bytes = block![1].split(",").map((b) => b.trim()).filter(Boolean).map(Number);
    for (const [name, words1] of words) {
      const at = Number(new RegExp(`@lazy export const ${name}: usize = ${group} \\+ (\\d+);`).exec(text)![1]);
      expect(String.fromCharCode(...bytes.slice(at + 1, at + 1 + bytes[at]))).toBe(words1);
    }
  }
});
