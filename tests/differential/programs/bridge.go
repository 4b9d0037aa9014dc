package main

import "fmt"

func bridge(done <-chan struct{}, chanStream <-chan <-chan int) <-chan int {
	valStream := make(chan int)
	go func() {
		defer close(valStream)
		for {
			var stream <-chan int
			select {
			case maybe, ok := <-chanStream:
				if !ok {
					return
				}
				stream = maybe
			case <-done:
				return
			}
			for v := range stream {
				select {
				case valStream <- v:
				case <-done:
				}
			}
		}
	}()
	return valStream
}

func genVals() <-chan <-chan int {
	chanStream := make(chan (<-chan int))
	go func() {
		defer close(chanStream)
		for i := 0; i < 5; i++ {
			stream := make(chan int, 2)
			stream <- i
			stream <- i * i
			close(stream)
			chanStream <- stream
		}
	}()
	return chanStream
}

func main() {
	for v := range bridge(nil, genVals()) {
		fmt.Print(v, " ")
	}
	fmt.Println()
}
