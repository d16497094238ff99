"""`make eval ARGS=--learn`: how much reviewers' corrections teach, scored on documents nobody corrected.

Run: `.venv/bin/python -m bench.learn_eval [--blind | --heldout] [--seed S]`.

1. Render (or reuse) the corpus, OCR and extract every document as `make eval` does (same OCR cache).
2. Split it in a fixed order: documents sorted by id, every other one (the 1st, 3rd, ...) is *corrected*,
   the rest is *held out*. The corrected half's truth is applied as reviewer corrections, one document after
   another in id order, through `review.facts.learn` on a scratch SQLite database: every correctable field
   where the extraction differs from the truth is corrected, as a reviewer would on the review page.
   Corrections alternate between two reviewers, so a fact two documents agree on reaches the deployed
   threshold (`learn_confirmations`, 2 distinct reviewers).
3. The held-out half is extracted again with the learned facts in the extraction context, twice: with the
   deployed threshold (facts only one reviewer taught stay hints) and with every fact confirmed by an admin.
4. Printed for each: field P/R/F1 (bench/scoring.py) and straight-through credit (bench/straight.py), over
   the whole held-out half and over the held-out documents that share a journal (ISSN, CN or name), an
   issuer or a training provider with the corrected half: the documents learning can reach.
"""

from __future__ import annotations

import argparse
import json
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker

from bench import eval as evaluation
from bench import straight
from bench.scoring import Scoreboard
from models.contract import Evidence
from models.tables import metadata
from models.tables_learning import fact_key

CORRECTABLE = ("holder", "people", "title", "issuer", "issued_on", "period", "hours_stated", "category_stated",
               "journal", "patent", "award", "book", "qualification", "evidence_type")  # fmt: skip
REVIEWERS = (("bench-r1", "评测审核甲"), ("bench-r2", "评测审核乙"))


