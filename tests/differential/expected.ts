// Programs of the differential suite that do not agree with Go yet, each with what it gives
// today: the compiler's diagnostic (`FILE(LINE,COL): error TSnnnnn`, the first one it reports)
// or the first line where the outputs differ. The test fails when a program's result changes,
// so one that starts agreeing is moved out of this table (and one that fails differently is
// looked at).

export type Expected = { diagnostic: string } | { mismatch: string };

export const expectedFailures: Record<string, Expected> = {
};
