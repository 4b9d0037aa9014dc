"""Runs examples/greeter-component in wasmtime's component API.

    python greeter.py build/greeter.wasm

Gives the world's `log` import, calls `greet` and `greet-all`, and prints one JSON document
with the results and what was logged.
"""
import json
import sys

import wasmtime
import wasmtime.component as component


def person(name, languages, title=None):
    p = component.Record()
    p.name = name
    p.languages = languages
    p.title = title
    return p


def main() -> None:
    engine = wasmtime.Engine()
    store = wasmtime.Store(engine)
    greeter = component.Component.from_file(engine, sys.argv[1])
    linker = component.Linker(engine)
    logged = []
    with linker.root() as root:
        root.add_func("log", lambda _store, message: logged.append(message))
    instance = linker.instantiate(store, greeter)

    def call(name, *args):
        func = instance.get_func(store, name)
        result = func(store, *args)
        func.post_return(store)
        return result

    people = [person("Ada", ["en"], "Countess"), person("Jean", ["fr", "en"]), person("Yuki", ["ja"]), person("Nobody", [])]
    print(json.dumps({
        "greet": call("greet", person("Grace", ["de"], "Dr.")),
        "greet-all": call("greet-all", people),
        "logged": logged,
    }, ensure_ascii=False))


if __name__ == "__main__":
    main()
