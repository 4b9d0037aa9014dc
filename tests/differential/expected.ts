// Programs of the differential suite that do not agree with Go yet, each with what it gives
// today: the compiler's diagnostic (`FILE(LINE,COL): error TSnnnnn`, the first one it reports)
// or the first line where the outputs differ. The test fails when a program's result changes,
// so one that starts agreeing is moved out of this table (and one that fails differently is
// looked at).

export type Expected = { diagnostic: string } | { mismatch: string };

export const expectedFailures: Record<string, Expected> = {
  // Wrong answers today.

  // A send on a nil channel blocks forever (here: a deadlock) and closing one panics with Go's
  // words; the dialect's `Chan<T> | null` needs `!`, which aborts on null.
  nil_channel_send: {
    mismatch:
      'line 2: Go "panic: all goroutines are asleep - deadlock!", dialect "panic: runtime error: invalid memory address or nil pointer dereference"',
  },
  close_nil_channel: {
    mismatch:
      'line 2: Go "panic: close of nil channel", dialect "panic: runtime error: invalid memory address or nil pointer dereference"',
  },

  // Idioms the dialect is meant to support, refused or broken at compile time today.


  // Features the dialect does not have yet.

  // A closure kept in a variable and started with go(output, c) (Go's `go output(c)`).
  closure_value: { diagnostic: "closure_value.ts(18,18): error TS99102" },
  // A blocking closure passed to a method (errgroup's g.Go(func() error)), and `this` in go().
  errgroup_func: { diagnostic: "errgroup_func.ts(33,10): error TS99102" },
  // A map of blocking functions called indirectly.
  handler_table: { diagnostic: "handler_table.ts(17,25): error TS99101" },
};
