//go:build wasip1

// examples/signals in Go with //go:wasmexport, for the module-size comparison.
package main

var (
	events   = make(chan int32, 16)
	finished = make(chan bool)
	handled  int32
	sum      int64
)

func main() {}

func handle(events chan int32, finished chan bool) {
	for v := range events {
		handled++
		sum += int64(v)
	}
	finished <- true
}

//go:wasmexport start
func start() {
	events = make(chan int32, 16)
	finished = make(chan bool)
	handled, sum = 0, 0
	go handle(events, finished)
}

//go:wasmexport process_a
func processA(v int32) { events <- v }

//go:wasmexport stop
func stop() int32 {
	close(events)
	<-finished
	return handled
}
