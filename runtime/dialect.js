// The dialect runs only when compiled to WebAssembly: these names exist for type-checking and
// are rewritten by the compiler. Calling them from JavaScript is a mistake, and says so.
"use strict";
function compiledOnly(name) {
  return function () {
    throw new Error("ts-wasmexport: '" + name + "' runs only in code compiled to WebAssembly by the ts-wasmexport compiler");
  };
}
for (const name of ["go", "select", "recv", "send", "otherwise", "gosched", "panic", "defer", "recover", "sleep", "after", "now", "background", "withCancel", "withTimeout", "withDeadline"]) {
  exports[name] = compiledOnly(name);
}
for (const name of ["Chan", "WaitGroup", "Mutex", "RWMutex", "Once", "Cond", "SelectCase", "Timer", "Ticker", "Context"]) {
  exports[name] = class { constructor() { compiledOnly(name)(); } };
}
// Durations are plain numbers (nanoseconds), as in Go.
Object.assign(exports, { Nanosecond: 1, Microsecond: 1e3, Millisecond: 1e6, Second: 1e9, Minute: 6e10, Hour: 3.6e12 });
