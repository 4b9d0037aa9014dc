// AssemblyScript's finalization hook: a global __finalize is called for each object the
// collector frees.
let finalized: i32 = 0;

// @ts-ignore: decorator
@global function __finalize(ptr: usize): void {
  finalized++;
}

// @wasmexport churn
export function churn(n: i32): i32 {
  for (let i = 0; i < n; i++) {
    const a = new Array<i32>(16);
    a[0] = i;
  }
  return finalized;
}
