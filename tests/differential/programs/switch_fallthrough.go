package main

import "fmt"

func main() {
	log := make(chan string, 20)
	levels := make(chan int, 5)
	for _, l := range []int{3, 1, 2, 0, 7} {
		levels <- l
	}
	close(levels)
	for l := range levels {
		switch l {
		case 3:
			log <- "three"
			fallthrough
		case 2:
			log <- "two or more"
			fallthrough
		case 1:
			log <- "one or more"
		case 0:
			log <- "zero"
		default:
			log <- fmt.Sprint("unknown ", l)
		}
		log <- "--"
	}
	close(log)
	for s := range log {
		fmt.Println(s)
	}
}
