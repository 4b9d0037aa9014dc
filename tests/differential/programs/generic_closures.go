package main

import "fmt"

func memo[K comparable, V any](f func(K) V) func(K) V {
	cache := map[K]V{}
	return func(k K) V {
		if v, ok := cache[k]; ok {
			return v
		}
		v := f(k)
		cache[k] = v
		return v
	}
}

func filter[T any](xs []T, keep func(T) bool) []T {
	out := []T{}
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

type stack[T any] struct {
	items []T
	limit T
}

func (s *stack[T]) pusher() func(T) {
	return func(v T) { s.items = append(s.items, v) }
}

func counterFrom[T int | int64](start T) func() T {
	return func() T {
		start++
		return start
	}
}

var calls = 0

func square(x int) int {
	calls++
	return x * x
}

func main() {
	sq := memo(square)
	fmt.Println(sq(4), sq(4), sq(5), "calls", calls)
	names := memo(func(n int) string { return fmt.Sprint("n", n) })
	fmt.Println(names(7), names(7))
	small := filter([]int{5, 1, 8, 3}, func(x int) bool { return x < 5 })
	fmt.Println(len(small), small[0], small[1])
	s := &stack[string]{limit: "z"}
	push := s.pusher()
	push("a")
	push("b")
	fmt.Println(len(s.items), s.items[1])
	next := counterFrom[int64](10)
	next()
	fmt.Println(next())
}
