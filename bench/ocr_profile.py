"""`make bench` (OCR profile): CPU seconds per page and stage, per degradation, on one core with one thread.

Run: `.venv/bin/python -m bench.ocr_profile [--docs 6] [--engines ppocr-v4,ppocr-v6] [--no-raw]`.
Pages are held-out-style documents (bench/heldout builders: seals, handwritten sign-in names) at real sizes:
`clean` an A4 render at 300 dpi (PNG), `scan` an A4 scan at 200 or 300 dpi (JPEG), `photo` a phone photo of an
A4 page rendered at 300 dpi, 2800-4000 px on the long side (10-12 MP, perspective, shadow, blur, some turned).
Each engine runs in its own process pinned to one core (OMP_NUM_THREADS=1, onnxruntime one thread) through
the service's own path (intake check, read_document, extractors, PNG page into a file store), with every stage
timed by CPU time (time.process_time), never wall time. Raw RapidOCR at its default settings (rapidocr_onnxruntime
RapidOCR() given the file, one thread) runs beside it on the same files, and the ratio is printed. Also prints
CER per degradation, peak RSS per process and the load average. Writes bench/out/ocr_profile.json.
"""

from __future__ import annotations

import os

os.environ["OMP_NUM_THREADS"] = "1"  # before numpy and onnxruntime load, here and in the spawned children

import argparse  # noqa: E402
import json  # noqa: E402
import multiprocessing  # noqa: E402
import random  # noqa: E402
import resource  # noqa: E402
import statistics  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from collections import defaultdict  # noqa: E402
from collections.abc import Callable, Iterator  # noqa: E402
from contextlib import ExitStack, contextmanager  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402
from unittest import mock  # noqa: E402

from bench.ocr_bench import cer  # noqa: E402

OUT = Path("bench/out")
DEGS = ("clean", "scan", "photo")
STAGES = ("intake check", "decode+EXIF", "seal fading", "orientation", "deskew+turn", "detection", "recognition",
          "extraction", "PNG+store")  # fmt: skip
# one of each kind of page we see most: certificates with seals, a handwritten sign-in sheet, a journal cover
TYPES = ("training_certificate", "sign_in_sheet", "award_certificate", "qualification_certificate",
         "patent_certificate", "journal_article", "project_completion", "training_notice", "book")  # fmt: skip


def write_corpus(n: int, seed: int, folder: Path) -> list[dict[str, Any]]:
    """n documents per degradation (first sheet only) as files; reused when already written."""
    from bench.generator.degrade import degrade, with_exif_orientation
    from bench.heldout.corpus import BUILDERS
    from bench.heldout.doc import Doc
    from bench.heldout.sheet import render_png

    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for deg in DEGS:
        for i in range(n):
            rng = random.Random(f"ocr-profile:{seed}:{deg}:{i}")
            kind = TYPES[i % len(TYPES)]
            doc: Doc = BUILDERS[kind](rng, rng.randrange(6), "zenhei" if i % 2 else "uming", "zenhei")
            sheet = doc.sheets[0]
            dpi = 300 if deg != "scan" else (200, 300)[i % 2]
            path = folder / f"{deg}-{i:02d}-{kind}.{'png' if deg == 'clean' else 'jpg'}"
            if not path.exists():
                img, orientation = degrade(render_png(sheet, dpi), "phone" if deg == "photo" else deg, rng)
                if deg == "clean":
                    img.save(path)
                else:
                    exif = with_exif_orientation(orientation) if orientation != 1 else b""
                    img.save(path, "JPEG", quality=90, exif=exif)
            out.append({"degradation": deg, "path": str(path), "reference": "".join(sheet.lines())})
    return out


class Stages:
    """Exclusive CPU time per stage: a timed call nested in another is taken out of the outer one."""

    def __init__(self) -> None:
        self.cpu: dict[str, float] = defaultdict(float)
        self.detector_runs = 0
        self._stack: list[float] = []

    def timed(self, stage: str | Callable[[], str], fn: Callable[..., Any]) -> Callable[..., Any]:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            name = stage() if callable(stage) else stage
            self._stack.append(0.0)
            t0 = time.process_time()
            try:
                return fn(*args, **kwargs)
            finally:
                spent = time.process_time() - t0
                inner = self._stack.pop()
                self.cpu[name] += spent - inner
                if self._stack:
                    self._stack[-1] += spent

        return wrapper

    def detector(self) -> str:
        """The first detector run on a page is the OCR's detection; any further one is orientation's."""
        self.detector_runs += 1
        return "detection" if self.detector_runs == 1 else "orientation"

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        self._stack.append(0.0)
        t0 = time.process_time()
        try:
            yield
        finally:
            spent = time.process_time() - t0
            self.cpu[name] += spent - self._stack.pop()


