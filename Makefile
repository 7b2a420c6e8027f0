# The interface to the project: every command an editor or a developer runs.
# Needs only Go and make.

GO ?= go
TIMELINE = $(GO) run ./cmd/timeline

.PHONY: all build serve check test test-race test-hostile test-large test-browser fuzz bench-search bench eval vet staticcheck clean

all: build

## build: build the site from content/ into public/
build:
	@$(TIMELINE) build

## serve: preview the site at http://127.0.0.1:1313/, rebuilt and reloaded as you save
serve:
	@$(TIMELINE) serve

## check: check the articles, site.toml, the templates and every link, writing nothing
check:
	@$(TIMELINE) check

## test: run every test, go vet, gofmt and staticcheck (-short: the 10,000-article test is make test-large)
test: vet staticcheck
	$(GO) test -short ./...

## test-race: every test but the long ones, with the race detector
test-race:
	$(GO) test -race -short ./...

## test-hostile: the long hostile-input tests: builds killed by SIGINT/SIGTERM, a 50 MB article
test-hostile:
	$(GO) test -count=1 -run 'TestSignals|TestHugeArticle' -timeout 10m ./cmd/timeline

## test-large: build 10,000 generated articles; every page under 1 MB, every internal link resolves;
## then test-hostile
test-large: test-hostile
	$(GO) test -count=1 -run 'TestLargeSite' -timeout 20m ./internal/build

## fuzz: run each fuzz target for FUZZTIME, one after the other, on one worker
## (go test -fuzz takes one target at a time); what they find goes to testdata/fuzz/.
## Go 1.26's fuzzer may fail a target with a bare "context deadline exceeded" as
## FUZZTIME ends, having found nothing (go.dev/issue/75804, fixed in Go 1.27):
## such a target runs once more; a second failure, or any other, fails.
FUZZTIME ?= 30s
FUZZ_TARGETS = ./internal/content:FuzzParse ./internal/content:FuzzClean ./internal/content:FuzzSplit \
	./internal/content:FuzzHints ./internal/content:FuzzPlain ./internal/dates:FuzzTag ./internal/build:FuzzBuildArticle \
	./internal/render:FuzzRows ./internal/attribution:FuzzClean ./internal/attribution:FuzzTokenize \
	./internal/headline:FuzzShape ./internal/gazetteer:FuzzFind ./internal/kinds:FuzzOf ./internal/kinds:FuzzLoad \
	./internal/claims:FuzzFind ./internal/geomap:FuzzRender ./internal/geomap:FuzzCrowd ./internal/webpage:FuzzRead
fuzz:
	@set -e; log=$$(mktemp); trap 'rm -f "$$log"' EXIT; \
	for t in $(FUZZ_TARGETS); do \
		for try in 1 2; do \
			echo "fuzz $${t#*:} ($${t%:*}, $(FUZZTIME))"; \
			if $(GO) test -run '^$$' -fuzz "^$${t#*:}\$$" -fuzztime $(FUZZTIME) -fuzzminimizetime 10s -parallel 1 $${t%:*} >"$$log" 2>&1; then \
				cat "$$log"; break; \
			fi; \
			cat "$$log"; \
			if [ $$try = 2 ] || ! grep -q 'context deadline exceeded' "$$log" || grep -q 'Failing input written' "$$log"; then exit 1; fi; \
			echo "fuzz $${t#*:}: stopped by the fuzzer's own deadline, nothing found (go.dev/issue/75804): once more"; \
		done; \
	done

## test-browser: the reader's site in headless Chromium (search, filters, every page type at
## 375 and 1280 px, axe-core, file://, Lighthouse) and the Nu HTML checker; needs chromium,
## node and java (.ci/run installs them); screenshots go to SHOTS, or a folder it prints
SHOTS ?=
test-browser:
	cd internal/browser && npm ci --no-audit --no-fund --loglevel=error
	$(GO) test -count=1 -timeout 15m -v ./internal/browser -browser $(if $(SHOTS),-shots $(SHOTS))

## bench-search: search a 10,000-article synthetic site in Chromium: ms and KB per query
bench-search:
	cd internal/browser && npm ci --no-audit --no-fund --loglevel=error
	$(GO) test -run '^$$' -bench SearchLarge -benchtime 1x -timeout 30m ./internal/browser -browser -large 10000

## bench: every benchmark, on two cores, 3 runs each, one package at a time (compare two runs with benchstat)
# BENCHTMP: where the benchmarks write their sites (up to 3.5 GB at once): tmpfs when there is one
BENCHFLAGS ?= -benchtime 3x -count 1 -p 1
BENCHTMP ?= $(shell [ -d /dev/shm ] && [ -w /dev/shm ] && echo /dev/shm || echo $${TMPDIR:-/tmp})
bench:
	TMPDIR=$(BENCHTMP) GOMAXPROCS=2 $(GO) test -run '^$$' -bench . $(BENCHFLAGS) -timeout 60m ./...

## eval: score the date tagger on French TimeBank (../shared/eval/fr-timebank, or FR_TIMEBANK_DIR)
FR_TIMEBANK_DIR ?= ../shared/eval/fr-timebank
eval:
	@$(TIMELINE) eval-timex $(FR_TIMEBANK_DIR)

vet:
	$(GO) vet ./...
	@out=$$(gofmt -l .); if [ -n "$$out" ]; then echo "gofmt needed on:"; echo "$$out"; exit 1; fi

## staticcheck: run staticcheck, pinned as a tool in go.mod
staticcheck:
	$(GO) tool staticcheck ./...


clean:
	rm -rf public .timeline-cache
