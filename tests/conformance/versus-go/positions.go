package main

import (
	"fmt"
	"strconv"
	"strings"
)

type Pair struct{ a, b int }

func say(s string, v int) int {
	fmt.Println(s)
	return v
}

func put(ch chan int, v int) bool {
	ch <- v
	return true
}

func take(ch chan int, tag string) int {
	v := <-ch
	fmt.Println(tag + " " + strconv.Itoa(v))
	return v
}

func ident[T any](a T) T { return a }

func main() {
	ch := make(chan int, 16)
	n := 2
	c := n > 1
	ch <- 1
	ch <- n
	if !false {
		ch <- 3
	}
	if true {
		ch <- 4
	}
	if c {
		ch <- 5
	} else {
		ch <- 6
	}
	if !c {
		ch <- 7
	} else {
		ch <- 8
	}
	s := 0
	for len(ch) > 0 {
		s = s*10 + <-ch
	}
	fmt.Println(s)

	a := c || put(ch, 9)
	b := !c || put(ch, 10)
	fmt.Println(a, b, len(ch))

	for i := 20; i < 30; i++ {
		ch <- i
	}
	x := say("a", 1) + take(ch, "t")*say("b", 2)
	fmt.Println(x)
	fmt.Printf("%d-%d-%d\n", take(ch, "u"), say("c", 3), <-ch)
	var y, z int
	if c {
		y = take(ch, "yes")
	} else {
		y = take(ch, "no")
	}
	if !c {
		z = take(ch, "yes")
	} else {
		z = take(ch, "no")
	}
	fmt.Println(y + z)
	fmt.Println(ident[int](<-ch))
	arr := []int{5, 6, 7, 8}
	ch <- 2
	fmt.Println(arr[<-ch-22])
	lit := []int{<-ch, say("d", 4), <-ch}
	strs := []string{}
	for _, v := range lit {
		strs = append(strs, strconv.Itoa(v))
	}
	fmt.Println(strings.Join(strs, ","))
	p := Pair{say("e", 5), take(ch, "f")}
	fmt.Println(p.a*100 + p.b)
}
