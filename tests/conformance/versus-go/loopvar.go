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
	out := spawnAll()
	total := 0
	for k := 0; k < 2; k++ {
		total += <-out
	}
	fmt.Println(total)
	// A loop with no post statement: the body steps the counter itself.
	seen := make(chan int, 10)
	for i := 0; i < 3; {
		go func() {
			seen <- i
		}()
		i++
	}
	seenSum := 0
	for k := 0; k < 3; k++ {
		seenSum += <-seen
	}
	fmt.Println(seenSum)
	spawnUnstepped(seen)
	seenSum = 0
	for k := 0; k < 3; k++ {
		seenSum += <-seen
	}
	fmt.Println(seenSum)
}

func spawnUnstepped(seen chan int) {
	for i := 10; i < 13; {
		go func() {
			seen <- i
		}()
		i++
	}
}

func spawnAll() chan int {
	out := make(chan int, 10)
	for i := 0; i < 4; i++ {
		go func() {
			out <- i * 10
		}()
		i += 1
	}
	return out
}
