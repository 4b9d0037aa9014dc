package main

import "fmt"

type op struct {
	kind string
	arg  int
}

func main() {
	ops := make(chan op)
	replies := make(chan int)
	go func() {
		stack := []int{}
		for o := range ops {
			switch o.kind {
			case "push":
				stack = append(stack, o.arg)
			case "pop":
				v := stack[len(stack)-1]
				stack = stack[:len(stack)-1]
				replies <- v
			case "peek":
				replies <- stack[len(stack)-1]
			case "size":
				replies <- len(stack)
			default:
				replies <- -1
			}
		}
		close(replies)
	}()
	for i := 1; i <= 5; i++ {
		ops <- op{"push", i * i}
	}
	for step := 0; step < 6; step++ {
		switch step % 3 {
		case 0:
			ops <- op{"pop", 0}
			fmt.Println("pop", <-replies)
		case 1:
			ops <- op{"peek", 0}
			fmt.Println("peek", <-replies)
		default:
			ops <- op{"size", 0}
			fmt.Println("size", <-replies)
		}
	}
	ops <- op{"bogus", 0}
	fmt.Println("bogus", <-replies)
	close(ops)
	_, ok := <-replies
	fmt.Println("replies open", ok)
}
