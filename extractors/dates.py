"""Dates and date ranges as printed on Chinese proofs (digits, Chinese numerals, OCR slips) to ISO strings."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from extractors.fields import Hit, ocr_factor
from extractors.text import Row

_CN_DIGIT = {"〇": 0, "零": 0, "O": 0, "o": 0, "○": 0, "0": 0, "Ｏ": 0, "一": 1, "二": 2, "三": 3, "四": 4,
             "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}  # fmt: skip
_CN = "〇零O○o0一二三四五六七八九十廿卅"  # OCR mixes a digit 0 into Chinese-numeral years: 二0一六年
# Tesseract reads 月 as A/H/B/F and 日 as A/H/B/E/曰/目/El; accepted only inside a date shape.
_MONTH_MARK = r"(?:月|[AHBF](?=\s*\d))"
_DAY_MARK = r"(?:日|号|曰|目|[AHBE]l?)"
_Y = r"(?P<y>(?:19|20)\d{2}|[12][0-9Oo]{3})"
_DIGITS = re.compile(
    _Y + r"\s*(?:(?P<cn>年)|(?P<sep>[.\-/]))\s*(?P<m>[01]?\d)\s*(?(cn)" + _MONTH_MARK + r"|(?P=sep))\s*"
    # (no digit after: '2019-04-2019-08' is two months, not 2019-04-20)
    # ('2018-12-3116:54': a time glued to the day, as web pages print them)
    r"(?P<d>[0-3]?\d)(?:(?=[0-2]?\d\s*[:：]\s*[0-5]\d)|(?P<junk>\d?)(?!\d))\s*(?(cn)" + _DAY_MARK + r"?|)"
)
_CHINESE = re.compile(
    # Tesseract spaces Chinese numerals out: '二 O 一六 年 十 一月二十六日'.
    rf"(?P<y>(?:[{_CN}]\s*){{3}}[{_CN}])\s*年\s*(?P<m>[{_CN}](?:\s*[{_CN}])?)\s*月\s*(?P<d>[{_CN}](?:\s*[{_CN}]){{0,2}})\s*[日号]?"
)
_SHORT = re.compile(r"(?<![\d年.])(?P<m>[01]?\d)\s*月\s*(?P<d>[0-3]?\d)\s*[日号]?")
_RANGE_TAIL = re.compile(
    r"^\s*(?:至|到|-|—|－|~|一(?=\s*\d))\s*(?:(?P<y>(?:19|20)\d{2})\s*[年.\-/])?\s*(?:(?P<m>[01]?\d)\s*[月.\-/])?\s*"
    r"(?P<d>[0-3]?\d)(?!\d)\s*[日号]?"
)


# A month printed without a day (2021年9月第1版, 二〇二〇年六月): YYYY-MM, never an invented day.
_MONTH_ONLY = re.compile(_Y + r"\s*年\s*(?P<m>[01]?\d)\s*" + _MONTH_MARK + r"(?!\s*[0-3]?\d)")
# ... and with a separator, as a degree's 2005/6 or 2020.06 prints it (a full date is matched first).
_SEP_MONTH_ONLY = re.compile(
    r"(?<![\d.\-/])(?P<y>(?:19|20)\d{2})\s*[./\-]\s*(?P<m>[01]?\d)(?![\d./:：]|\s*-\s*\d{1,2}(?![\d./])|\s*-\s*\d{3}(?!\d))"
)
_CN_MONTH_ONLY = re.compile(
    rf"(?P<y>(?:[{_CN}]\s*){{3}}[{_CN}])\s*年\s*(?P<m>[{_CN}](?:\s*[{_CN}])?)\s*月(?!\s*[{_CN}0-9])"
)
_MONTH_TAIL = re.compile(
    r"^\s*(?:至|到|-|—)\s*(?:(?:(?P<y>(?:19|20)\d{2})\s*年)?\s*(?P<m>[01]?\d)\s*月(?!\s*\d)"
    r"|(?P<y2>(?:19|20)\d{2})\s*[./\-]\s*(?P<m2>[01]?\d)(?![\d./\-])"
    # ('二〇二二年五月至二〇二二年十月')
    rf"|(?:(?P<y3>(?:[{_CN}]\s*){{3}}[{_CN}])\s*年)?\s*(?P<m3>[{_CN}](?:\s*[{_CN}])?)\s*月(?!\s*[{_CN}0-9]))"
)


@dataclass(frozen=True)
class DateHit:
    day: dt.date  # the first of the month when only the month is printed
    start: int
    end: int
    conf: float
    until: dt.date | None = None  # set for a range
    month_only: bool = False

    @property
    def iso(self) -> str:
        return self._iso(self.day)

    @property
    def end_iso(self) -> str:
        """The range's end, or the date itself."""
        return self._iso(self.until or self.day)

    def _iso(self, day: dt.date) -> str:
        return day.isoformat()[:7] if self.month_only else day.isoformat()


