package main

import "fmt"

func producer(id int, n int, out chan<- string, done chan<- bool) {
	for i := 0; i < n; i++ {
		out <- fmt.Sprintf("p%d-%d", id, i)
	}
	done <- true
}

func main() {
	items := make(chan string, 4)
	done := make(chan bool)
	go producer(1, 3, items, done)
	go func() {
		<-done
		close(items)
	}()
	count := 0
	for item := range items {
		fmt.Println("consumed", item)
		count++
	}
	fmt.Println("total", count)
	v, ok := <-items
	fmt.Printf("after close: %q %v\n", v, ok)
}
