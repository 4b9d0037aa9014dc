package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	events := make(chan string, 50)
	tokens := make(chan int, 3)
	for i := 1; i <= 3; i++ {
		tokens <- i * 100
	}
	for _, name := range []string{"a", "b", "c"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer func() {
				<-tokens
				events <- name + " returned a token"
			}()
			for v := range []int{1, 2, 3, 4} {
				if v == 2 && name == "b" {
					events <- name + " stops early"
					return
				}
				events <- fmt.Sprint(name, " step ", v)
			}
		}()
	}
	wg.Wait()
	close(events)
	var lines []string
	for e := range events {
		lines = append(lines, e)
	}
	sort.Strings(lines)
	for _, l := range lines {
		fmt.Println(l)
	}
	fmt.Println("tokens left", len(tokens))
}