def instrument(stages: Stages, engine: Any) -> ExitStack:
    """Patch the service's own functions with timed wrappers (module attributes, so callers see them)."""
    from ingest.ocr import images, orientation, rapid, reader

    stack = ExitStack()
    patches: list[tuple[Any, str, str | Callable[[], str]]] = [
        (images, "load_frame", "decode+EXIF"),
        (images, "without_red_ink", "seal fading"),
        (reader, "make_upright", "orientation"),
        (orientation, "deskew", "deskew+turn"),
        (orientation, "turn_small", "deskew+turn"),
        (orientation, "apply", "deskew+turn"),
        (engine, "recognize", "recognition"),
    ]
    for module in (rapid, orientation):
        for name in ("detect_boxes",):
            if hasattr(module, name):
                patches.append((module, name, stages.detector))
    for target, name, stage in patches:
        stack.enter_context(mock.patch.object(target, name, stages.timed(stage, getattr(target, name))))
    return stack


def _pin() -> None:
    import cv2

    cv2.setNumThreads(1)
    os.environ["OMP_NUM_THREADS"] = "1"
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[-1]})


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_service(engine_name: str, files: list[dict[str, Any]]) -> dict[str, Any]:
    """The service's path on each file, in this (pinned) process; per-file stage CPU and text."""
    _pin()
    import extractors
    from ingest.files import Limits, validate_upload
    from ingest.ocr.reader import read_document
    from ingest.ocr.registry import get_engine
    from ingest.storage import FileStore

    engine = get_engine(engine_name)
    ctx = extractors.default_context()
    with tempfile.TemporaryDirectory() as tmp:
        store = FileStore(Path(tmp))

        def one(f: dict[str, Any]) -> dict[str, Any]:
            data = Path(f["path"]).read_bytes()
            stages = Stages()
            t0 = time.process_time()
            with instrument(stages, engine):
                with stages.stage("intake check"):
                    sniffed = validate_upload(data, Path(f["path"]).name, Limits())
                pages = read_document(data, sniffed, engine)
                with stages.stage("extraction"):
                    extractors.extract([p.text for p in pages], ctx)
                with stages.stage("PNG+store"):
                    for p in pages:
                        store.put(store.page_key("profile", p.number, p.suffix), p.encoded())
            total = time.process_time() - t0
            text = "".join(p.text.text for p in pages)
            return {"degradation": f["degradation"], "cpu": dict(stages.cpu), "total": total,
                    "detector_runs": stages.detector_runs, "cer": cer(f["reference"], text)}  # fmt: skip

        one(files[0])  # loads the models, outside the figures
        rows = [one(f) for f in files]
    return {"rows": rows, "rss_mb": _rss_mb()}


def run_raw(files: list[dict[str, Any]], threads: int) -> dict[str, Any]:
    """Raw RapidOCR (rapidocr_onnxruntime) at its default settings, given the file, on one core; threads=-1
    is its default (onnxruntime starts a thread per machine core even when pinned), 1 forces one thread."""
    _pin()
    from rapidocr_onnxruntime import RapidOCR

    rapid = RapidOCR(intra_op_num_threads=threads, inter_op_num_threads=threads)
    rapid(files[0]["path"])
    rows = []
    for f in files:
        t0 = time.process_time()
        result, _ = rapid(f["path"])
        total = time.process_time() - t0
        text = "".join(r[1] for r in result or [])
        rows.append({"degradation": f["degradation"], "total": total, "cer": cer(f["reference"], text)})
    return {"rows": rows, "rss_mb": _rss_mb()}


def _in_child(fn: Callable[..., dict[str, Any]], *args: Any) -> dict[str, Any]:
    with multiprocessing.get_context("spawn").Pool(1, maxtasksperchild=1) as pool:
        return pool.apply(fn, args)


