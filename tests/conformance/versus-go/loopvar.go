package main

import "fmt"

func main() {
	start := make(chan bool)
	res := make(chan int, 10)
	n := 0
	for i := 0; i < 6; i++ {
		go func() {
			<-start
			res <- i
		}()
		i++
		n++
	}
	close(start)
	sum := 0
	for k := 0; k < n; k++ {
		sum += <-res
	}
	fmt.Println(sum)
	gate := make(chan bool)
	out := spawnAll(gate)
	close(gate)
	total := 0
	for k := 0; k < 2; k++ {
		total += <-out
	}
	fmt.Println(total)
	// A loop with no post statement: the body steps the counter itself.
	seen := make(chan int, 10)
	opened := make(chan bool)
	for i := 0; i < 3; {
		go func() {
			<-opened
			seen <- i
		}()
		i++
	}
	close(opened)
	seenSum := 0
	for k := 0; k < 3; k++ {
		seenSum += <-seen
	}
	fmt.Println(seenSum)
	later := make(chan bool)
	spawnUnstepped(seen, later)
	close(later)
	seenSum = 0
	for k := 0; k < 3; k++ {
		seenSum += <-seen
	}
	fmt.Println(seenSum)
}

func spawnUnstepped(seen chan int, gate chan bool) {
	for i := 10; i < 13; {
		go func() {
			<-gate
			seen <- i
		}()
		i++
	}
}

func spawnAll(gate chan bool) chan int {
	out := make(chan int, 10)
	for i := 0; i < 4; i++ {
		go func() {
			<-gate
			out <- i * 10
		}()
		i += 1
	}
	return out
}
