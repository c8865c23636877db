# CarerPress: two commands set everything up on a fresh Debian machine with Swift installed.
#   make run   installs missing Debian packages, builds, and builds Output/ from Content/
#   make test  the same set-up, then every test
SHELL := /bin/bash
.DEFAULT_GOAL := run

# Debian packages CarerPress needs to build (C libraries reached through pkg-config).
BUILD_PACKAGES := pkg-config libxml2-dev libharfbuzz-dev libfreetype-dev
# The test suite checks the JSON Schema with Python's jsonschema, an independent implementation.
TEST_PYTHON_PACKAGES := jsonschema pyyaml

SWIFT_FLAGS ?=
CARERPRESS := .build/debug/carerpress

.PHONY: run build test deps test-deps check schema bench clean

deps:
	@bash scripts/install-packages.sh $(BUILD_PACKAGES)

test-deps: deps
	@bash scripts/install-packages.sh python3 python3-pip
	@python3 -c 'import jsonschema, yaml' 2>/dev/null || python3 -m pip install -q $(TEST_PYTHON_PACKAGES)

build: deps
	swift build $(SWIFT_FLAGS) --product carerpress

run: build
	$(CARERPRESS) build Content --output Output

check: build
	$(CARERPRESS) check Content

test: test-deps
	swift build $(SWIFT_FLAGS) --product carerpress
	swift test $(SWIFT_FLAGS) --parallel

bench: deps
	bash scripts/bench.sh

schema: build
	$(CARERPRESS) schema

clean:
	rm -rf .build
