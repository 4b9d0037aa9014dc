package main

import "fmt"

func main() {
	words := make(chan string)
	go func() {
		for _, w := range []string{"hello", "from", "a", "goroutine"} {
			words <- w
		}
		close(words)
	}()
	for w := range words {
		fmt.Println(w)
	}
}
