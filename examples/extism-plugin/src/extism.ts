// Extism's kernel, for plug-ins written in the dialect: the input as bytes or a string, the
// output from bytes or a string. The kernel keeps the input and output in memory of its own,
// which a plug-in reads and writes through the imports of module `extism:host/env`, eight
// bytes at a time (the last few one by one); this module does that, so a plug-in does not.

// @wasmimport extism:host/env input_length
declare function inputLength(): i64;

// @wasmimport extism:host/env input_load_u64
declare function inputLoadU64(offset: i64): i64;

// @wasmimport extism:host/env input_load_u8
declare function inputLoadU8(offset: i64): i32;

// @wasmimport extism:host/env alloc
declare function alloc(length: i64): i64;

// @wasmimport extism:host/env store_u64
declare function storeU64(address: i64, value: i64): void;

// @wasmimport extism:host/env store_u8
declare function storeU8(address: i64, value: i32): void;

// @wasmimport extism:host/env output_set
declare function outputSet(address: i64, length: i64): void;

/** The plug-in call's input. */
export function input(): Uint8Array {
  const n = <i32>inputLength();
  const bytes = new Uint8Array(n);
  const data = bytes.dataStart;
  const whole = n & ~7;
  for (let i = 0; i < whole; i += 8) store<i64>(data + <usize>i, inputLoadU64(<i64>i));
  for (let i = whole; i < n; i++) store<u8>(data + <usize>i, <u8>inputLoadU8(<i64>i));
  return bytes;
}

/** The input as a string (UTF-8). */
export function inputString(): string {
  const bytes = input();
  return String.UTF8.decodeUnsafe(bytes.dataStart, <usize>bytes.length);
}

/** Sets the plug-in call's output. */
export function output(bytes: Uint8Array): void {
  const n = bytes.length;
  const address = alloc(<i64>n);
  const data = bytes.dataStart;
  const whole = n & ~7;
  for (let i = 0; i < whole; i += 8) storeU64(address + <i64>i, load<i64>(data + <usize>i));
  for (let i = whole; i < n; i++) storeU8(address + <i64>i, <i32>load<u8>(data + <usize>i));
  outputSet(address, <i64>n);
}

/** Sets the output to a string (UTF-8). */
export function outputString(text: string): void {
  output(Uint8Array.wrap(String.UTF8.encode(text)));
}
