"""Drives a ts-wasmexport module under wasmtime (the Python package).

    python driver.py MODULE.wasm ['[{"call": "start"}, {"call": "process_a", "args": [1]}]']

The call list is the second argument, or standard input when it is absent or "-". The module is
instantiated with no imports (or the host module "test", test_imports, or, when it imports
wasi_snapshot_preview1, with wasmtime's WASI, its clocks and poll_oneoff real), `_initialize` is
called (unless --no-initialize), then every call runs in order on the same instance; a call
named "@new" replaces the instance with a fresh one. One JSON document is printed:

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


TEST_IMPORTS = {("test", "fail"), ("test", "reenter")}


def test_imports(store, current):
    """The host module "test" of the reliability programs: fail() raises (wasmtime makes it a
    trap of the call), reenter(x) calls the module's export inner(x) and answers -1 when that
    call trapped. `current` holds the exports of the instance being driven."""
    i32 = wasmtime.ValType.i32()

    def fail():
        raise RuntimeError("host says no")

    def reenter(caller, x):
        try:
            return current["exports"]["inner"](caller, x)
        except (wasmtime.Trap, wasmtime.WasmtimeError):
            return -1

    linker = wasmtime.Linker(store.engine)
    linker.define_func("test", "fail", wasmtime.FuncType([], []), fail)
    linker.define_func("test", "reenter", wasmtime.FuncType([i32], [i32]), reenter, access_caller=True)
    return linker


def run(path, calls, initialize):
    engine = wasmtime.Engine()
    store = wasmtime.Store(engine)
    module = wasmtime.Module.from_file(engine, path)
    imports = [{"module": i.module, "name": i.name} for i in module.imports]
    wasi = "wasi_snapshot_preview1"
    if any(i["module"] != wasi and (i["module"], i["name"]) not in TEST_IMPORTS for i in imports):
        return {"imports": imports, "error": "the module imports host functions"}
    current = {}
    linker = test_imports(store, current)
    if any(i["module"] == wasi for i in imports):
        linker.define_wasi()
        store.set_wasi(wasmtime.WasiConfig())
    names = sorted(e.name for e in module.exports)

    def instantiate():
        current["exports"] = linker.instantiate(store, module).exports(store)
        if initialize and "_initialize" in names:
            current["exports"]["_initialize"](store)
        return current["exports"]

    exports = instantiate()
    imports = [i["module"] + "." + i["name"] for i in imports]
    results = []
    for entry in calls:
        name = entry["call"]
        args = entry.get("args", [])
        if name == "@new":
            exports = instantiate()
            results.append({"call": name, "value": None})
            continue
        if name not in names:
            results.append({"call": name, "trap": "no exported function " + name, "panic": None})
            continue
        try:
            # JSON's 1e20 reads as an int: a float parameter gets a float.
            params = exports[name].type(store).params
            args = [float(a) if i < len(params) and str(params[i]) in ("f32", "f64") else a for i, a in enumerate(args)]
            value = exports[name](store, *args)
            results.append({"call": name, "value": to_json(value)})
        except wasmtime.Trap as trap:
            results.append({"call": name, "trap": trap.message, "panic": panic_message(store, exports)})
        except wasmtime.WasmtimeError as err:
            results.append({"call": name, "trap": str(err), "panic": panic_message(store, exports)})
        except RuntimeError as err:  # raised by a host function (test.fail), passed on by wasmtime
            results.append({"call": name, "trap": f"{type(err).__name__}: {err}", "panic": panic_message(store, exports)})
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
