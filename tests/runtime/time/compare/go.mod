module timecompare

go 1.23
