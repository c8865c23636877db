# CarerPress: two commands set everything up on a fresh Debian machine with Swift installed.
#   make run   installs missing Debian packages, builds, and builds Output/ from Content/
#   make test  the same set-up, then every test
SHELL := /bin/bash
.DEFAULT_GOAL := run

# Debian packages CarerPress needs to build (C libraries reached through pkg-config).
BUILD_PACKAGES := pkg-config libxml2-dev libharfbuzz-dev libfreetype-dev libicu-dev libdeflate-dev libisal-dev libssl-dev libmimalloc-dev fonts-liberation2 fonts-dejavu-core

SWIFT_FLAGS ?=
CARERPRESS := .build/debug/carerpress

.PHONY: run build test deps test-deps check schema bench clean browser-checks

deps:
	@bash scripts/install-packages.sh $(BUILD_PACKAGES)
	@bash scripts/install-pictures.sh

# Debian packages the tests use: PDF checkers (qpdf, poppler's pdfinfo/pdffonts/pdftotext) and the
# fonts the PDF writer's tests embed.
TEST_PACKAGES := qpdf poppler-utils

# The tests check the JSON Schema with Python's jsonschema, an independent implementation, from
# a virtual environment of the project's own (scripts/python-env.sh).
test-deps: deps
	@bash scripts/install-packages.sh $(TEST_PACKAGES)
	@bash scripts/python-env.sh > /dev/null

build: deps
	swift build $(SWIFT_FLAGS) --product carerpress

run: build
	$(CARERPRESS) build Content --output Output

check: build
	$(CARERPRESS) check Content

test: test-deps
	swift build $(SWIFT_FLAGS) --product carerpress
	CARERPRESS_PYTHON="$$(bash scripts/python-env.sh)" swift test $(SWIFT_FLAGS) --parallel
	$(MAKE) browser-checks

# Every page the shipped content makes, in headless Chromium with axe-core (WCAG 2.x A/AA and
# best practice, at 1280 and 320 px) and in the Nu HTML checker. Installs what it needs.
browser-checks: build
	bash Tests/BrowserChecks/install.sh
	bash Tests/BrowserChecks/self_test.sh
	rm -rf .build/browser-checks && $(CARERPRESS) build Content --output .build/browser-checks/Output
	bash Tests/BrowserChecks/check_html.sh .build/browser-checks/Output
	python3 Tests/BrowserChecks/check_pages.py .build/browser-checks/Output

# Release build; corpora of 1, 100 and 1,000 documents; beside Hugo and pandoc (scripts/bench.sh).
bench: deps
	bash scripts/bench.sh

schema: build
	$(CARERPRESS) schema

clean:
	rm -rf .build
