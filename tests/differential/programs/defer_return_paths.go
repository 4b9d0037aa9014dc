package main

import "fmt"

func find(ch chan int, target int, log chan string) int {
	defer func() { log <- fmt.Sprint("search for ", target, " ends") }()
	for i := 0; ; i++ {
		v, ok := <-ch
		if !ok {
			return -1
		}
		if v == target {
			return i
		}
		if v > target {
			defer func() { log <- "overshot" }()
			return -2
		}
	}
}

func main() {
	log := make(chan string, 10)
	feed := func(vals ...int) chan int {
		ch := make(chan int, len(vals))
		for _, v := range vals {
			ch <- v
		}
		close(ch)
		return ch
	}
	fmt.Println(find(feed(1, 3, 5, 7), 5, log))
	fmt.Println(find(feed(1, 3), 5, log))
	fmt.Println(find(feed(1, 9, 5), 5, log))
	close(log)
	for l := range log {
		fmt.Println(l)
	}
}
