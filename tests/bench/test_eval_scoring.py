"""The eval's field comparison and the OCR bench's CER: the rules the figures are computed by."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from bench.ocr_bench import cer, levenshtein
from bench.scoring import Scoreboard, compare_field

TRUTH = json.loads((Path(__file__).resolve().parents[1] / "fixtures" / "patent_clean.truth.json").read_text())


def _pred(**changes):
    pred = copy.deepcopy(TRUTH["evidence"])
    for path, value in changes.items():
        *parents, leaf = path.split("__")
        target = pred
        for p in parents:
            target = target[p]
        target[leaf] = value
    return pred


def test_perfect_prediction_scores_one() -> None:
    board = Scoreboard()
    assert board.add(TRUTH, _pred()) == []
    assert board.overall("all")["f1"] == 1.0 and board.type_accuracy() == 1.0


def test_whitespace_and_title_marks_are_ignored() -> None:
    tally, _, _ = compare_field(
        "title", TRUTH["evidence"], _pred(title=f"《 {TRUTH['evidence']['title']} 》")
    )
    assert (tally.tp, tally.fp, tally.fn) == (1, 0, 0)


@pytest.mark.parametrize(
    ("value", "expected"), [(None, (0, 0, 1)), ("2000-01-01", (0, 1, 1))], ids=["missing", "wrong"]
)
def test_scalar_missing_is_fn_and_wrong_is_fp_plus_fn(value, expected) -> None:
    tally, _, _ = compare_field("issued_on", TRUTH["evidence"], _pred(issued_on=value))
    assert (tally.tp, tally.fp, tally.fn) == expected


def test_predicting_what_the_document_does_not_show_is_fp() -> None:
    tally, _, _ = compare_field("holder", TRUTH["evidence"], _pred(holder="张三"))
    assert (tally.tp, tally.fp, tally.fn) == (0, 1, 0)


def test_people_count_per_person_with_rank_and_role() -> None:
    people = copy.deepcopy(TRUTH["evidence"]["people"])
    people[0]["rank"] = 9
    tally, _, _ = compare_field("people", TRUTH["evidence"], _pred(people=people))
    n = len(people)
    assert (tally.tp, tally.fp, tally.fn) == (n - 1, 1, 1)
    names, _, _ = compare_field("people.names", TRUTH["evidence"], _pred(people=people))
    assert (names.tp, names.fp, names.fn) == (n, 0, 0)


def test_wrong_type_is_counted_and_reported() -> None:
    board = Scoreboard()
    mismatches = board.add(TRUTH, _pred(evidence_type="other"))
    assert mismatches[0]["field"] == "evidence_type" and board.type_accuracy() == 0.0
    board.add(TRUTH, None)  # a document that failed to read misses every field
    assert board.confusion[("patent_certificate", "error")] == 1
    assert board.fields["all"]["patent.number"].fn == 1


def test_isbn_compares_digits_only() -> None:
    truth = {"book": {"isbn": "978-7-03-056789-3"}}
    tally, _, _ = compare_field("book.isbn", truth, {"book": {"isbn": "9787030567893"}})
    assert tally.tp == 1


def test_cer_is_edit_distance_over_reference_length() -> None:
    assert levenshtein("kitten", "sitting") == 3
    assert cer("证书 编号：12", "证书编号:12") == 0.0  # NFKC folds full-width punctuation; spaces are ignored
    assert cer("山东农业大学", "出东农业大学") == pytest.approx(1 / 6)
    assert cer("山东农业大学", "") == 1.0
