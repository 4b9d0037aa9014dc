//go:build wasip1

// bench/itypes/greet.ts in Go: //go:wasmexport takes a string as (pointer, length) and cannot
// return one, so greet_len (the parameter direction); checksum takes its bytes as a pointer and
// a length. The host writes the string or the bytes into memory that alloc gives it.
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

//go:wasmexport checksum
func checksum(p unsafe.Pointer, n int32) uint32 {
	var s uint32
	for _, b := range unsafe.Slice((*byte)(p), n) {
		s = s*31 + uint32(b)
	}
	return s
}
