//go:build race

package main

// raceDetector is true in a test binary built with -race, where the
// heaviest rows of the hostile table take minutes instead of seconds.
const raceDetector = true
