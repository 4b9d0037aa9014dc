module tswasmexport/bench/baselines/go

go 1.24
