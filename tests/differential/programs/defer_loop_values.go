package main

import "fmt"

type item struct{ name string }

// Deferred closures in loops: each keeps its own iteration's variables; one that the body
// assigns after the defer is seen as assigned (closures capture variables, not values).
func loops(ch chan int) int {
	total := 0
	defer func() { fmt.Println("outer defer sees total", total) }()
	for i := 0; i < 3; i++ {
		v := <-ch
		defer func() { fmt.Println("iteration", i, "got", v) }()
		x := v * 2
		defer func() { fmt.Println("x of", i, "is", x) }()
		x += 100
		total += v
	}
	for _, it := range []item{{"a"}, {"b"}} {
		for j := 0; j < 2; j++ {
			if j == 1 && it.name == "b" {
				continue
			}
			defer func() { fmt.Println("nested", it.name, j) }()
		}
	}
	k := 0
	for k < 2 {
		n := k * k
		defer func() { fmt.Println("while", n) }()
		k++
	}
	return total
}

func panicking(ch chan int) {
	defer func() { fmt.Println("recovered:", recover()) }()
	for i := 0; i < 3; i++ {
		v := <-ch
		defer func() { fmt.Println("unwinding", i, v) }()
		if i == 1 {
			panic(fmt.Sprint("stop at ", v))
		}
	}
}

func main() {
	ch := make(chan int, 10)
	for i := 1; i <= 10; i++ {
		ch <- i * 10
	}
	fmt.Println("total", loops(ch))
	panicking(ch)
	fmt.Println("done")
}
