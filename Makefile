# The doors into credproof. Each target installs what it needs first (see scripts/bootstrap.sh).
VENV := .venv
PY := $(VENV)/bin/python
PYTEST_ARGS ?=
# make eval scores the blind corpora first (written apart from the extractors), newest draw first, then the
# generator's seed 11 and the held-out corpus (both tuned on). Draws tuned on after their first sight flatter;
# a new first sight needs a new draw written apart.
EVAL_SEED ?= 11
# blind draws scored by `make eval`, newest first, as draw:seed (the README says which were tuned on)
BLIND_RUNS ?= 65:671 64:661 63:651 62:641 61:631 60:621 59:611 58:601 57:591 56:581 55:571 54:561 53:551 52:541 51:531 50:521 49:511 48:501 47:491 46:481 45:471 44:461 43:451 42:441 41:431 40:421 39:411 38:401 37:391 36:381 35:371 34:361 33:351 32:341 31:331 30:321 29:311 28:301 27:291 26:281 25:271 24:261 23:251 22:241 21:231 20:221 19:211 18:201 17:191 16:181 15:171 14:161 13:151 12:141 11:131 10:121 9:111 8:101 7:91 6:81 5:71 4:61 3:41
LEARN_SEED ?= 6
LEARN_DRAW ?= 2

.PHONY: run test lint bench eval eval-learn worker corpus clean help

help:
	@echo "make run    install what is missing and start the service on http://127.0.0.1:8000"
	@echo "make test   install what is missing and run the whole test suite"
	@echo "make lint   ruff (lint + format check) and mypy"
	@echo "make bench  OCR, credit engine, review-queue and load benchmarks (prints figures)"
	@echo "make eval   straight-through credit, calibration and field F1 on the blind, generated and held-out corpora"
	@echo "make eval LEARN=1 (or make eval-learn)  what reviewers' corrections teach, before/after figures"

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
	$(PY) -m bench.load_bench

# `make eval LEARN=1` (make itself refuses `make eval --learn`) or `make eval-learn`: what reviewers'
# corrections on half of a blind corpus teach about the other half (bench/learn_eval.py)
eval:
	@scripts/bootstrap.sh run
ifdef LEARN
	$(PY) -m bench.learn_eval --blind --seed $(LEARN_SEED) --draw $(LEARN_DRAW)
else
	@for run in $(BLIND_RUNS); do \
		$(PY) -m bench.eval --blind --draw $${run%%:*} --seed $${run##*:} || exit 1; \
	done
	$(PY) -m bench.eval --seed $(EVAL_SEED)
	$(PY) -m bench.eval --heldout
	$(PY) -m bench.split_eval --seed $(EVAL_SEED)
endif

eval-learn:
	@scripts/bootstrap.sh run
	$(PY) -m bench.learn_eval --blind --seed $(LEARN_SEED) --draw $(LEARN_DRAW)

clean:
	rm -rf var bench/out test-artifacts .pytest_cache .mypy_cache .ruff_cache
