"""The journal catalogue: ISSN, CN and normalised-name indexes over the packaged lists, and ISSN/CN checks."""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from rapidfuzz import fuzz, process

from extractors.orgs import PROVINCES

DATA_DIR = Path(__file__).parent / "data"
# Edition labels recorded with every match, so a reviewer sees which list decided a level.
EDITIONS = {
    "journals-cn.csv": "cnki-core-journal-extension 2025-2026 (PKU core 2023, CSSCI 2025-2026)",
    "journals-cscd.csv": "CSCD 2025-2026",
    "journals-intl.csv": "WoS SCIE/SSCI mid-2026",
}
_CN_LEVELS = {"pku_core": "pku_core", "cssci": "cssci", "cscd": "cscd", "cscd_extended": "cscd"}
_BRACKETS = re.compile(r"[（(【\[][^）)】\]]*[）)】\]]")
_FORMER = re.compile(r"[（(]\s*(?:原|或)[:：]?.*$")
_STRIP = re.compile(r"[\s《》<>“”\"'·.,:：;；\-_—()（）\[\]【】]")


def issn_ok(issn: str) -> bool:
    """True when `issn` (NNNN-NNNC) carries a valid mod-11 check digit."""
    digits = issn.replace("-", "").upper()
    if not re.fullmatch(r"\d{7}[\dX]", digits):
        return False
    total = sum(int(d) * w for d, w in zip(digits[:7], range(8, 1, -1), strict=True))
    check = (11 - total % 11) % 11
    return digits[7] == ("X" if check == 10 else str(check))


def normalise_name(name: str) -> str:
    """The matching key of a journal name: NFKC, no 《》, brackets' marks, spaces or punctuation; lowercase."""
    text = unicodedata.normalize("NFKC", name)
    return _STRIP.sub("", text).lower()


def name_variants(name: str) -> set[str]:
    """Keys a printed name may appear under: as listed, without former names, without bracketed parts."""
    text = unicodedata.normalize("NFKC", name)
    keys = {
        normalise_name(text),
        normalise_name(_FORMER.sub("", text)),
        normalise_name(_BRACKETS.sub("", text)),
    }
    return {k for k in keys if len(k) >= 2}


@dataclass(frozen=True)
class CatalogueEntry:
    name: str
    levels: tuple[str, ...]
    source: str  # file name of the list
    issn: str | None = None
    cn: str | None = None
    foreign: bool = False

    @property
    def edition(self) -> str:
        return EDITIONS.get(self.source, self.source)


