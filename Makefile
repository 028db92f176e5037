# Exchange Explorer. The two set-up commands are `make run` and `make test`.
SHELL := /bin/sh
.DEFAULT_GOAL := run
VENV  := .venv
PY    := $(VENV)/bin/python
DB    := build/reference.sqlite
SOURCES ?= $(or $(EXPLORER_SOURCES),../shared/data)
QM    := $(patsubst %.ts,%.qm,$(wildcard resources/translations/*.ts))
DB_INPUTS := $(shell find explorer/importers explorer/store db/curated -type f -name '*.py' -o -type f -name '*.toml' -o -type f -name '*.csv' 2>/dev/null)

.PHONY: run test lint unit db bench system-deps system-deps-test clean translations a11y reliability

# Packaging targets (package, package-test) live beside their recipes.
-include packaging/package.mk

run: system-deps $(VENV)/.installed $(QM) $(DB)
	$(PY) -m explorer --db $(DB)

test: system-deps-test $(VENV)/.installed-dev $(QM) $(DB) lint
	QT_QPA_PLATFORM=offscreen EXPLORER_TEST_DB=$(CURDIR)/$(DB) $(PY) -m pytest -q

lint: $(VENV)/.installed-dev
	$(VENV)/bin/ruff check explorer tests bench
	$(VENV)/bin/mypy
	$(VENV)/bin/lint-imports

db: $(DB)

$(DB): $(VENV)/.installed $(DB_INPUTS)
	$(PY) -m explorer build-db --sources "$(SOURCES)" --out $(DB)

system-deps:
	@scripts/system-deps.sh run

system-deps-test:
	@scripts/system-deps.sh test

$(VENV)/bin/python:
	"$$(scripts/find-python.sh)" -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip

$(VENV)/.installed: pyproject.toml $(VENV)/bin/python
	$(PY) -m pip install -q -e .
	scripts/translations.sh release
	@touch $@

# Update the translation sources from the code (lupdate merges) and build the catalogues.
translations: $(VENV)/.installed
	scripts/translations.sh

# A catalogue is rebuilt when its committed source changes (the .qm files are not committed).
$(QM): %.qm: %.ts | $(VENV)/.installed
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

$(VENV)/.installed-dev: pyproject.toml $(VENV)/.installed
	$(PY) -m pip install -q -e '.[dev]'
	@touch $@

bench: $(VENV)/.installed-dev $(DB)
	EXPLORER_DB=$(CURDIR)/$(DB) $(PY) -m bench.run --no-fail-on-target $(if $(ONLY),--only $(ONLY)) $(if $(REPEATS),--repeats $(REPEATS))

# The full fault campaign (tests/reliability; make test runs its short form), then the
# README's reliability table from build/reliability.json.
reliability: system-deps-test $(VENV)/.installed-dev $(QM) $(DB)
	QT_QPA_PLATFORM=offscreen EXPLORER_TEST_DB=$(CURDIR)/$(DB) RELIABILITY_FULL=1 $(PY) -m pytest -q tests/reliability
	$(PY) scripts/reliability_table.py README.md

# Out of process, as a screen reader: the AT-SPI tree of every page, named/unnamed elements.
a11y: system-deps-test $(VENV)/.installed $(DB)
	dbus-run-session -- xvfb-run -a /usr/bin/python3 scripts/a11y_walk.py --db $(DB)

clean:
	rm -rf build dist bench/work .pytest_cache .mypy_cache .ruff_cache
