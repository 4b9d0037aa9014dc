package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	results := make([]int, 5)
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = i * i
		}()
	}
	wg.Wait()
	fmt.Println(results)

	ch := make(chan string, 3)
	for _, name := range []string{"ann", "bob", "cy"} {
		go func() { ch <- name }()
	}
	got := map[string]bool{}
	for k := 0; k < 3; k++ {
		got[<-ch] = true
	}
	fmt.Println(len(got), got["ann"], got["bob"], got["cy"])
}
