package main

import "fmt"

func lookup(table []int, keys chan int, out chan int) {
	for k := range keys {
		out <- table[k]
	}
}

func main() {
	keys := make(chan int)
	out := make(chan int)
	go lookup([]int{10, 20, 30}, keys, out)
	for k := 0; k < 6; k += 2 {
		keys <- k
		fmt.Println(<-out)
	}
}
