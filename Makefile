# The interface to the project: every command an editor or a developer runs.
# Needs only Go and make.

GO ?= go
TIMELINE = $(GO) run ./cmd/timeline

.PHONY: all build test test-large bench vet staticcheck clean

all: build

## build: build the site from content/ into public/
build:
	@$(TIMELINE) build

## test: run every test, go vet, gofmt and staticcheck (-short: the 10,000-article test is make test-large)
test: vet staticcheck
	$(GO) test -short ./...

## test-large: build 10,000 generated articles; every page under 1 MB, every internal link resolves
test-large:
	$(GO) test -count=1 -run 'TestLargeSite' -timeout 20m ./internal/build

## bench: every benchmark, on two cores, 3 runs each (compare two runs with benchstat)
BENCHFLAGS ?= -benchtime 3x -count 1
bench:
	GOMAXPROCS=2 $(GO) test -run '^$$' -bench . $(BENCHFLAGS) -timeout 60m ./...

vet:
	$(GO) vet ./...
	@out=$$(gofmt -l .); if [ -n "$$out" ]; then echo "gofmt needed on:"; echo "$$out"; exit 1; fi

## staticcheck: run staticcheck, pinned as a tool in go.mod
staticcheck:
	$(GO) tool staticcheck ./...


clean:
	rm -rf public .timeline-cache
