PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: help install run test lint golden bench clean

help:  ## List the targets
	@grep -E '^[a-z]+:.*##' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-8s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)  ## Create .venv and install crosscheck (editable) with the test tools

run: install  ## Install, then report on the seed articles
	$(BIN)/crosscheck report seeds/

test: install  ## Install, then run the test suite
	$(BIN)/python -m pytest -q

lint: install  ## ruff (lint and format) and mypy
	$(BIN)/ruff check crosscheck tests benchmarks
	$(BIN)/ruff format --check crosscheck tests benchmarks
	$(BIN)/mypy

golden: install  ## Regenerate the golden JSON report of seeds/
	$(BIN)/crosscheck report seeds/ --format json --output tests/golden/seeds.json

bench: install  ## Accuracy and throughput benchmarks (writes benchmarks/out/)
	$(BIN)/python benchmarks/run.py

clean:  ## Remove the virtual environments and caches
	rm -rf $(VENV) .bench-venv .pytest_cache .mypy_cache .ruff_cache benchmarks/out
