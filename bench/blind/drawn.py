"""Plan, render and save one later blind draw (bench/blind3, bench/blind4, …): the same plan and files for every
draw, from that draw's own builders and context. Each draw's random streams are keyed by its number, so a draw
renders byte for byte as it did when its package held this code itself."""

from __future__ import annotations

import importlib
import multiprocessing
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.blind.corpus import write_doc
from bench.blind.doc import Doc
from bench.generator.corpus import load, save
from bench.generator.fonts import BODY_FAMILIES, HAND, PDF_FAMILIES

FORMATS = {
    "clean": ("pdf-text", 0.3, "png"),
    "scan": ("pdf-scan", 0.3, "png"),
    "phone": ("pdf-scan", 0.1, "jpg"),
}


def builders(certs: Any, papers: Any) -> dict[str, Callable[..., Doc]]:
    """A draw's builder per evidence type, from its `certs` and `papers` modules, in the planned order."""
    return {
        "training_certificate": certs.training_certificate,
        "sign_in_sheet": certs.sign_in_sheet,
        "training_notice": certs.training_notice,
        "journal_article": papers.journal_article,
        "book": papers.book,
        "patent_certificate": papers.patent_certificate,
        "award_certificate": papers.award_certificate,
        "project_completion": papers.project_completion,
        "qualification_certificate": certs.qualification_certificate,
        "other": certs.other,
    }


class DrawnCorpus:
    """One blind draw: `builders` (evidence type -> builder(ctx, k) -> Doc) and its `ctx_type`."""

    def __init__(
        self, draw: int, version: int, builders: dict[str, Callable[..., Doc]], ctx_type: type, module: str
    ) -> None:
        self.draw, self.version, self.builders, self.ctx_type, self.module = (
            draw, version, builders, ctx_type, module,
        )  # fmt: skip
        self.types = tuple(builders)

    def plan(self, seed: int, per_type: int, draw: int | None = None) -> list[dict[str, Any]]:
        """One job per document: type, degradation (a share each, shuffled) and intended file format."""
        draw = self.draw if draw is None else draw
        jobs = []
        for t, etype in enumerate(self.types):
            rng = random.Random(f"blind{self.draw}-plan:{seed}:{draw}:{etype}")
            cycle = (
                ("phone", "phone", "clean", "scan")
                if etype == "qualification_certificate"
                else ("scan", "clean", "phone")
            )
            degs = [cycle[i % len(cycle)] for i in range(per_type)]
            rng.shuffle(degs)
            for i, deg in enumerate(degs):
                special, share, usual = FORMATS[deg]
                fmt = special if rng.random() < share else usual
                jobs.append(
                    {"index": t * per_type + i, "type": etype, "k": i, "degradation": deg, "format": fmt,
                     "seed": seed, "draw": draw}
                )  # fmt: skip
        return jobs

    def build(self, job: dict[str, Any]) -> tuple[Doc, Any, random.Random]:
        n = self.draw
        rng = random.Random(f"blind{n}-doc:{job['seed']}:{job['draw']}:{job['type']}:{job['k']}")
        pdf_text = job["format"] == "pdf-text"
        body = rng.choice(PDF_FAMILIES if pdf_text else tuple(BODY_FAMILIES))
        bold = body if pdf_text else BODY_FAMILIES[body]
        offset = random.Random(f"blind{n}-offset:{job['seed']}:{job['type']}").randrange(60)
        ctx = self.ctx_type(
            rng=rng, body=body, bold=bold, hand=HAND, pdf_text=pdf_text, draw=job["draw"], k=job["k"],
            offset=offset,
        )  # fmt: skip
        doc = self.builders[job["type"]](ctx, job["k"])
        doc.templates = list(dict.fromkeys(ctx.used))
        return doc, ctx, random.Random(f"blind{n}-degrade:{job['seed']}:{job['draw']}:{job['index']}")

    def write(self, job: dict[str, Any], out: Path) -> dict[str, Any]:
        doc, ctx, drng = self.build(job)
        return write_doc(job, out, doc, ctx.body, drng)

    def truth_only(self, job: dict[str, Any]) -> dict[str, Any]:
        """The truth record of a job without rendering (for fast tests)."""
        doc, _, _ = self.build(job)
        return {
            "id": f"{job['draw']}-{job['index']:04d}",
            "evidence_type": doc.evidence_type,
            "layout": doc.layout,
            "scored": list(doc.scored),
            "evidence": doc.record(),
            "claim": doc.claim,
            "templates": doc.templates,
            "pages": len(doc.pages),
            "lines": [pg.lines() for pg in doc.pages],
        }

    def generate(
        self, out: Path, seed: int, draw: int | None = None, per_type: int = 10, processes: int = 2
    ) -> list[dict[str, Any]]:
        """Render (or reuse) the draw for `seed` in `out`; returns the truth records in index order."""
        if draw is not None and draw != self.draw:
            raise ValueError(f"bench.blind{self.draw} only holds draw {self.draw}")
        out = Path(out)
        out.mkdir(parents=True, exist_ok=True)
        manifest = {"version": self.version, "n": per_type * len(self.types), "seed": seed, "draw": self.draw,
                    "kind": f"blind{self.draw}"}  # fmt: skip
        existing = load(out)
        if existing is not None and existing[0] == manifest:
            return existing[1]
        jobs = [(self.module, j, str(out)) for j in self.plan(seed, per_type)]
        if processes > 1:
            with multiprocessing.get_context("fork").Pool(min(processes, 2)) as pool:
                records = pool.map(_write, jobs, chunksize=2)
        else:
            records = [_write(j) for j in jobs]
        save(out, manifest, records)
        return records


def _write(args: tuple[str, dict[str, Any], str]) -> dict[str, Any]:
    """A pool worker: the draw's module names its DrawnCorpus (`DRAWN`), so nothing but names is pickled."""
    module, job, out = args
    drawn: DrawnCorpus = importlib.import_module(module).DRAWN
    return drawn.write(job, Path(out))


def main(drawn: DrawnCorpus, argv: list[str] | None = None) -> None:
    """`python -m bench.blindN --seed S --out DIR [--per-type N] [--processes P]`: render draw N, then count
    its documents by type and degradation."""
    import argparse
    import collections

    n = drawn.draw
    ap = argparse.ArgumentParser(prog=f"python -m bench.blind{n}", description=f"render blind draw {n}")
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--per-type", type=int, default=10)
    ap.add_argument("--processes", type=int, default=2)
    a = ap.parse_args(argv)
    recs = drawn.generate(a.out, a.seed, n, a.per_type, a.processes)
    by = collections.Counter((r["evidence_type"], r["degradation"]) for r in recs)
    print(f"{len(recs)} documents in {a.out} (seed {a.seed}, draw {n})")
    for t in sorted({k[0] for k in by}):
        print(f"  {t:28s} " + "  ".join(f"{d}={by[(t, d)]}" for d in ("clean", "scan", "phone")))
