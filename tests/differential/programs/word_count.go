package main

import (
	"fmt"
	"sort"
	"strings"
)

func count(text string, out chan<- map[string]int) {
	m := map[string]int{}
	for _, w := range strings.Fields(text) {
		m[strings.ToLower(w)]++
	}
	out <- m
}

func main() {
	docs := []string{
		"the quick brown fox",
		"The lazy dog and the fox",
		"a dog a cat a FOX",
	}
	partial := make(chan map[string]int)
	for _, d := range docs {
		go count(d, partial)
	}
	total := map[string]int{}
	for range docs {
		for w, n := range <-partial {
			total[w] += n
		}
	}
	words := make([]string, 0, len(total))
	for w := range total {
		words = append(words, w)
	}
	sort.Slice(words, func(i, j int) bool {
		if total[words[i]] != total[words[j]] {
			return total[words[i]] > total[words[j]]
		}
		return words[i] < words[j]
	})
	for _, w := range words {
		fmt.Println(w, total[w])
	}
}
