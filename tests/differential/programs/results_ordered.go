package main

import "fmt"

type indexed struct {
	i int
	v string
}

func work(n int) string {
	s := ""
	for k := 0; k < n%4+1; k++ {
		s += string(rune('a' + (n+k)%26))
	}
	return s
}

func main() {
	inputs := []int{7, 3, 12, 25, 0, 9}
	results := make(chan indexed)
	for i, n := range inputs {
		go func() { results <- indexed{i, work(n)} }()
	}
	ordered := make([]string, len(inputs))
	for range inputs {
		r := <-results
		ordered[r.i] = r.v
	}
	for i, v := range ordered {
		fmt.Println(i, inputs[i], v)
	}
}
