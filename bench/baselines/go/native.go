//go:build !wasip1

// Native Go on one thread (GOMAXPROCS=1): each workload timed several times, as JSON.
package main

import (
	"encoding/json"
	"os"
	"runtime"
	"sort"
	"time"
)

type row struct {
	Workload string  `json:"workload"`
	Unit     string  `json:"unit"`
	Median   float64 `json:"median"`
	Min      float64 `json:"min"`
	Max      float64 `json:"max"`
	Note     string  `json:"note,omitempty"`
}

func measure(workload, unit string, units float64, f func()) row {
	return measureRuns(workload, unit, units, 5, f)
}

func measureRuns(workload, unit string, units float64, runs int, f func()) row {
	f()
	xs := make([]float64, 0, runs)
	for i := 0; i < runs; i++ {
		t0 := time.Now()
		f()
		xs = append(xs, float64(time.Since(t0).Nanoseconds())/units)
	}
	sort.Float64s(xs)
	return row{workload, unit, xs[len(xs)/2], xs[0], xs[len(xs)-1], ""}
}

//go:noinline
func noopCall(x int32) int32 { return noop(x) }

var sink int32

func main() {
	runtime.GOMAXPROCS(1)
	const n = 200000
	const calls = 10000000
	rows := []row{
		measure("unbuffered ping-pong", "ns/hop", 2*n, func() { pingpong(n) }),
		measure("buffered channel (cap 128)", "ns/value", n, func() { buffered(n) }),
		measure("spawn + finish a trivial goroutine", "ns", n, func() { spawn(n) }),
		measure("spawn + finish, 100 goroutines per export call", "ns", n, func() {
			for i := 0; i < n/100; i++ {
				spawn(100)
			}
		}),
		measure("select, 2 cases", "ns/select", n/2, func() { select2(n / 2) }),
		measure("select, 8 cases", "ns/select", n/2, func() { select8(n / 2) }),
		measureRuns("prime sieve to the 2 000th prime", "ms", 1e6, 3, func() { sieve(2000) }),
		measure("export call, non-blocking", "ns/call", calls, func() {
			for i := int32(0); i < calls; i++ {
				sink += noopCall(i)
			}
		}),
		measure("export call that parks and is woken", "ns/call", 100000, func() {
			for i := int32(0); i < 100000; i++ {
				roundtrip(i)
			}
		}),
	}
	rows = append(rows,
		measure("timer started and stopped", "ns", n, func() { timerStartStop(n) }),
		measure("select, 2 cases + a timeout that does not fire (timer reset per select)", "ns/select", n/2, func() { select2Timeout(n / 2) }),
		measure("select, 2 cases + a timeout that does not fire (after() per select)", "ns/select", n/2, func() { select2After(n / 2) }),
	)
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	const parked = 1000000
	park(parked)
	runtime.GC()
	runtime.ReadMemStats(&after)
	b := float64(after.Sys-before.Sys) / parked
	rows = append(rows, row{"memory per parked goroutine (1M parked)", "bytes", b, b, b, "growth of runtime.MemStats.Sys"})
	rows[7].Note = "a plain Go call (go:noinline): no export boundary natively"
	json.NewEncoder(os.Stdout).Encode(rows)
}
