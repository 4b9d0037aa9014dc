// Extism's JS host (@extism/extism): examples/extism-plugin is a plug-in written in the
// dialect that takes its input as bytes (its extism.ts reads them through the kernel's imports,
// extism:host/env), counts words on goroutines over 64-byte chunks and sets the count as its
// output.
import { buildProgram, describeHost, Availability } from "../hosts";

type Extism = typeof import("@extism/extism");

function extismHost(): Availability<Extism> {
  try {
    return { ok: true, value: require("@extism/extism") as Extism };
  } catch (err) {
    return { ok: false, reason: `@extism/extism is not installed (npm ci installs it): ${(err as Error).message.split("\n")[0]}` };
  }
}

/** What count_words should answer: runs of bytes other than ASCII white space. */
function reference(text: string): number {
  return text.split(/[ \t\n\r\v\f]+/).filter((w) => w.length > 0).length;
}

describeHost("Extism JS host (@extism/extism)", extismHost(), (extism) => {
  let plugin: Awaited<ReturnType<Extism["createPlugin"]>>;

  beforeAll(async () => {
    const { binary } = buildProgram("plugin", "extism");
    const imports = WebAssembly.Module.imports(new WebAssembly.Module(binary));
    expect(new Set(imports.map((i) => i.module))).toEqual(new Set(["extism:host/env"]));
    plugin = await extism.createPlugin({ wasm: [{ data: binary }] }, { useWasi: false });
    // The JS host calls `_initialize` only when WASI is on; a reactor needs it before any export.
    const instance = await plugin.getInstance();
    (instance.exports._initialize as () => void)();
  });

  afterAll(async () => {
    await plugin?.close();
  });

  const count = async (input: string | Uint8Array): Promise<string | undefined> => (await plugin.call("count_words", input))?.text();

  test("the plug-in's only imports are the Extism kernel's", async () => {
    const imports = await plugin.getImports("0");
    expect(imports.map((i) => i.name).sort()).toEqual(["alloc", "input_length", "input_load_u64", "input_load_u8", "output_set", "store_u64", "store_u8"]);
  });

  test.each([
    ["", 0],
    ["one", 1],
    ["hello world", 2],
    ["  leading and trailing  ", 3],
    ["tabs\tnew\nlines\r\nand\fform\vfeeds", 6],
    ["     ", 0],
  ])("count_words(%j) == %d", async (input, words) => {
    expect(await count(input)).toBe(String(words));
  });

  test("inputs over many chunks, with words across chunk boundaries", async () => {
    const inputs = [
      "x ".repeat(1000),
      "abcdefghij ".repeat(500),
      "a".repeat(64) + " " + "b".repeat(63) + "  c" + " ".repeat(61) + "d",
      Array.from({ length: 3000 }, (_, i) => "w".repeat((i * 7) % 13 + 1) + " ".repeat((i % 3) + 1)).join(""),
    ];
    for (const input of inputs) expect(await count(input)).toBe(String(reference(input)));
  });

  test("bytes, not characters: UTF-8 input", async () => {
    // A Uint8Array that owns its buffer: the JS host stores a Uint8Array's whole underlying
    // ArrayBuffer as the input, so a pooled Node Buffer would hand over 8 KiB of other bytes.
    expect(await count(new TextEncoder().encode("héllo wörld ünïcode"))).toBe("3");
  });

  test("a string in, a string out: shout", async () => {
    expect((await plugin.call("shout", "héllo wörld, 世界"))?.text()).toBe("HÉLLO WÖRLD, 世界!");
    const long = "abcdefghijklmnopqrstuvwxyz ".repeat(400);
    expect((await plugin.call("shout", long))?.text()).toBe(long.toUpperCase() + "!");
  });

  test("a hundred calls on one plug-in, reset between calls", async () => {
    for (let n = 0; n < 100; n++) {
      expect(await count("w ".repeat(n))).toBe(String(n));
      await plugin.reset();
    }
  });
});
