package main

import "fmt"

// A goroutine that buffers without limit between in and out: the send case is enabled only
// when something is queued (a nil channel otherwise).
func queue(in <-chan int, out chan<- int) {
	var pending []int
	for in != nil || len(pending) > 0 {
		var sendTo chan<- int
		var next int
		if len(pending) > 0 {
			sendTo = out
			next = pending[0]
		}
		select {
		case v, ok := <-in:
			if !ok {
				in = nil
				continue
			}
			pending = append(pending, v)
		case sendTo <- next:
			pending = pending[1:]
		}
	}
	close(out)
}

func main() {
	in, out := make(chan int), make(chan int)
	go queue(in, out)
	for i := 1; i <= 20; i++ {
		in <- i
	}
	close(in)
	sum, count := 0, 0
	for v := range out {
		sum += v
		count++
	}
	fmt.Println(count, sum)
}
