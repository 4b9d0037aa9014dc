package main

import (
	"fmt"
	"strings"
)

func source(words []string) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for _, w := range words {
			out <- w
		}
	}()
	return out
}

func filterShort(in <-chan string, min int) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for w := range in {
			if len(w) >= min {
				out <- w
			}
		}
	}()
	return out
}

func shout(in <-chan string) <-chan string {
	out := make(chan string, 2)
	go func() {
		defer close(out)
		for w := range in {
			out <- strings.ToUpper(w) + "!"
		}
	}()
	return out
}

func main() {
	words := strings.Split("go is a language for concurrency and it is fun", " ")
	var parts []string
	for w := range shout(filterShort(source(words), 3)) {
		parts = append(parts, w)
	}
	fmt.Println(strings.Join(parts, " "))
	fmt.Println(len(parts))
}
