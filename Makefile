# Two commands, each sets up everything it needs on a fresh machine:
#   make run    the dashboard on the embedded sample article at http://127.0.0.1:8050
#   make test   lint and the whole test suite, browser tests included
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test setup system-deps

run: setup
	$(BIN)/tripmap serve

test: setup
	$(BIN)/ruff check .
	$(BIN)/pytest

setup: system-deps $(VENV)/.installed

system-deps:
	bash scripts/install-system-deps.sh

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@