@dataclass
class JournalCatalogue:
    """Indexes over one or more lists; several entries may share a key (a journal in several lists)."""

    by_issn: dict[str, list[CatalogueEntry]] = field(default_factory=dict)
    by_cn: dict[str, list[CatalogueEntry]] = field(default_factory=dict)
    by_name: dict[str, list[CatalogueEntry]] = field(default_factory=dict)

    @classmethod
    def load_default(cls) -> JournalCatalogue:
        return cls.load(DATA_DIR)

    @classmethod
    def load(cls, folder: Path) -> JournalCatalogue:
        cat = cls()
        for entry in _read_all(folder):
            cat.add(entry)
        return cat

    def add(self, entry: CatalogueEntry) -> None:
        if entry.issn:
            self.by_issn.setdefault(entry.issn, []).append(entry)
        if entry.cn:
            self.by_cn.setdefault(entry.cn.upper(), []).append(entry)
        for key in name_variants(entry.name):
            self.by_name.setdefault(key, []).append(entry)

    def lookup(
        self, *, issn: str | None = None, cn: str | None = None, name: str | None = None
    ) -> Match | None:
        """ISSN first, then CN, then the exact normalised name, then a name with one or two OCR slips."""
        if issn and issn in self.by_issn:
            return Match(self._with_names(self.by_issn[issn]), "issn", 0.98)
        if cn and cn.upper() in self.by_cn:
            return Match(self._with_names(self.by_cn[cn.upper()]), "cn", 0.95)
        if not name:
            return None
        key = normalise_name(name)
        if key in self.by_name:
            return Match(self.by_name[key], "name", 0.9)
        return self._fuzzy(key)

    def _with_names(self, entries: list[CatalogueEntry]) -> list[CatalogueEntry]:
        # The CSCD and WoS rows give ISSNs; the PKU/CSSCI list only names: join them on the name (a row that
        # notes a former name is the same journal: '渔业科学进展（原：海洋水产研究）').
        found = list(entries)
        for e in entries:
            key = normalise_name(e.name)
            found += [
                x
                for x in self.by_name.get(key, ())
                if x not in found and key in (normalise_name(x.name), normalise_name(_FORMER.sub("", x.name)))
            ]
        return found

    def _fuzzy(self, key: str) -> Match | None:
        if len(key) < 4:
            return None
        allowed = 1 if len(key) < 8 else 2
        best = process.extractOne(
            key, self.by_name.keys(), scorer=fuzz.ratio,
            score_cutoff=100 * (1 - allowed / max(len(key), 1)) - 1,
        )  # fmt: skip
        if best is None or _other_place(key, best[0]):
            return None
        slips = max(0.0, (100 - best[1]) / 100 * len(key))
        return Match(self.by_name[best[0]], "fuzzy_name", round(0.85 - 0.1 * slips, 2))


def _other_place(a: str, b: str) -> bool:
    """Names that differ in the province they lead with (山西农业科学, 山东农业科学) are different journals."""
    pa = next((p for p in PROVINCES if a.startswith(p)), None)
    pb = next((p for p in PROVINCES if b.startswith(p)), None)
    return (pa or pb) is not None and pa != pb


@dataclass(frozen=True)
class Match:
    entries: list[CatalogueEntry]
    how: str  # issn | cn | name | fuzzy_name
    conf: float

    @property
    def levels(self) -> list[str]:
        out: list[str] = []
        for e in self.entries:
            out += [lv for lv in e.levels if lv not in out]
        return out

    @property
    def name(self) -> str:
        return self.entries[0].name

    @property
    def foreign(self) -> bool:
        return all(e.foreign for e in self.entries)

    @property
    def sources(self) -> list[str]:
        return sorted({e.edition for e in self.entries})


def _read_all(folder: Path) -> Iterable[CatalogueEntry]:
    yield from _read_cn(folder / "journals-cn.csv")
    yield from _read_cscd(folder / "journals-cscd.csv")
    yield from _read_intl(folder / "journals-intl.csv")


def _rows(path: Path) -> Iterable[dict[str, str]]:
    if path.exists():
        with path.open(encoding="utf-8", newline="") as fh:
            yield from csv.DictReader(fh)


def _read_cn(path: Path) -> Iterable[CatalogueEntry]:
    for r in _rows(path):
        levels = tuple(dict.fromkeys(_CN_LEVELS[t] for t in r["levels"].split(";") if t in _CN_LEVELS))
        yield CatalogueEntry(r["name"], levels, path.name)


def _read_cscd(path: Path) -> Iterable[CatalogueEntry]:
    for r in _rows(path):
        yield CatalogueEntry(r["name"], ("cscd",), path.name, issn=r["issn"] or None, cn=r["cn"] or None)


def _read_intl(path: Path) -> Iterable[CatalogueEntry]:
    for r in _rows(path):
        level = {"sci": "sci", "ssci": "ssci", "ahci": "ahci"}.get(r["index"].strip().lower())
        levels = (level,) if level else ()
        for issn in {r["issn"], r["eissn"]} - {""}:
            yield CatalogueEntry(r["title"], levels, path.name, issn=issn, foreign=True)
        if not (r["issn"] or r["eissn"]):
            yield CatalogueEntry(r["title"], levels, path.name, foreign=True)
