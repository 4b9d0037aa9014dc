//go:build wasip1

// The parameter direction of bench/itypes/greet.ts in Go: //go:wasmexport takes a string as
// (pointer, length) and cannot return one. The host writes the string into memory that
// alloc gives it.
package main

import "unsafe"

func main() {}

// The last buffer alloc gave, kept alive until the next.
var kept []byte

//go:wasmexport alloc
func alloc(n int32) unsafe.Pointer {
	kept = make([]byte, n+1)
	return unsafe.Pointer(&kept[0])
}

//go:wasmexport greet_len
func greetLen(name string) int32 {
	return int32(len("Hello, " + name + "!"))
}
