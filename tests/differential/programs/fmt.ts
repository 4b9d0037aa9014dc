// Output for the differential programs: println writes one line to the host as UTF-8 bytes,
// as Go's fmt.Println writes it to stdout.

// @wasmimport env write
declare function write(ptr: usize, len: i32): void;

export function println(line: string): void {
  const bytes = String.UTF8.encode(line + "\n");
  write(changetype<usize>(bytes), bytes.byteLength);
}
