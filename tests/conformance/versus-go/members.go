package main

import (
	"fmt"
	"strconv"
	"strings"
)

type Bag struct {
	items []string
}

func get(bc chan *Bag) *Bag {
	return <-bc
}

func digits(sc chan string) int {
	return len(strconv.Itoa(len(<-sc)))
}

func main() {
	sc := make(chan string, 1)
	sc <- "hello, world"
	fmt.Println(digits(sc))
	bc := make(chan *Bag)
	go func() {
		b := &Bag{}
		b.items = append(b.items, "a")
		b.items = append(b.items, "b")
		b.items = append(b.items, "c")
		bc <- b
	}()
	fmt.Println(strings.Join(get(bc).items, ","))
	go func() {
		sc <- "x"
	}()
	fmt.Println(strings.ToUpper(<-sc) + strconv.Itoa(get2(bc)))
}

func get2(bc chan *Bag) int {
	go func() {
		bc <- &Bag{}
	}()
	return len(get(bc).items) + 7
}
