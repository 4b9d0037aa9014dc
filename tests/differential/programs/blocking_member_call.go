package main

import (
	"fmt"
	"strconv"
	"strings"
)

type Box struct{ items []string }

func main() {
	sc := make(chan string, 1)
	sc <- "hello, world"
	fmt.Println(len(strconv.Itoa(len(<-sc))))
	boxes := make(chan *Box, 1)
	boxes <- &Box{[]string{"x", "y", "z"}}
	fmt.Println(strings.Join((<-boxes).items, ","))
}
