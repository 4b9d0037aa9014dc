// Everything lowered code and the generated entry file use (docs/runtime.md).
export { Waiter, Frame, stateOf, setState, received, leave, copyField, clearField } from "../scheduler/frame";
export { spawn, ready, gosched, block } from "../scheduler/runq";
export { newFrame, recycle } from "../scheduler/reuse";
export { exportEnter, exportLeave, exportRun, exportRelease, initDone } from "../scheduler/entry";
export { Chan, ChanBase, makeChan, chanRecv, chanSend, sendDone } from "./chan";
export { Select } from "./select";
export { WaitGroup, Mutex } from "./sync";
export { Box } from "./box";
export { startPanic, unwind, UNWINDING } from "./unwind";
export { panic, wasmexport_panic_ptr, wasmexport_panic_len, __wx_initGuard } from "./panic";
