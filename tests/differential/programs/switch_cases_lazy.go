package main

import "fmt"

func main() {
	ch := make(chan int, 20)
	for i := 1; i <= 20; i++ {
		ch <- i
	}
	calls := 0
	next := func() int { calls++; return <-ch }
	for round := 0; round < 3; round++ {
		switch x := <-ch; x % 4 {
		case next() % 4:
			fmt.Println("round", round, "matched first case, x", x)
		case next() % 4, next() % 4:
			fmt.Println("round", round, "matched second case, x", x)
		default:
			fmt.Println("round", round, "default, x", x)
		}
	}
	fmt.Println("calls", calls, "left", len(ch))
}
