module wxbench/strings

go 1.24
