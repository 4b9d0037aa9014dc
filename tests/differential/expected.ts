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

};
