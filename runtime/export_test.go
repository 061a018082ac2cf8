package runtime

// WorkerPIDs exposes the live workers' PIDs to the external tests.
func WorkerPIDs(s *Sandbox) []int { return s.workerPIDs() }

// JailDir exposes the workers' empty root directory to the external tests.
func JailDir(s *Sandbox) string { return s.jail }
