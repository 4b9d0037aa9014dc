package main

import (
	"fmt"
	"sync"
)

func main() {
	const n = 4
	a := [n][n]int{}
	b := [n][n]int{}
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			a[i][j] = i + j
			b[i][j] = i - j
		}
	}
	var c [n][n]int
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(row int) {
			defer wg.Done()
			for j := 0; j < n; j++ {
				s := 0
				for k := 0; k < n; k++ {
					s += a[row][k] * b[k][j]
				}
				c[row][j] = s
			}
		}(i)
	}
	wg.Wait()
	for _, row := range c {
		fmt.Println(row[0], row[1], row[2], row[3])
	}
}