def split(records: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    ordered = sorted(records, key=lambda r: r["id"])
    return ordered[0::2], ordered[1::2]


def correction(truth: dict[str, Any], pred: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """The reviewer's corrected record and the fields they changed: the truth wherever extraction erred."""
    fields = [k for k in CORRECTABLE if _norm(truth.get(k)) != _norm(pred.get(k))]
    corrected = Evidence.model_validate({**pred, **{k: truth.get(k) for k in fields}}).to_json()
    return corrected, fields


def _norm(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def learn_all(corrected: list[dict[str, Any]], preds: dict[str, dict[str, Any] | None]) -> sessionmaker:  # type: ignore[type-arg]
    """A scratch database holding what the corrections of `corrected` (in order) taught."""
    from review import facts

    engine = create_engine("sqlite://")
    metadata.create_all(engine)
    sessions = sessionmaker(engine, expire_on_commit=False)
    for i, rec in enumerate(corrected):
        pred = preds.get(rec["id"])
        if pred is None:
            continue
        fixed, fields = correction(rec["evidence"], pred)
        with sessions.begin() as session:
            facts.learn(session, REVIEWERS[i % 2], pred, fixed, fields, rec["id"])
    return sessions


def relearned(held: list[dict[str, Any]], results: list[dict[str, Any]], facts_now: list[dict[str, Any]],
              cache: Path) -> list[dict[str, Any]]:  # fmt: skip
    """Extract the held-out documents again from their cached OCR with `facts_now` in the context."""
    import extractors
    from extractors.learned import Learned
    from models.pages import PageText

    ctx = replace(extractors.default_context(), learned=Learned.of(facts_now))
    by_id = {r["id"]: r for r in results}
    out = []
    for rec in held:
        res = by_id[rec["id"]]
        path = cache / f"{rec['id']}.json"
        if res["pred"] is None or not path.exists():
            out.append(res)
            continue
        pages = json.loads(path.read_text(encoding="utf-8"))["pages"]
        ev = extractors.extract([PageText.from_dict(p) for p in pages], ctx)
        out.append({**res, "pred": ev.to_json()})
    return out


def shared_keys(rec: dict[str, Any]) -> set[tuple[str, str]]:
    """What a document shares with others that learning can use: its journal, issuer (award or provider)."""
    ev = rec["evidence"]
    keys = {("issuer", fact_key("award.level", ev["issuer"]))} if ev.get("issuer") else set()
    for part in ("issn", "cn", "name"):
        value = (ev.get("journal") or {}).get(part)
        if value:
            keys.add((f"journal.{part}", fact_key(f"journal.{part}", value)))
    return keys


def figures(records: list[dict[str, Any]], results: list[dict[str, Any]]) -> dict[str, Any]:
    by_id = {r["id"]: r for r in records}
    board = Scoreboard()
    for res in results:
        board.add(by_id[res["id"]], res["pred"])
    docs = [straight.score_document(by_id[res["id"]], res["pred"]) for res in results]
    s = straight.summarise(docs)
    return {"n": len(results), "field": board.overall("all"), "straight": s["pairs"], "decided": s["decided"],
            "documents_all_policies": s["documents_all_policies"]}  # fmt: skip


def _line(label: str, f: dict[str, Any]) -> str:
    fld, st = f["field"], f["straight"]
    agree = "n/a" if st["agree"] is None else f"{st['agree']:.3f}"
    return (f"  {label:34s} docs {f['n']:>3}  field P {fld['precision']:.3f} R {fld['recall']:.3f} "
            f"F1 {fld['f1']:.3f}   straight-through credit {agree} of {st['n']} (document, policy) pairs")  # fmt: skip


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description="Score what learned facts add on held-out documents.")
    ap.add_argument(
        "--blind", action="store_true", help="the blind corpus (bench/blind), the default when it exists"
    )
    ap.add_argument("--heldout", action="store_true", help="the held-out corpus (bench/heldout)")
    ap.add_argument(
        "--seed", type=int, default=None, help="default 5 for the blind corpus, 11 for the held-out one"
    )
    ap.add_argument(
        "--draw",
        type=int,
        default=2,
        help="with --blind: 1 or 2 (bench/blind), 3 or 4 (bench/blind3, blind4)",
    )
    ap.add_argument("--per-type", type=int, default=10, help="with --blind: documents per evidence type")
    ap.add_argument("--engine", default="rapidocr")
    ap.add_argument("--processes", type=int, default=2)
    ap.add_argument("--fresh-ocr", action="store_true")
    ap.add_argument("--limit-seconds", type=float, default=0)
    args = ap.parse_args(argv)
    if args.seed is None:
        args.seed = 11 if args.heldout else 5
    corpus, records = _corpus(args)
    print(f"corpus: {len(records)} documents in {corpus}")
    t0 = time.perf_counter()
    results = evaluation.run(records, args, corpus)
    cache = evaluation.ocr_cache(corpus, args.engine)
    preds = {r["id"]: r["pred"] for r in results}
    corrected, held = split([r for r in records if r["id"] in preds])
    sessions = learn_all(corrected, preds)
    from models.tables_learning import LearnedFact
    from review import facts

    with sessions() as session:
        deployed = facts.current(session, 2)
        kinds: dict[str, int] = {}
        for row in session.query(LearnedFact):
            kinds[row.kind] = kinds.get(row.kind, 0) + 1
    admin = [{**f, "confirmed": True} for f in deployed]
    reach = set().union(*(shared_keys(r) for r in corrected)) if corrected else set()
    sharing = [r for r in held if shared_keys(r) & reach]
    held_results = [r for r in results if r["id"] in {h["id"] for h in held}]
    runs = {"before (no learned facts)": held_results,
            "after, threshold 2 reviewers": relearned(held, results, deployed, cache),
            "after, every fact confirmed": relearned(held, results, admin, cache)}  # fmt: skip
    out: dict[str, Any] = {"corpus": corpus.name, "corrected": len(corrected), "held_out": len(held),
                           "sharing": len(sharing), "facts": kinds,
                           "confirmed_at_threshold": sum(f["confirmed"] for f in deployed)}  # fmt: skip
    print(f"\nLEARNING FROM CORRECTIONS ({corpus.name}): {len(corrected)} documents corrected in id order, "
          f"{len(held)} held out, {len(sharing)} of them share a journal, issuer or provider with the corrected half")  # fmt: skip
    print(f"  facts learned: {sum(kinds.values())} ({', '.join(f'{k} {n}' for k, n in sorted(kinds.items()))}); "
          f"{out['confirmed_at_threshold']} reach the threshold of 2 reviewers")  # fmt: skip
    for scope, docs in (("all held-out documents", held), ("sharing with the corrected half", sharing)):
        ids = {d["id"] for d in docs}
        print(f"\n {scope}:")
        for label, res in runs.items():
            f = figures(docs, [r for r in res if r["id"] in ids])
            out.setdefault(scope, {})[label] = f
            print(_line(label, f))
    evaluation.OUT.mkdir(parents=True, exist_ok=True)
    path = evaluation.OUT / f"eval-learn-{corpus.name}.json"
    path.write_text(json.dumps(out, ensure_ascii=False, indent=1))
    print(f"\nwrote {path} ({time.perf_counter() - t0:.0f} s)")


def _corpus(args: argparse.Namespace) -> tuple[Path, list[dict[str, Any]]]:
    if not args.heldout:
        return evaluation.blind_corpus(args.draw, args.seed, args.per_type, args.processes)
    from bench.heldout.corpus import VERSION
    from bench.heldout.corpus import generate as generate_heldout

    corpus = evaluation.OUT / f"heldout-v{VERSION}-s{args.seed}"
    return corpus, generate_heldout(corpus, args.seed, args.processes)


if __name__ == "__main__":
    main()
