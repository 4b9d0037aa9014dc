package main

import "fmt"

var trace []string

func get(ch chan int, name string) int {
	v := <-ch
	trace = append(trace, fmt.Sprint(name, "=", v))
	return v
}

func main() {
	ch := make(chan int, 100)
	for i := 1; i <= 100; i++ {
		ch <- i
	}
	a := get(ch, "a") + get(ch, "b")*get(ch, "c")
	fmt.Println("a", a)
	ok := get(ch, "d") > 100 && get(ch, "never") > 0
	fmt.Println("ok", ok)
	either := get(ch, "e") > 0 || get(ch, "never") > 0
	fmt.Println("either", either)
	var pick int
	if get(ch, "f")%2 == 0 {
		pick = get(ch, "g")
	} else {
		pick = -get(ch, "h")
	}
	fmt.Println("pick", pick)
	xs := []int{get(ch, "i"), get(ch, "j"), get(ch, "k")}
	fmt.Println("xs", xs)
	s := fmt.Sprintf("%d-%d", get(ch, "l"), get(ch, "m"))
	fmt.Println("s", s)
	fmt.Println(trace)
}
