package main

import "fmt"

func main() {
	rows := [][]int{{1, 2, -1, 4}, {5, 6}, {7, -1, 9}, {10}}
	found := 0
	skipped := 0
rowsLoop:
	for r, row := range rows {
		ch := make(chan int, len(row))
		for _, v := range row {
			ch <- v
		}
		close(ch)
		for v := range ch {
			if v < 0 {
				skipped += len(ch)
				continue rowsLoop
			}
			if v == 10 {
				fmt.Println("ten found in row", r)
				break rowsLoop
			}
			found += v
		}
		fmt.Println("row", r, "complete")
	}
	fmt.Println("found", found, "skipped", skipped)
}
