# Two commands do all the set-up on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
DB ?= eventwire.db
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: install demo test lint browser bench clean

$(BIN)/eventwire: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev,postgres]'
	touch $(BIN)/eventwire

install: $(BIN)/eventwire

demo: install
	$(BIN)/eventwire ingest examples/ --db $(DB)
	$(BIN)/eventwire events --db $(DB) --format table
	$(BIN)/eventwire serve --db $(DB) --host $(HOST) --port $(PORT)

browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq chromium >/dev/null; \
	  else echo "chromium missing: run 'sudo apt-get install chromium' for the browser test"; fi; }

lint: install
	$(BIN)/ruff check src tests bench

test: install browser lint
	$(BIN)/pytest -q

bench: install
	$(BIN)/python bench/extraction.py
	$(BIN)/python bench/actors.py
	$(BIN)/python bench/events.py
	$(BIN)/python bench/time_place.py
	$(BIN)/python bench/throughput.py

clean:
	rm -rf $(VENV) build *.egg-info
