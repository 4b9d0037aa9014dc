package main

import (
	"fmt"
	"sort"
)

func worker(id int, jobs <-chan int, results chan<- [2]int) {
	for j := range jobs {
		results <- [2]int{j, j * 2}
	}
}

func main() {
	const numJobs = 9
	jobs := make(chan int, numJobs)
	results := make(chan [2]int, numJobs)
	for w := 1; w <= 3; w++ {
		go worker(w, jobs, results)
	}
	for j := 1; j <= numJobs; j++ {
		jobs <- j
	}
	close(jobs)
	out := make([][2]int, 0, numJobs)
	for a := 1; a <= numJobs; a++ {
		out = append(out, <-results)
	}
	sort.Slice(out, func(i, k int) bool { return out[i][0] < out[k][0] })
	for _, r := range out {
		fmt.Println("job", r[0], "result", r[1])
	}
}
