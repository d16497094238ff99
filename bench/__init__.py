"""Benchmarks and the evaluation harness: rendered corpus, `make eval`, `make bench` (scripts, not tests)."""
