// Strings across the boundary (docs/abi.md), for every host: a string parameter is the
// (pointer, length) of UTF-8 that Go's //go:wasmexport takes, written with cabi_realloc.
import { Chan, go } from "ts-wasmexport";

const seen = new Chan<string>(16);

// @wasmexport greet
export function greet(name: string): string {
  return "Hello, " + name + "!";
}

/** Counts code points, as Go's utf8.RuneCountInString does; keeps the name for later. */
// @wasmexport runes
export function runes(name: string): i32 {
  go((s: string) => seen.send(s), name);
  let n = 0;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c < 0xdc00 || c >= 0xe000) n++;
  }
  return n;
}

/** Every name `runes` was given, joined: the goroutines kept them after their calls returned. */
// @wasmexport seen_names
export function seenNames(): string {
  let all = "";
  while (seen.length > 0) all += seen.recv() + ";";
  return all;
}
