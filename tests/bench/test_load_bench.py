"""bench.load_bench runs against the real server and reports every figure (a few requests, SQLite only)."""

from __future__ import annotations

import re

import pytest

from bench import load_bench

pytestmark = [pytest.mark.slow, pytest.mark.redis]


def test_load_bench_reports_its_figures(capsys):
    assert (
        load_bench.main(["--uploads", "3", "--gets", "6", "--skip-postgres", "--drain-timeout", "120"]) == 0
    )
    out = capsys.readouterr().out
    assert re.search(r"uploads: 3 concurrent in [\d.]+ s = [\d.]+ uploads/s; 3 accepted \(202\)", out), out
    assert re.search(r"queue drained [\d.]+ s after the last upload answered: 3 processed, 0 failed", out), (
        out
    )
    assert re.search(r"GETs: 6 concurrent, p95 [\d.]+ s", out), out
    assert "5xx answers: 0" in out and "lost documents: 0" in out
    assert re.search(r"slowest request: (POST|GET) /api/v1/documents\S* [\d.]+ s \(20[02]\)", out), out
    assert "floors (0 5xx, 0 lost, 0 failed, no request over 5 s):" in out


def test_a_missed_floor_is_reported_and_fails_with_check():
    report = load_bench.Report("X", uploads=[load_bench.Sample("POST /x", 500, 6.0)], upload_seconds=1.0, lost=1,
                               failed=2,
                               gets=[load_bench.Sample("GET /y", None, 30.0, "ReadTimeout")])  # fmt: skip
    missed = load_bench.print_report(report)
    assert (
        len(missed) == 4
        and "1 5xx" in missed[0]
        and "1 lost" in missed[1]
        and "2 documents failed" in missed[2]
    )
    assert "30.00 s" in missed[3]
