package main

import (
	"bufio"
	"bytes"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"testing"
)

// TestServeLoopback: the preview server listens on the loopback address
// unless told otherwise, and says so when it is told otherwise.
func TestServeLoopback(t *testing.T) {
	var out, errs bytes.Buffer
	run([]string{"serve", "-h"}, &out, &errs)
	if !strings.Contains(out.String(), `(default "127.0.0.1:1313")`) {
		t.Errorf("serve -addr does not default to 127.0.0.1:1313:\n%s", out.String())
	}

	cmd := exec.Command(os.Args[0], "serve", "-site", newSite(t), "-no-cache", "-addr", "0.0.0.0:0")
	cmd.Env = append(os.Environ(), "TIMELINE_MAIN=1")
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Wait()
	defer cmd.Process.Signal(syscall.SIGINT)
	line, err := bufio.NewReader(stderr).ReadString('\n')
	if err != nil || !strings.Contains(line, "warning: ") || !strings.Contains(line, "is reachable from other machines") {
		t.Errorf("serve -addr 0.0.0.0:0 said %q (%v), want a warning", line, err)
	}
}
