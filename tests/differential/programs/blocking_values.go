package main

import "fmt"

type stage func(in chan int) int

type pipeline struct {
	name  string
	steps []stage
	log   func(string)
}

var lines = make(chan string, 64)

func sum(in chan int) int {
	total := 0
	for v := range in {
		total += v
	}
	return total
}

func describe(c chan string) string {
	return "got " + <-c
}

func main() {
	factor := 3
	scaled := func(in chan int) int {
		v := <-in
		factor++
		for range in {
		}
		return v * factor
	}
	p := pipeline{name: "p", steps: []stage{sum, scaled}, log: func(s string) { lines <- s }}
	for i, step := range p.steps {
		in := make(chan int)
		go func() {
			for k := 1; k <= 4; k++ {
				in <- k * (i + 1)
			}
			close(in)
		}()
		r := step(in)
		p.log(fmt.Sprintf("%s step %d: %d", p.name, i, r))
	}
	fmt.Println("factor", factor)
	for len(lines) > 0 {
		fmt.Println(<-lines)
	}

	// A blocking function value returning a string, through a variable and a channel of functions.
	c := make(chan string, 1)
	funcs := make(chan func(chan string) string, 2)
	funcs <- describe
	funcs <- func(c chan string) string { return "closure " + <-c }
	for k := 0; k < 2; k++ {
		f := <-funcs
		c <- fmt.Sprint("v", k)
		fmt.Println(f(c))
	}

	// go(value, args): the value and the arguments are taken at the go statement.
	done := make(chan bool)
	report := func(tag string, n int) { fmt.Println("report", tag, n); done <- true }
	n := 1
	go report("a", n)
	n = 2
	<-done
	f := report
	go f("b", n)
	<-done
	over := make(chan bool)
	plain := func(tag string) { fmt.Println("plain", tag); over <- true }
	go plain("c")
	fmt.Println("before plain")
	<-over
}
