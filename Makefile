# The set-up contract: `make demo` and `make test` on a fresh Debian 12 machine.
BUILD ?= build
JOBS ?= $(shell nproc)
SAMPLE := examples/sample-corpus
DEMO_OUT := $(BUILD)/demo

.PHONY: all deps build test demo bench fuzz format clean

all: build

deps:
	@scripts/install-deps

$(BUILD)/CMakeCache.txt: | deps
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo

build: deps $(BUILD)/CMakeCache.txt
	cmake --build $(BUILD) -j $(JOBS)

test: build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

demo: build
	@mkdir -p $(DEMO_OUT)
	$(BUILD)/recoupe analyze $(SAMPLE) --json $(DEMO_OUT)/report.json --html $(DEMO_OUT)/report.html
	@echo "demo report: $(abspath $(DEMO_OUT))/report.json and $(abspath $(DEMO_OUT))/report.html"

bench: build
	@for b in $(BUILD)/bench/*_bench; do echo "== $$b"; $$b; done

format:
	clang-format -i $$(git ls-files 'src/*.cc' 'src/*.h' 'tests/*.cc' 'bench/*.cc' 'fuzz/*.cc' 'tools/*.cc')

clean:
	rm -rf $(BUILD)
