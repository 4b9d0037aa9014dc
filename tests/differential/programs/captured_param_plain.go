package main

import "fmt"

func counter(n int) func() int {
	return func() int {
		n++
		return n
	}
}

type acc struct{ total int }

func (a *acc) adder(step int, times int) int {
	add := func() { a.total += step }
	for times > 0 {
		add()
		step *= 2
		times--
	}
	return step
}

func labels(prefix string, xs []int) []string {
	out := []string{}
	for _, x := range xs {
		out = append(out, func() string { return fmt.Sprint(prefix, x) }())
		prefix = prefix + "+"
	}
	return out
}

func main() {
	c := counter(10)
	c()
	c()
	fmt.Println("counter", c())
	a := &acc{}
	fmt.Println("step", a.adder(1, 4), "total", a.total)
	for _, l := range labels("x", []int{1, 2, 3}) {
		fmt.Println(l)
	}
}
