package chainwatch_test

import "time"

func runtimeGosched() { time.Sleep(2 * time.Millisecond) }
