"""Field-by-field comparison of predicted evidence records with generator truth (see bench/eval.py for the rules)."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from bench.generator.truth import get_path

SET_FIELDS = ("people", "journal.levels", "qualification.modules")
QUOTES = re.compile(r"[《》〈〉“”\"'‘’「」]")
DIAGNOSTIC = "people.names"  # names only, ignoring rank and role; reported, not counted in overall


def norm_text(value: Any) -> Any:
    """NFKC, no whitespace, no quotes/book-title marks; other types unchanged (floats rounded)."""
    if isinstance(value, str):
        return QUOTES.sub("", re.sub(r"\s+", "", unicodedata.normalize("NFKC", value))) or None
    if isinstance(value, float):
        return round(value, 2)
    return value


def norm_field(path: str, value: Any) -> Any:
    if value is None:
        return None
    if path == "book.isbn":
        return re.sub(r"[^0-9X]", "", str(value).upper()) or None
    if path == "journal.year" and isinstance(value, str) and value.isdigit():
        return int(value)
    if path in ("hours_stated",) and isinstance(value, int | float):
        return round(float(value), 2)
    if path in ("journal.volume", "journal.issue") and isinstance(value, int):
        value = str(value)
    return norm_text(value)


def items(path: str, record: dict[str, Any] | None) -> Counter:
    """The comparable items of a set-valued field (a multiset)."""
    if record is None:
        return Counter()
    if path in ("people", DIAGNOSTIC):
        people = record.get("people") or []
        if path == DIAGNOSTIC:
            return Counter(norm_text(p.get("name")) for p in people)
        return Counter((norm_text(p.get("name")), p.get("rank"), p.get("role")) for p in people)
    values = get_path(record, path) or []
    return Counter(norm_text(v) for v in values)


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Tally) -> None:
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn

    def prf(self) -> dict[str, float | int]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        return {
            "precision": round(p, 4),
            "recall": round(r, 4),
            "f1": round(f1, 4),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


def compare_field(path: str, truth: dict[str, Any], pred: dict[str, Any] | None) -> tuple[Tally, Any, Any]:
    """(tally, truth value, predicted value) for one scored field of one document."""
    if path in SET_FIELDS or path == DIAGNOSTIC:
        t, p = items(path, truth), items(path, pred)
        both = sum((t & p).values())
        tally = Tally(both, sum(p.values()) - both, sum(t.values()) - both)
        return tally, sorted(map(str, t.elements())), sorted(map(str, p.elements()))
    t = norm_field(path, get_path(truth, path))
    p = norm_field(path, get_path(pred, path)) if pred is not None else None
    if t is None and p is None:
        return Tally(), t, p
    if t == p:
        return Tally(tp=1), t, p
    return Tally(fp=int(p is not None), fn=int(t is not None)), t, p


@dataclass
class Scoreboard:
    """Accumulates per-field tallies overall and per degradation, plus the type confusion matrix."""

    fields: dict[str, dict[str, Tally]] = field(
        default_factory=lambda: defaultdict(lambda: defaultdict(Tally))
    )
    confusion: Counter = field(default_factory=Counter)
    typed: Counter = field(default_factory=Counter)  # (degradation, correct?) -> n

    def add(self, rec: dict[str, Any], pred: dict[str, Any] | None) -> list[dict[str, Any]]:
        """Score one document; returns its mismatches (for eval-errors.jsonl)."""
        deg, truth = rec["degradation"], rec["evidence"]
        pred_type = pred.get("evidence_type") if pred else "error"
        self.confusion[(truth["evidence_type"], pred_type)] += 1
        self.typed[(deg, pred_type == truth["evidence_type"])] += 1
        mismatches = []
        if pred_type != truth["evidence_type"]:
            mismatches.append({"field": "evidence_type", "truth": truth["evidence_type"], "pred": pred_type})
        scored = list(rec["scored"]) + ([DIAGNOSTIC] if "people" in rec["scored"] else [])
        for path in scored:
            tally, t, p = compare_field(path, truth, pred)
            for bucket in ("all", deg):
                self.fields[bucket][path].add(tally)
            if tally.fp or tally.fn:
                mismatches.append({"field": path, "truth": t, "pred": p})
        return mismatches

    def overall(self, bucket: str) -> dict[str, float | int]:
        total = Tally()
        for path, tally in self.fields[bucket].items():
            if path != DIAGNOSTIC:
                total.add(tally)
        return total.prf()

    def type_accuracy(self, degradation: str | None = None) -> float:
        keys = [k for k in self.typed if degradation is None or k[0] == degradation]
        n = sum(self.typed[k] for k in keys)
        return round(sum(self.typed[k] for k in keys if k[1]) / n, 4) if n else 0.0
