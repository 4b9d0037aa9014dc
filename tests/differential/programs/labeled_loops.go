package main

import "fmt"

func main() {
	grid := make(chan [2]int)
	go func() {
		for r := 0; r < 4; r++ {
			for c := 0; c < 4; c++ {
				grid <- [2]int{r, c}
			}
		}
		close(grid)
	}()
	cells := [][2]int{}
	for cell := range grid {
		cells = append(cells, cell)
	}

	found := make(chan int, 16)
	pairs := 0
outer:
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			if j > i {
				continue outer
			}
			if i == 3 && j == 2 {
				break outer
			}
			found <- i*10 + j
			pairs++
		}
	}
	close(found)
	line := ""
	for v := range found {
		line += fmt.Sprint(v, " ")
	}
	fmt.Println(len(cells), pairs)
	fmt.Println(line)

	vals := make(chan int)
	go func() {
		for _, v := range []int{3, 1, -1, 4, 0, 5, 9} {
			vals <- v
		}
		close(vals)
	}()
	sum := 0
loop:
	for {
		v, ok := <-vals
		switch {
		case !ok:
			break loop
		case v < 0:
			continue loop
		case v == 0:
			fmt.Println("zero seen")
		}
		sum += v
	}
	fmt.Println("sum", sum)
}
