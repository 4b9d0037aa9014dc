// Programs of the differential suite that do not agree with Go yet, each with what it gives
// today: the compiler's diagnostic (`FILE(LINE,COL): error TSnnnnn`) or the first line where
// the outputs differ. The test fails when a program's result changes, so one that starts
// agreeing is moved out of this table (and one that fails differently is looked at).

export type Expected = { diagnostic: string } | { mismatch: string   // Go's `defer` in a loop, each call keeping its iteration's values.
  defer_in_loop: { diagnostic: "defer_in_loop.ts(10,5): error TS99116" },
};

export const expectedFailures: Record<string, Expected> = {
  // A for-let counter captured by go() and assigned in the body: each goroutine should see its
  // iteration's final value (1, 3, 5); the counter's later increments reach them too.
  loopvar_assigned: { mismatch: 'line 1: Go "3 9", dialect "3 18"' },
  // Go's `defer` in a loop, each call keeping its iteration's values.
  defer_in_loop: { diagnostic: "defer_in_loop.ts(10,5): error TS99116" },
};