def cn_number(text: str) -> int:
    """Chinese numerals to an int: 二十四 -> 24, 一百二十 -> 120, 一九 -> 19 (digit by digit)."""
    if "百" in text:
        hundreds, _, rest = text.partition("百")
        return (_CN_DIGIT.get(hundreds, 1) if hundreds else 1) * 100 + (
            _cn_number(rest.lstrip("零〇")) if rest else 0
        )
    return _cn_number(text)


def _cn_number(text: str) -> int:
    if all(ch in _CN_DIGIT for ch in text):
        return int("".join(str(_CN_DIGIT[ch]) for ch in text))
    text = text.replace("廿", "二十").replace("卅", "三十")
    tens, _, ones = text.partition("十")
    return (_CN_DIGIT.get(tens, 1) if tens else 1) * 10 + (_CN_DIGIT.get(ones, 0) if ones else 0)


LATEST_YEAR = dt.date.today().year + 1  # a later year on a proof is an OCR slip (2021 read as 2071)


def _make(y: int, m: int, d: int) -> dt.date | None:
    try:
        day = dt.date(y, m, d)
    except ValueError:
        return None
    return day if 1950 <= y <= LATEST_YEAR else None


def _digit_year(text: str) -> int:
    return int(text.replace("O", "0").replace("o", "0"))


def _from_digits(m: re.Match[str]) -> tuple[dt.date | None, float]:
    if m["junk"] and m["sep"]:
        return None, 0.0  # '证书号：2021-3-259': a code of figures set apart like a date, one digit too long
    day = _make(_digit_year(m["y"]), int(m["m"]), int(m["d"]))
    text = m.group(0)
    slips = bool(re.search(r"[AHBEFOo曰目l]", text)) or bool(m["junk"])
    if m["cn"] and not re.search(r"[日号]", text):
        slips = slips or bool(re.search(r"[A-Z]", text))
    return day, (0.6 if slips else 0.95)


def _from_chinese(m: re.Match[str]) -> tuple[dt.date | None, float]:
    try:
        y, mo, d = (re.sub(r"\s", "", m[k]) for k in ("y", "m", "d"))
        return _make(_cn_number(y), _cn_number(mo), _cn_number(d)), 0.92
    except (KeyError, ValueError):
        return None, 0.0


# A range's end in Chinese numerals: '至二〇二一年六月六日', '－四月二十七日', '至六日'.
_CN_RANGE_TAIL = re.compile(
    # OCR reads the dash between two Chinese-numeral dates as 一: a dash where a whole year follows it
    rf"^\s*(?:至|到|-|—|－|~|一(?=\s*(?:[{_CN}]\s*){{4}}年))\s*(?:(?P<y>(?:[{_CN}]\s*){{3}}[{_CN}])\s*年)?\s*"
    rf"(?:(?P<m>[{_CN}](?:\s*[{_CN}])?)\s*月)?\s*(?P<d>[{_CN}](?:\s*[{_CN}]){{0,2}})\s*[日号]"
)


def _cn_range_end(text: str, pos: int, first: dt.date) -> tuple[dt.date | None, int]:
    m = _CN_RANGE_TAIL.match(text[pos:])
    if not m:
        return None, pos
    try:
        y = _cn_number(re.sub(r"\s", "", m["y"])) if m["y"] else first.year
        month = _cn_number(re.sub(r"\s", "", m["m"])) if m["m"] else first.month
        end = _make(y, month, _cn_number(re.sub(r"\s", "", m["d"])))
    except ValueError:
        return None, pos
    if end is None or end < first:
        return None, pos
    return end, pos + m.end()


def _range_end(text: str, pos: int, first: dt.date) -> tuple[dt.date | None, int]:
    m = _RANGE_TAIL.match(text[pos:])
    if not m or not (m["m"] or m["d"]):
        return _cn_range_end(text, pos, first)
    y = int(m["y"]) if m["y"] else first.year
    month = int(m["m"]) if m["m"] else first.month
    end = _make(y, month, int(m["d"]))
    if end is None or end < first:
        return None, pos
    return end, pos + m.end()


_LOST_ZERO = re.compile(r"(?<![〇零○O一二三四五六七八九十])([一二])\s([〇零○O一二三四五六七八九]{2}\s*年)")


_NUMBER_LABEL = re.compile(r"(?:编\s*号|证\s*书?\s*号|号\s*码|N[oO]\s*[.．]?)\s*[:：]?\s*$")


def find_dates(text: str, default_year: int | None = None) -> list[DateHit]:
    """All dates in `text`, in order; a range gives one hit with `until` set."""
    hits: list[DateHit] = []
    taken: list[tuple[int, int]] = []
    # '二 一二年一月七日': a 〇 the seal or the scan lost, its blank still there (same length, offsets kept)
    text = _LOST_ZERO.sub(lambda m: m.group(1) + "〇" + m.group(2), text)
    # '2024。12．30': OCR's full stop for the dot between figures (same length, offsets kept)
    text = re.sub(r"(?<=\d)。(?=\s?\d)", ".", text)
    for pattern, convert in ((_DIGITS, _from_digits), (_CHINESE, _from_chinese)):
        for m in pattern.finditer(text):
            day, conf = convert(m)
            if day is None or any(s < m.end() and m.start() < e for s, e in taken):
                continue
            if _NUMBER_LABEL.search(text, max(0, m.start() - 12), m.start()):
                continue  # a certificate's number that reads like a day ('证书编号：2016-3-13'), no date
            until, end = _range_end(text, m.end(), day)
            hits.append(DateHit(day, m.start(), end, conf, until))
            taken.append((m.start(), end))
    hits += _month_dates(text, taken)
    if default_year:
        hits += _short_dates(text, default_year, taken)
    return sorted(hits, key=lambda h: h.start)


