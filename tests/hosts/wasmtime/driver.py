"""Drives a ts-wasmexport module under wasmtime (the Python package).

    python driver.py MODULE.wasm ['[{"call": "start"}, {"call": "process_a", "args": [1]}]']

The call list is the second argument, or standard input when it is absent or "-". The module is
instantiated with no imports (or, when it imports only wasi_snapshot_preview1, with wasmtime's
WASI, its clocks and poll_oneoff real), `_initialize` is called (unless --no-initialize), then every call
runs in order on the same instance. One JSON document is printed:

    {"imports": [...], "exports": [...], "results": [{"call": ..., "value": ...} |
                                                     {"call": ..., "trap": ..., "panic": ...}]}

`panic` is the UTF-8 message read from linear memory through wasmexport_panic_ptr/len after
the trap. A failure outside the calls prints {"error": ...} and exits 2.
"""

import json
import sys

import wasmtime


def panic_message(store, exports):
    try:
        ptr = exports["wasmexport_panic_ptr"](store)
        length = exports["wasmexport_panic_len"](store)
        data = exports["memory"].read(store, ptr, ptr + length)
        return bytes(data).decode("utf-8", errors="replace")
    except Exception as err:  # the module may be unusable after the trap
        return None


def to_json(value):
    if isinstance(value, float) and (value != value or value in (float("inf"), float("-inf"))):
        return repr(value)
    return value


def run(path, calls, initialize):
    engine = wasmtime.Engine()
    store = wasmtime.Store(engine)
    module = wasmtime.Module.from_file(engine, path)
    imports = [{"module": i.module, "name": i.name} for i in module.imports]
    if imports and any(i["module"] != "wasi_snapshot_preview1" for i in imports):
        return {"imports": imports, "error": "the module imports host functions"}
    if imports:
        linker = wasmtime.Linker(engine)
        linker.define_wasi()
        store.set_wasi(wasmtime.WasiConfig())
        instance = linker.instantiate(store, module)
    else:
        instance = wasmtime.Instance(store, module, [])
    exports = instance.exports(store)
    names = sorted(e.name for e in module.exports)
    if initialize and "_initialize" in names:
        exports["_initialize"](store)
    results = []
    for entry in calls:
        name = entry["call"]
        args = entry.get("args", [])
        if name not in names:
            results.append({"call": name, "trap": "no exported function " + name, "panic": None})
            continue
        try:
            value = exports[name](store, *args)
            results.append({"call": name, "value": to_json(value)})
        except wasmtime.Trap as trap:
            results.append({"call": name, "trap": trap.message, "panic": panic_message(store, exports)})
        except wasmtime.WasmtimeError as err:
            results.append({"call": name, "trap": str(err), "panic": panic_message(store, exports)})
    return {"imports": imports, "exports": names, "results": results}


def main(argv):
    initialize = "--no-initialize" not in argv
    args = [a for a in argv[1:] if a != "--no-initialize"]
    if not args:
        print(json.dumps({"error": "usage: driver.py MODULE.wasm [CALLS_JSON | -]"}))
        return 2
    text = args[1] if len(args) > 1 and args[1] != "-" else sys.stdin.read()
    try:
        output = run(args[0], json.loads(text), initialize)
    except Exception as err:
        print(json.dumps({"error": f"{type(err).__name__}: {err}"}))
        return 2
    print(json.dumps(output))
    return 2 if "error" in output else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
