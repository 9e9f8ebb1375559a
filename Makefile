# Hutong — the two commands a person needs are `make run` and `make test`.
# Everything else here is what those two are made of.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
export QTWEBENGINE_CHROMIUM_FLAGS ?= --no-sandbox --disable-gpu

.PHONY: run test check lint typecheck arch unit bench translations system-deps clean

run: $(STAMP) translations
	$(BIN)/hutong $(ARGS)

test: $(STAMP) translations check
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -n 2 --dist loadgroup -m "not serial" $(PYTEST_ARGS)
	@# Tests that must run alone (none today: timing lives in `hutong bench`); 5 = none collected.
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -m serial $(PYTEST_ARGS); status=$$?; \
		test $$status -eq 0 -o $$status -eq 5

check: lint typecheck arch

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)
	$(BIN)/mypy

arch: $(STAMP)
	$(BIN)/lint-imports

bench: $(STAMP)
	$(BIN)/hutong bench all

translations: $(STAMP)
	@$(BIN)/python -m desktop.i18n_build

system-deps:
	@.ci/system-deps

$(STAMP): pyproject.toml | system-deps
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

clean:
	rm -rf $(VENV) build *.egg-info .mypy_cache .ruff_cache .pytest_cache
