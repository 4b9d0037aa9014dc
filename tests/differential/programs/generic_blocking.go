package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

// Generic code that blocks: functions, a type's methods, goroutines started on them.
type Queue[T any] struct {
	items chan T
	taken int
}

func (q *Queue[T]) put(v T) { q.items <- v }
func (q *Queue[T]) take() T {
	q.taken++
	return <-q.items
}
func (q *Queue[T]) takeTwo() []T {
	a := q.take()
	b := q.take()
	return []T{a, b}
}

func produce[T any](out chan T, values []T, wg *sync.WaitGroup) {
	for _, v := range values {
		out <- v
	}
	wg.Done()
}

func drain[T any](c chan T, n int) []T {
	var got []T
	for i := 0; i < n; i++ {
		got = append(got, <-c)
	}
	return got
}

func firstOf[T any](c chan T) T { return drain(c, 1)[0] }

func main() {
	q := &Queue[string]{items: make(chan string, 8)}
	q.put("a")
	q.put("b")
	q.put("c")
	two := q.takeTwo()
	fmt.Printf("%s then %s (%d taken)\n", strings.Join(two, "+"), q.take(), q.taken)
	nums := make(chan int)
	var wg sync.WaitGroup
	wg.Add(2)
	go produce[int](nums, []int{1, 2, 3}, &wg)
	go produce(nums, []int{10, 20, 30}, &wg)
	got := drain(nums, 5)
	got = append(got, firstOf(nums))
	wg.Wait()
	sort.Ints(got)
	parts := make([]string, len(got))
	for i, v := range got {
		parts[i] = fmt.Sprint(v)
	}
	fmt.Println(strings.Join(parts, " "))
}
