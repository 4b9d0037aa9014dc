// The dialect runs only when compiled to WebAssembly: these names exist for type-checking and
// are rewritten by the compiler. Calling them from JavaScript is a mistake, and says so.
"use strict";
function compiledOnly(name) {
  return function () {
    throw new Error("ts-wasmexport: '" + name + "' runs only in code compiled to WebAssembly by the ts-wasmexport compiler");
  };
}
for (const name of ["go", "select", "recv", "send", "otherwise", "gosched", "panic", "defer"]) {
  exports[name] = compiledOnly(name);
}
for (const name of ["Chan", "WaitGroup", "Mutex", "RWMutex", "Once", "Cond", "SelectCase"]) {
  exports[name] = class { constructor() { compiledOnly(name)(); } };
}
