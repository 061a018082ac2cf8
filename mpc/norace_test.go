//go:build !race

package mpc_test

const timeScale = 1
