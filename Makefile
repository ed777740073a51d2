# The one way to run things. CI (.ci/run) calls `make test`.
#   make run    set everything up, build the graph from seeds/ into ./data/store, serve it
#   make test   set everything up (Chromium too), check the style (ruff, mypy) and run every test
#   make bench  speed and memory figures, as ratios against baselines measured in the same run
#   make train  refit the learned pair scorer's weights (graph/data/learned/) on tests/eval/dev
#   make calibrate  refit the claim confidence model (graph/data/calibration/) on tests/eval/dev
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
PYTHON ?= python3
TOOLS := .tools
UV := $(TOOLS)/bin/uv
VENV := .venv
BIN := $(VENV)/bin
STORE ?= data/store
HOST ?= 127.0.0.1
PORT ?= 8000
export UV_PYTHON_DOWNLOADS := never
export UV_PROJECT_ENVIRONMENT := $(VENV)

.PHONY: setup setup-browser run build serve test test-fast bench lint score train calibrate crossval clean

$(UV): requirements/uv.txt
	$(PYTHON) -m venv $(TOOLS)
	$(TOOLS)/bin/pip install --quiet --require-hashes -r requirements/uv.txt
	touch $(UV)

setup: $(UV)
	$(UV) sync --locked --python $(PYTHON)
	@if [ -f package-lock.json ]; then npm ci --no-audit --no-fund --loglevel=error; fi

setup-browser:
	@command -v chromium >/dev/null || { \
	  echo "installing Debian's chromium for the browser tests"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }

build: setup
	$(BIN)/allegiance build seeds --store $(STORE)

serve: setup
	@echo "Serving $(STORE):"
	@echo "  start here      http://$(HOST):$(PORT)/"
	@echo "  network page    http://$(HOST):$(PORT)/graph"
	@echo "  SPARQL editor   http://$(HOST):$(PORT)/sparql"
	@echo "  who supports    http://$(HOST):$(PORT)/api/supports"
	@echo "  API docs        http://$(HOST):$(PORT)/docs"
	$(BIN)/allegiance serve --store $(STORE) --host $(HOST) --port $(PORT)

run: build serve

test: setup setup-browser lint
	$(BIN)/python -m pytest -q

test-fast: setup
	$(BIN)/python -m pytest -q -m "not browser and not slow"

# BENCH_SIZE=full make bench: the full sizes and the store of a million triples (by hand)
bench: setup setup-browser
	$(BIN)/python -m bench
	$(BIN)/python -m bench.bench_actors
	$(BIN)/python -m bench.bench_fair_share

lint: setup
	$(BIN)/ruff check graph api tests bench
	$(BIN)/ruff format --check --quiet graph api tests bench
	$(BIN)/mypy

# the learned pair scorer: its weights, and its document-level cross-validation against the rules
train: setup
	$(BIN)/python -m graph.learn.train --docs tests/eval/dev/docs --gold tests/eval/dev/gold.json \
	  --out graph/data/learned/pairs.json

# the claim confidence model: weights, score -> confidence curve, and a note with its
# document-level cross-validated precision and recall at 0.5 and 0.8 (after rule changes)
calibrate: setup
	$(BIN)/python -m graph.learn.calibrate --docs tests/eval/dev/docs --gold tests/eval/dev/gold.json \
	  --out graph/data/calibration

crossval: setup
	$(BIN)/python -m graph.learn.crossval --docs tests/eval/dev/docs --gold tests/eval/dev/gold.json \
	  --scorer ../shared/eval/score.py --out data/crossval.json

score: setup
	$(PYTHON) ../shared/eval/score.py --docs seeds --gold ../shared/eval/seeds.gold.json --api -v

clean:
	rm -rf $(VENV) $(TOOLS) node_modules data .pytest_cache .mypy_cache .ruff_cache
