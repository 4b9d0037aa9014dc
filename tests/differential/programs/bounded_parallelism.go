package main

import (
	"fmt"
	"sort"
	"sync"
)

type result struct {
	path string
	sum  int
}

func digest(path string) int {
	s := 0
	for i, c := range path {
		s += (i + 1) * int(c)
	}
	return s
}

func main() {
	paths := []string{"a/x", "b/yy", "c/zzz", "d", "e/ee", "f/fff/g", "h", "ij/k"}
	done := make(chan struct{})
	defer close(done)
	pathc := make(chan string)
	go func() {
		defer close(pathc)
		for _, p := range paths {
			select {
			case pathc <- p:
			case <-done:
				return
			}
		}
	}()
	c := make(chan result)
	var wg sync.WaitGroup
	const numDigesters = 3
	wg.Add(numDigesters)
	for i := 0; i < numDigesters; i++ {
		go func() {
			for p := range pathc {
				select {
				case c <- result{p, digest(p)}:
				case <-done:
					return
				}
			}
			wg.Done()
		}()
	}
	go func() {
		wg.Wait()
		close(c)
	}()
	m := map[string]int{}
	for r := range c {
		m[r.path] = r.sum
	}
	keys := []string{}
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, m[k])
	}
}
