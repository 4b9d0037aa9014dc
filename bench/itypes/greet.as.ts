// The same workloads in plain AssemblyScript, for asc's own `--bindings esm` (bench/itypes/run.js).

export function greet(name: string): string {
  return "Hello, " + name + "!";
}

export function greetLen(name: string): i32 {
  return ("Hello, " + name + "!").length;
}

export function checksum(data: Uint8Array): u32 {
  let s: u32 = 0;
  for (let i = 0; i < data.length; i++) s = s * 31 + data[i];
  return s;
}
