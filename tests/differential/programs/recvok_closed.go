package main

import "fmt"

type item struct{ name string }

func main() {
	nums := make(chan int, 2)
	nums <- 10
	close(nums)
	for i := 0; i < 3; i++ {
		v, ok := <-nums
		fmt.Println(v, ok)
	}
	flags := make(chan bool)
	close(flags)
	b, ok := <-flags
	fmt.Println(b, ok)
	words := make(chan string)
	go func() {
		words <- "hi"
		close(words)
	}()
	for {
		w, ok := <-words
		if !ok {
			fmt.Printf("closed: %q\n", w)
			break
		}
		fmt.Println("word", w)
	}
	items := make(chan *item, 1)
	items <- &item{"box"}
	close(items)
	it, ok := <-items
	fmt.Println(it.name, ok)
	it, ok = <-items
	fmt.Println(it == nil, ok)
	big := make(chan int64)
	close(big)
	fmt.Println(<-big)
}
