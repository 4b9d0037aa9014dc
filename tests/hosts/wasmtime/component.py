"""Runs a component built with the `component` option in wasmtime's component API.

    python component.py COMPONENT.wasm

The component is the one of tests/itypes/component.test.ts: a world that imports
`log: func(message: string)` and exports greet, move, total and maybe. Prints one JSON
document with each call's result and what the component logged.
"""
import json
import sys

import wasmtime
import wasmtime.component as component


def main() -> None:
    engine = wasmtime.Engine()
    store = wasmtime.Store(engine)
    comp = component.Component.from_file(engine, sys.argv[1])
    linker = component.Linker(engine)
    logged = []
    with linker.root() as root:
        root.add_func("log", lambda _store, message: logged.append(message))
    instance = linker.instantiate(store, comp)

    def call(name, *args):
        func = instance.get_func(store, name)
        result = func(store, *args)
        func.post_return(store)
        return result

    point = component.Record()
    setattr(point, "x", 40)
    setattr(point, "label", "p")
    setattr(point, "note", None)
    moved = call("move", point, 2)
    out = {
        "greet": [call("greet", name) for name in ["world", "Grüße 🎉", ""]],
        "move": {"x": moved.x, "label": moved.label, "note": moved.note},
        "total": call("total", [1, 2, 3, 4]),
        "maybe": [call("maybe", "a"), call("maybe", None)],
        "logged": logged,
    }
    print(json.dumps(out))


if __name__ == "__main__":
    main()
