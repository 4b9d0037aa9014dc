// The interface-types workloads (bench/itypes/run.js), in the dialect.

// @wasmexport greet
export function greet(name: string): string {
  return "Hello, " + name + "!";
}

/** The parameter direction alone: Go's //go:wasmexport takes a string and cannot return one. */
// @wasmexport greet_len
export function greetLen(name: string): i32 {
  return ("Hello, " + name + "!").length;
}

// @wasmexport checksum
export function checksum(data: Uint8Array): u32 {
  let s: u32 = 0;
  for (let i = 0; i < data.length; i++) s = s * 31 + data[i];
  return s;
}
