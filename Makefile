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
	@# No test measures time (that lives in `hutong bench`), so the whole suite runs in parallel.
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -n 2 --dist loadgroup $(PYTEST_ARGS)

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
