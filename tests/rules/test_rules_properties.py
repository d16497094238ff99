"""Property tests of the engine: totals add up, nothing negative, no cap exceeded, order does not matter."""

from __future__ import annotations

from datetime import date

import hypothesis.strategies as st
from credits_factory import (
    PERSON,
    award,
    book,
    ev,
    notice,
    paper,
    patent,
    project,
    qualification,
    sheet,
    training,
)
from hypothesis import HealthCheck, given, settings

from models.contract import Credits, Evidence, JournalLevel
from rules import activities as act
from rules.engine import EvalOptions, evaluate
from rules.loader import list_policies, load_policy

JOURNAL_LEVELS = list(JournalLevel.__args__)  # type: ignore[attr-defined]
POLICIES = [p.id for p in list_policies()]
YEARS = {p.id: p.year for p in list_policies()}
TITLES = st.sampled_from(["公需科目培训", "专业科目培训", "学术会议"])


@st.composite
def _iso(draw: st.DrawFn, year: int) -> str:
    # Mostly inside the policy year, so caps and one-paper rules are reached often.
    y = draw(st.sampled_from([year, year, year, year - 1, year + 1]))
    return draw(st.dates(date(y, 1, 1), date(y, 12, 31))).isoformat()


@st.composite
def _period(draw: st.DrawFn, year: int) -> tuple[str, str]:
    start = draw(st.dates(date(year, 1, 1), date(year, 12, 20)))
    end = draw(st.dates(start, date(year, 12, 31)))
    return start.isoformat(), end.isoformat()


def _with_person(at: int, others: list[str]) -> tuple[str, ...]:
    """The person at position `at` among the others (absent when at < 0), so ranks vary."""
    names = list(others)
    if at >= 0:
        names.insert(min(at, len(names)), "王 建国" if at == 2 else PERSON)
    return tuple(names) or ("李明",)


def _record(year: int) -> st.SearchStrategy[Evidence]:
    others = st.lists(st.sampled_from(["李明", "赵 四", "钱五", "孙六"]), max_size=4, unique=True)
    names = st.tuples(st.integers(-1, 4), others).map(lambda t: _with_person(*t))
    hours = st.one_of(st.none(), st.floats(0, 200, allow_nan=False).map(lambda h: round(h, 1)))
    return st.one_of(
        st.builds(lambda t, p, h: training(t, p[0], p[1], h), TITLES, _period(year), hours),
        st.builds(lambda t, p, n: sheet(t, p[0], p[1], n), TITLES, _period(year), names),
        st.builds(lambda t, p: notice(t, p[0], p[1]), TITLES, _period(year)),
        st.builds(paper, st.sampled_from([year, year, year, year - 1]),
                  st.lists(st.sampled_from(JOURNAL_LEVELS), max_size=3), names),
        st.builds(patent, st.sampled_from(["invention", "utility_model", "design", None]), _iso(year), names),
        st.builds(award, st.sampled_from(["national", "provincial", "municipal", "county", "bureau", None]),
                  st.sampled_from(["science_technology", "social_science", "competition", "other", None]),
                  _iso(year), st.one_of(st.none(), st.integers(1, 8))),
        st.builds(project, st.sampled_from(["国家自然科学基金委员会", "湖南省科学技术厅", "某市科学技术局", "某公司"]),
                  _iso(year), st.integers(1, 8)),
        st.builds(book, _iso(year), st.sampled_from(["editor_in_chief", "deputy_editor", "editorial_board",
                                                     "translator", "author"]), st.integers(1, 5)),
        st.builds(qualification, st.sampled_from(["graduation", "master_degree", "doctor_degree",
                                                  "postgraduate_courses", "self_study_exam", "computer_exam"]),
                  _iso(year), st.one_of(st.none(), st.lists(st.sampled_from(["A", "B", "C"]), max_size=3))),
        st.builds(lambda d: ev("other", holder=PERSON, issued_on=d), _iso(year)),
    )  # fmt: skip


@st.composite
def scenario(draw: st.DrawFn) -> tuple[str, list[tuple[str, Evidence]], list[int]]:
    policy_id = draw(st.sampled_from(POLICIES))
    records = draw(st.lists(_record(YEARS[policy_id]), max_size=16))
    evidence = [(f"e{i}", r) for i, r in enumerate(records)]
    order = draw(st.permutations(range(len(evidence))))
    return policy_id, evidence, order


def _run(policy_id: str, evidence: list[tuple[str, Evidence]]) -> Credits:
    return evaluate(
        load_policy(policy_id), PERSON, YEARS[policy_id], evidence, EvalOptions(title_level="senior")
    )


FAST = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(scenario())
def test_totals_are_the_sum_of_suggestions(s: tuple[str, list[tuple[str, Evidence]], list[int]]) -> None:
    credits = _run(s[0], s[1])
    for category in ("public", "professional"):
        expected = round(sum(x.hours or 0.0 for x in credits.suggestions if x.category == category), 2)
        assert abs(getattr(credits.totals, category) - expected) < 1e-9
    assert abs(credits.totals.total - (credits.totals.public + credits.totals.professional)) < 1e-9  # type: ignore[operator]


@FAST
@given(scenario())
def test_no_suggestion_or_shortfall_is_negative(s: tuple[str, list[tuple[str, Evidence]], list[int]]) -> None:
    credits = _run(s[0], s[1])
    assert all(x.hours is None or x.hours >= 0 for x in credits.suggestions)
    assert all(v is None or v >= 0 for v in credits.shortfall.model_dump().values())
    assert all((x.hours is None) == (x.status == "needs_review") for x in credits.suggestions)


@FAST
@given(scenario())
def test_no_cap_is_exceeded(s: tuple[str, list[tuple[str, Evidence]], list[int]]) -> None:
    policy = load_policy(s[0])
    credits = _run(s[0], s[1])
    for cap in policy.caps:
        capped = [x.hours or 0.0 for x in credits.suggestions if x.rule in cap.rules]
        if cap.kind == "annual_hours":
            assert sum(capped) <= (cap.max_hours or 0.0) + 1e-9
        else:
            assert sum(h > 0 for h in capped) <= 1
    by_id = dict(s[1])
    for x in credits.suggestions:
        rule = policy.rule(x.rule) if x.rule else None
        if rule and rule.hours and rule.hours.max_per_day and x.hours and act.days_in(by_id[str(x.evidence)]):
            assert x.hours <= rule.hours.max_per_day * act.days_in(by_id[str(x.evidence)]) + 1e-9  # type: ignore[operator]


@FAST
@given(scenario())
def test_order_of_evidence_does_not_change_totals(
    s: tuple[str, list[tuple[str, Evidence]], list[int]],
) -> None:
    policy_id, evidence, order = s
    first = _run(policy_id, evidence)
    shuffled = _run(policy_id, [evidence[i] for i in order])
    assert first.totals == shuffled.totals
    assert list(dict.fromkeys(x.evidence for x in shuffled.suggestions)) == [evidence[i][0] for i in order]
    assert sorted(x.evidence for x in first.suggestions) == sorted(x.evidence for x in shuffled.suggestions)


@FAST
@given(scenario())
def test_evaluate_is_deterministic_and_follows_evidence_order(
    s: tuple[str, list[tuple[str, Evidence]], list[int]],
) -> None:
    credits = _run(s[0], s[1])
    assert credits == _run(s[0], s[1])
    seen = list(dict.fromkeys(x.evidence for x in credits.suggestions))
    assert seen == [eid for eid, _ in s[1]]
