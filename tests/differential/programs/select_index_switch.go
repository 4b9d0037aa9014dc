package main

import "fmt"

func main() {
	nums := make(chan int, 3)
	words := make(chan string, 3)
	quit := make(chan bool, 1)
	nums <- 1
	words <- "w"
	counts := [3]int{}
	for round := 0; round < 6; round++ {
		if round == 4 {
			quit <- true
		}
		select {
		case n := <-nums:
			counts[0]++
			if n < 3 {
				nums <- n + 1
			}
		case w := <-words:
			counts[1]++
			if len(w) < 2 {
				words <- w + "w"
			}
		case <-quit:
			counts[2]++
		default:
			fmt.Println("round", round, "nothing ready")
		}
	}
	fmt.Println("nums", counts[0], "words", counts[1], "quit", counts[2])
}