def summarise(result: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, res in result.items():
        per: dict[str, Any] = {}
        for deg in DEGS:
            rows = [r for r in res["rows"] if r["degradation"] == deg]
            s: dict[str, Any] = {"pages": len(rows), "total": statistics.fmean(r["total"] for r in rows),
                                 "cer": statistics.fmean(r["cer"] for r in rows)}  # fmt: skip
            if "cpu" in rows[0]:
                s["stages"] = {st: statistics.fmean(r["cpu"].get(st, 0.0) for r in rows) for st in STAGES}
                s["detector_runs"] = statistics.fmean(r["detector_runs"] for r in rows)
            per[deg] = s
        out[name] = {"per_degradation": per, "rss_mb": res["rss_mb"]}
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description="CPU s/page per stage and degradation, one core, one thread.")
    ap.add_argument("--docs", type=int, default=6, help="documents per degradation")
    ap.add_argument("--seed", type=int, default=5)
    ap.add_argument("--engines", default="ppocr-v4,ppocr-v6")
    ap.add_argument("--no-raw", action="store_true", help="skip raw RapidOCR (the slowest part)")
    args = ap.parse_args(argv)
    files = write_corpus(args.docs, args.seed, OUT / "ocr-profile")
    load_start = os.getloadavg()
    raw: dict[str, Any] = {}
    for engine in [e for e in args.engines.split(",") if e]:
        raw[engine] = _in_child(run_service, engine, files)
    if not args.no_raw:
        raw["raw RapidOCR"] = _in_child(run_raw, files, -1)
        raw["raw, 1 thread"] = _in_child(run_raw, files, 1)
    result = {"docs": args.docs, "load_average_start": load_start, "load_average_end": os.getloadavg(),
              "engines": summarise(raw)}  # fmt: skip
    _print(result)
    OUT.mkdir(exist_ok=True)
    (OUT / "ocr_profile.json").write_text(json.dumps({**result, "raw": raw}, indent=1))


def _print(result: dict[str, Any]) -> None:
    engines = result["engines"]
    print(
        f"\nCPU s/page per stage, one core, one thread, {result['docs']} held-out-style pages per degradation"
    )
    for name, e in engines.items():
        per = e["per_degradation"]
        if "stages" not in per[DEGS[0]]:
            continue
        print(f"\n{name} (peak RSS {e['rss_mb']:.0f} MB)")
        print(f"{'stage':16s}" + "".join(f"{d:>9s}" for d in DEGS))
        for st in STAGES:
            print(f"{st:16s}" + "".join(f"{per[d]['stages'][st]:>9.3f}" for d in DEGS))
        print(
            f"{'other':16s}"
            + "".join(f"{per[d]['total'] - sum(per[d]['stages'].values()):>9.3f}" for d in DEGS)
        )
        print(f"{'total':16s}" + "".join(f"{per[d]['total']:>9.3f}" for d in DEGS))
        print(f"{'detector runs':16s}" + "".join(f"{per[d]['detector_runs']:>9.2f}" for d in DEGS))
    print(f"\n{'engine':16s}" + "".join(f"{'CER ' + d:>12s}" for d in DEGS) + "".join(f"{'CPU ' + d:>11s}" for d in DEGS)
          + f"{'RSS MB':>8s}")  # fmt: skip
    for name, e in engines.items():
        per = e["per_degradation"]
        print(f"{name:16s}" + "".join(f"{per[d]['cer']:>12.2%}" for d in DEGS)
              + "".join(f"{per[d]['total']:>11.2f}" for d in DEGS) + f"{e['rss_mb']:>8.0f}")  # fmt: skip
    for raw in ("raw RapidOCR", "raw, 1 thread"):
        if raw not in engines:
            continue
        base = engines[raw]["per_degradation"]
        for name, e in engines.items():
            if not name.startswith("raw"):
                ratios = [e["per_degradation"][d]["total"] / base[d]["total"] for d in DEGS]
                print(f"CPU ratio to {raw}, {name}: " + ", ".join(f"{d} {r:.2f}" for d, r in zip(DEGS, ratios, strict=True)))  # fmt: skip
    print("load average (1/5/15 min) start {} end {}".format(*(
        "/".join(f"{x:.1f}" for x in result[k]) for k in ("load_average_start", "load_average_end"))))  # fmt: skip


if __name__ == "__main__":
    main()
