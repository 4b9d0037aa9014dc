package main

import "fmt"

type point struct{ x int }

func name(fail bool) (s string) {
	defer func() { recover() }()
	if fail {
		panic("no name")
	}
	return "ada"
}

func items(fail bool) []int {
	defer func() { recover() }()
	if fail {
		panic("no items")
	}
	return []int{1, 2}
}

func origin(fail bool) *point {
	defer func() { recover() }()
	if fail {
		panic("no point")
	}
	return &point{x: 3}
}

func main() {
	fmt.Printf("%q %q\n", name(false), name(true))
	fmt.Println(len(items(false)), len(items(true)))
	fmt.Println(origin(false).x, origin(true) == nil)
}
