# The interface to the project: every command an editor or a developer runs.
# Needs only Go and make.

GO ?= go
TIMELINE = $(GO) run ./cmd/timeline

.PHONY: all build test vet staticcheck eval clean

all: build

## build: build the site from content/ into public/
build:
	@$(TIMELINE) build

## test: run every test, go vet, gofmt and staticcheck
test: vet staticcheck
	$(GO) test ./...

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
