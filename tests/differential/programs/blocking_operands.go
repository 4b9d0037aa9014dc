package main

import (
	"fmt"
	"strings"
)

type Point struct{ x, y int }

type Builder struct{ parts []string }

func (b *Builder) Add(n int) *Builder {
	b.parts = append(b.parts, fmt.Sprint(n))
	return b
}

func main() {
	ch := make(chan int, 50)
	for i := 1; i <= 50; i++ {
		ch <- i
	}
	arr := make([]int, 10)
	arr[<-ch] = <-ch
	fmt.Println("arr", arr)
	arr[2] += <-ch * 10
	fmt.Println("arr[2]", arr[2])
	p := Point{<-ch, <-ch}
	fmt.Println("point", p.x, p.y)
	b := &Builder{}
	b.Add(<-ch).Add(<-ch).Add(-<-ch)
	fmt.Println("built", strings.Join(b.parts, ","))
	neg := -<-ch
	fmt.Println("neg", neg)
	flags := make(chan bool, 2)
	flags <- false
	flags <- true
	fmt.Println("not", !<-flags, !<-flags)
	var kind string
	if v := <-ch; v%3 == 0 {
		kind = "fizz"
	} else if w := <-ch; w%3 == 0 {
		kind = fmt.Sprint("second fizz ", v, " ", w)
	} else {
		kind = "none"
	}
	fmt.Println("kind", kind)
	total := 0
	for i := 0; i < 6; i++ {
		switch v := <-ch; {
		case v%5 == 0:
			continue
		case v%7 == 0:
			break
		default:
			total += v
		}
		total += 1000
	}
	fmt.Println("total", total, "left", len(ch))
}
