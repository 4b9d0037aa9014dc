package main

import (
	"fmt"
	"strings"
)

type Tag struct{ label string }

type Item struct {
	n    int
	tag  *Tag
	next *Item
}

func (it *Item) report(log *[]string) { *log = append(*log, fmt.Sprint("item ", it.n)) }

// Go has no ?. or ??: the same tests written out.
func walk(items chan *Item, out chan string) string {
	var first *string
	var log []string
	for it := range items {
		label := "untagged"
		if it != nil && it.tag != nil {
			label = it.tag.label
		}
		after := -1
		if it != nil && it.next != nil {
			after = it.next.n
		}
		if first == nil {
			l := label
			first = &l
		}
		out <- fmt.Sprint(label, " ", after)
		if it != nil {
			it.report(&log)
		}
	}
	out <- strings.Join(log, ",")
	close(out)
	if first == nil {
		return "none"
	}
	return *first
}

func main() {
	items := make(chan *Item, 4)
	a := &Item{n: 1, tag: &Tag{"red"}, next: &Item{n: 2}}
	b := &Item{n: 3}
	items <- a
	items <- nil
	items <- b
	close(items)
	out := make(chan string, 10)
	first := walk(items, out)
	for line := range out {
		fmt.Println(line)
	}
	fmt.Println("first", first)
}
