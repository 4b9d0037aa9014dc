// Everything lowered code and the generated entry file use (docs/runtime.md).
export { Waiter } from "../core/queue";
export { Frame, stateOf, setState, received, leave, copyField, clearField } from "../scheduler/frame";
export { spawn, ready, gosched, block } from "../scheduler/runq";
export { newFrame, recycle } from "../scheduler/reuse";
export { exportEnter, exportLeave, exportRun, exportRelease, initDone } from "../scheduler/entry";
export { Chan, ChanBase, makeChan, chanRecv, chanSend, sendDone, closeChan } from "./chan";
export { Select } from "./select";
export { WaitGroup, Mutex, RWMutex, Once, Cond } from "./sync";
export { Box } from "./box";
export { closureEnv, makeClosure } from "./closure";
export { beginValueCall, valueFrame, startValue, zero, ValueFrame } from "./values";
export { panic, wasmexport_panic_ptr, wasmexport_panic_len, __wx_outOfMemory } from "../core/panic";
export { __wx_initGuard, __wx_hostEnter, __wx_hostLeave } from "../scheduler/calls";
export { sleep, after, now, Timer, Ticker, Nanosecond, Microsecond, Millisecond, Second, Minute, Hour, wasmexport_next_timer, wasmexport_advance } from "./time";
export { Context, background, withCancel, withTimeout, withDeadline } from "./context";
export { startPanic, unwind, UNWINDING, recoverIn, recover } from "../scheduler/unwind";
