//go:build wasip1

package main

func main() {}

//go:wasmexport pingpong
func wxPingpong(n int32) int32 { return pingpong(n) }

//go:wasmexport buffered
func wxBuffered(n int32) int64 { return buffered(n) }

//go:wasmexport spawn
func wxSpawn(n int32) int32 { return spawn(n) }

//go:wasmexport select2
func wxSelect2(n int32) int64 { return select2(n) }

//go:wasmexport select8
func wxSelect8(n int32) int64 { return select8(n) }

//go:wasmexport sieve
func wxSieve(n int32) int32 { return sieve(n) }

//go:wasmexport noop
func wxNoop(x int32) int32 { return noop(x) }

//go:wasmexport roundtrip
func wxRoundtrip(x int32) int32 { return roundtrip(x) }

//go:wasmexport park
func wxPark(n int32) { park(n) }

//go:wasmexport timer_start_stop
func wxTimerStartStop(n int32) int32 { return timerStartStop(n) }

//go:wasmexport select2_timeout
func wxSelect2Timeout(n int32) int64 { return select2Timeout(n) }

//go:wasmexport select2_after
func wxSelect2After(n int32) int64 { return select2After(n) }
