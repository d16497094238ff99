"""Self-check: every scored truth value and the claimed person of a per-type-8 plan is printed on its pages.

`python -m bench.blind34.check [--seed S]`; exits non-zero listing what is missing."""

from __future__ import annotations

import sys

from bench.blind34 import corpus
from bench.blind34.pools import hz_year
from bench.generator.truth import get_path

KEYS = ("title", "issuer", "holder", "award.name", "award.grade", "journal.name", "journal.issn", "journal.cn",
        "book.isbn", "book.publisher", "book.edition")  # fmt: skip
NOTED = ("issued_on", "period.start", "period.end", "hours_stated", "patent.applied_on", "patent.granted_on",
         "journal.year", "journal.volume", "journal.issue", "qualification.subject", "qualification.modules", "patent.number")  # fmt: skip


def problems(seed: int = 5, per_type: int = 8) -> list[str]:
    out = []
    for job in corpus.plan(seed, per_type):
        doc, ctx, _ = corpus.build(job)
        rec = doc.record()
        text = "".join("".join(pg.lines()) for pg in doc.pages)
        flat = text.replace(" ", "")
        tag = f"{job['index']:04d} {doc.layout}"

        def seen(s: str, text: str = text, flat: str = flat) -> bool:
            return s in text or s.replace(" ", "") in flat

        for path in doc.scored:
            if path == "people":
                out += [f"{tag}: person {p['name']}" for p in rec["people"] if not seen(p["name"])]
                continue
            if path in ("journal.levels", "award.kind", "award.level", "qualification.kind", "patent.kind"):
                continue
            val = get_path(rec, path)
            if val is None:
                if path != "holder":
                    out.append(f"{tag}: {path} scored but null")
                continue
            if path in KEYS and not seen(str(val)):
                out.append(f"{tag}: {path}={val!r} not printed")
            if path in NOTED or path in KEYS:
                forms = ctx.shown.get(path, [])
                if not forms:
                    out.append(f"{tag}: {path} has no printed form noted")
                out += [f"{tag}: {path} printed as {s!r} not found" for s in forms if not seen(s)]
        if not seen(doc.claim["person"]):
            out.append(f"{tag}: claimed {doc.claim['person']} not printed")
        yr = doc.claim["year"]
        if not (seen(str(yr)) or seen(hz_year(yr)) or doc.layout == "book34-cover"):
            out.append(f"{tag}: claim year {doc.claim['year']} not printed")
    return out


if __name__ == "__main__":
    seed = int(sys.argv[sys.argv.index("--seed") + 1]) if "--seed" in sys.argv else 5
    bad = problems(seed)
    print("\n".join(bad) or "all scored values are printed")
    sys.exit(1 if bad else 0)
