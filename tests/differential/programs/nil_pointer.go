package main

import "fmt"

type User struct{ name string }

func main() {
	users := make(chan *User, 2)
	users <- &User{"ann"}
	users <- nil
	for i := 0; i < 2; i++ {
		u := <-users
		fmt.Println(u.name)
	}
}
