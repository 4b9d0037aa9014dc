// Top-level code that runs out of memory inside _initialize.
const hog: Array<Array<i32>> = [];
for (let i = 0; i < 4096; i++) hog.push(new Array<i32>(16384));

// @wasmexport count
export function count(): i32 {
  return hog.length;
}
