"""The calibration fit (bench/calibrate.py) and its use in rules/confidence.py."""

from __future__ import annotations

import pytest

from bench import calibrate
from rules import confidence


def test_the_fit_is_non_decreasing_and_estimates_the_rate_right() -> None:
    data = [("title", 0.65, i < 9) for i in range(10)] + [("title", 0.92, i < 6) for i in range(10)]
    data += [("title", 0.99, True) for _ in range(10)]
    rows = calibrate.fit(data)["title"]
    rates = [rate for _, rate in rows]
    assert rates == sorted(
        rates
    )  # 0.65 -> 9/10 right and 0.92 -> 6/10 are pooled: never lower for higher raw
    prior = calibrate.PRIOR
    assert rates[-1] == pytest.approx((10 + prior * 0.99) / (10 + prior), abs=1e-4)
    low, mid = (9 + prior * 0.65) / (10 + prior), (6 + prior * 0.92) / (10 + prior)
    assert low > mid  # the violation the pooling mends
    assert rows[0][1] == pytest.approx((low + mid) / 2, abs=1e-4)  # the pooled bin, ten values each


def test_a_bin_of_few_values_keeps_nearly_its_raw_confidence() -> None:
    # two classifications read at 0.35 that happened to be right do not make 0.35 mean 0.94
    data = [("evidence_type", 0.35, True)] * 2 + [("evidence_type", 0.99, True)] * 100
    rows = calibrate.fit(data)["evidence_type"]
    assert rows[0][0] == 0.0
    assert rows[0][1] == pytest.approx((2 + calibrate.PRIOR * 0.35) / (2 + calibrate.PRIOR), abs=1e-4)
    assert rows[0][1] < 0.5 < rows[-1][1]


def test_a_rarely_seen_field_is_left_raw() -> None:
    assert "issuer" not in calibrate.fit([("issuer", 0.9, True)] * (calibrate.MIN_COUNT - 1))


def test_calibrated_reads_the_bin_below_the_raw_value(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(confidence, "_table", lambda: {"people": [[0.5, 0.4], [0.9, 0.97]]})
    assert confidence.calibrated("people", 0.95) == 0.97
    assert confidence.calibrated("people", 0.7) == 0.4
    assert confidence.calibrated("people", 0.3) == 0.3  # below every bin: raw
    assert confidence.calibrated("title", 0.3) == 0.3  # unknown field: raw


def test_a_toss_up_is_never_calibrated_up(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(confidence, "_table", lambda: {"evidence_type": [[0.0, 0.967], [0.98, 1.0]]})
    assert confidence.calibrated("evidence_type", 0.35) == 0.35
    assert confidence.calibrated("evidence_type", 0.6) == 0.967
    monkeypatch.setattr(confidence, "_table", lambda: {"holder": [[0.0, 0.2]]})
    assert confidence.calibrated("holder", 0.4) == 0.2  # lowered, as any value may be
