//go:build !(linux && amd64)

package runtime

// installSeccomp: no filter is implemented for this platform.
func installSeccomp() (ok bool, err error) { return false, nil }
