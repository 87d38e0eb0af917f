//go:build unix

package extract

import (
	"syscall"
	"time"
)

// cpuTime is the user+system CPU time of the process: throughput per
// CPU-second stays meaningful on a machine busy with other work, where
// wall-clock MB/s does not.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
