# The doors into credproof. Each target installs what it needs first (see scripts/bootstrap.sh).
VENV := .venv
PY := $(VENV)/bin/python
PYTEST_ARGS ?=
# make eval scores a corpus the extractors were not tuned on (they were tuned on seed 7)
EVAL_SEED ?= 11

.PHONY: run test lint bench eval worker corpus clean help

help:
	@echo "make run    install what is missing and start the service on http://127.0.0.1:8000"
	@echo "make test   install what is missing and run the whole test suite"
	@echo "make lint   ruff (lint + format check) and mypy"
	@echo "make bench  OCR, credit engine and review-queue benchmarks (prints figures)"
	@echo "make eval   extraction accuracy on a rendered corpus and on a held-out one (prints figures)"

run:
	@scripts/bootstrap.sh run
	$(VENV)/bin/credproof run

worker:
	@scripts/bootstrap.sh run
	$(VENV)/bin/credproof worker

test:
	@scripts/bootstrap.sh test
	$(VENV)/bin/pytest $(PYTEST_ARGS)

lint:
	@scripts/bootstrap.sh run
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy

bench:
	@scripts/bootstrap.sh test
	$(PY) -m bench.ocr_bench
	OMP_NUM_THREADS=1 $(PY) -m bench.ocr_profile
	$(PY) -m bench.ocr_throughput
	$(PY) -m bench.credits_bench
	$(PY) -m bench.queue_bench

eval:
	@scripts/bootstrap.sh run
	$(PY) -m bench.eval --seed $(EVAL_SEED)
	$(PY) -m bench.eval --heldout

clean:
	rm -rf var bench/out test-artifacts .pytest_cache .mypy_cache .ruff_cache