def _month_dates(text: str, taken: list[tuple[int, int]]) -> list[DateHit]:
    """Month-only dates; less sure than full ones, since a day may also have been lost under a seal."""
    hits = []
    for pattern, digits in ((_MONTH_ONLY, True), (_SEP_MONTH_ONLY, True), (_CN_MONTH_ONLY, False)):
        for m in pattern.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            try:
                y = _digit_year(m["y"]) if digits else _cn_number(re.sub(r"\s", "", m["y"]))
                mo = int(m["m"]) if digits else _cn_number(re.sub(r"\s", "", m["m"]))
            except (KeyError, ValueError):
                continue
            first = _make(y, mo, 1)
            if first is None:
                continue
            until, end = _month_range_end(text, m.end(), first)
            hits.append(DateHit(first, m.start(), end, 0.8, until, month_only=True))
            taken.append((m.start(), end))
    return hits


def _month_range_end(text: str, pos: int, first: dt.date) -> tuple[dt.date | None, int]:
    m = _MONTH_TAIL.match(text[pos:])
    if m and m["m3"]:
        try:
            y3 = _cn_number(re.sub(r"\s", "", m["y3"])) if m["y3"] else first.year
            end = _make(y3, _cn_number(re.sub(r"\s", "", m["m3"])), 1)
        except (KeyError, ValueError):
            end = None
    elif m and m["m2"]:
        end = _make(int(m["y2"]), int(m["m2"]), 1)
    else:
        end = _make(int(m["y"]) if m["y"] else first.year, int(m["m"]), 1) if m else None
    if m is None or end is None or end < first:
        return None, pos
    return end, pos + m.end()


def _short_dates(text: str, year: int, taken: list[tuple[int, int]]) -> list[DateHit]:
    hits = []
    for m in _SHORT.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        day = _make(year, int(m["m"]), int(m["d"]))
        if day is None:
            continue
        until, end = _range_end(text, m.end(), day)
        hits.append(DateHit(day, m.start(), end, 0.75, until))
        taken.append((m.start(), end))
    return hits


def dates_in_rows(rows: Sequence[Row], default_year: int | None = None) -> list[Hit]:
    """Every date of the rows as a Hit whose value is a DateHit."""
    return [
        Hit(h, h.conf * ocr_factor(row), row, h.start, h.end)
        for row in rows
        for h in find_dates(row.text, default_year)
    ]


def document_year(rows: Sequence[Row]) -> int | None:
    for row in rows:
        for h in find_dates(row.text):
            return h.day.year
        m = re.search(r"((?:19|20)\d{2})\s*年", row.text)
        if m:
            return int(m.group(1))
    return None


# A Chinese-numeral year under a seal often loses characters (二〇一七 read as 一七 or 二6一七): month and day
# survive, and the year is recovered from the years the rest of the document prints.
_PARTIAL = re.compile(
    rf"(?P<y>[{_CN}0-9]{{1,4}})\s*年\s*(?P<m>[{_CN}]{{1,2}})\s*月\s*(?P<d>[{_CN}]{{1,3}})\s*[日号曰]"
)


def _subsequence(part: str, whole: str) -> bool:
    it = iter(whole)
    return all(ch == "?" or ch in it for ch in part)


def guess_year(partial: str, context_years: set[int]) -> int | None:
    """The year a damaged Chinese-numeral year most likely was, or None when that is unclear."""
    part = "".join(
        str(_CN_DIGIT[c]) if c in _CN_DIGIT and not c.isdigit() else ("0" if c == "0" else "?")
        for c in partial
    )
    fits = [y for y in range(1990, LATEST_YEAR + 1) if _subsequence(part, str(y))]
    known = [y for y in fits if y in context_years]
    if len(known) == 1:
        return known[0]
    suffix = [y for y in fits if str(y).endswith(part.replace("?", ""))]
    return suffix[0] if len(suffix) == 1 and len(part.replace("?", "")) >= 2 else None


def find_partial_date(text: str, context_years: set[int]) -> DateHit | None:
    m = _PARTIAL.search(text)
    if not m:
        return None
    year = guess_year(m["y"], context_years)
    try:
        day = _make(year, _cn_number(m["m"]), _cn_number(m["d"])) if year else None
    except (KeyError, ValueError):
        return None
    return DateHit(day, m.start(), m.end(), 0.5) if day else None


def years_in(texts: Sequence[str]) -> set[int]:
    return {
        int(y)
        for t in texts
        for y in re.findall(r"(?<!\d)((?:19|20)\d{2})(?!\d)|(?<=[A-Z])((?:19|20)\d{2})", t)
        for y in y
        if y
    }
