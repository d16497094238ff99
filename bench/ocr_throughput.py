"""`make bench` (OCR throughput): pages per minute with 1 and 2 rq workers on this machine, and memory per worker.

Run: `.venv/bin/python -m bench.ocr_throughput [--pages 12] [--workers 1,2] [--engine rapidocr]`.
Enqueues the OCR profile's pages (bench/ocr_profile.py: A4 scans and 12 MP phone photos, a few clean renders)
on an embedded Redis, then starts N forking rq workers in burst mode, as `credproof worker` runs them, each job
doing the service's page work (intake check, read_document, extractors, PNG into a file store). Wall-clock
pages per minute from the first worker's start to the last job's end; memory per worker = peak PSS of the worker
and its work-horse together (shared pages counted once), and peak RSS of the work-horse. By default the worker loads
the models before it forks, with one onnxruntime thread, as `credproof worker` does (ingest.worker.preload_ocr);
`--no-preload` leaves them to every work-horse, as the worker did before. Wall-clock figures are
disturbed by anything else running: the load average is printed beside them.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import tempfile
import time
from pathlib import Path
from typing import Any

import psutil

from bench.ocr_profile import OUT, write_corpus


def process_file(path: str, engine_name: str, store_dir: str) -> int:
    """One job: what the pipeline does with a page, without the database."""
    import extractors
    from ingest.files import Limits, validate_upload
    from ingest.ocr.reader import read_document
    from ingest.ocr.registry import get_engine
    from ingest.storage import FileStore

    data = Path(path).read_bytes()
    pages = read_document(data, validate_upload(data, Path(path).name, Limits()), get_engine(engine_name))
    extractors.extract([p.text for p in pages], extractors.default_context())
    store = FileStore(Path(store_dir))
    for p in pages:
        store.put(store.page_key(Path(path).stem, p.number, p.suffix), p.encoded())
    return len(pages)


def _worker(url: str, queue: str, engine_name: str, preload: bool) -> None:
    from redis import Redis
    from rq import Queue, Worker

    if preload:  # as `credproof worker` does
        from ingest.worker import preload_ocr

        preload_ocr(engine_name)
    conn = Redis.from_url(url)
    Worker([Queue(queue, connection=conn)], connection=conn).work(burst=True, logging_level="WARNING")


def _memory(procs: list[psutil.Process]) -> tuple[float, float]:
    """(PSS of each worker with its work-horse, max horse RSS) in MB, for the workers alive now."""
    pss, horse = [], 0.0
    for p in procs:
        try:
            family = [p, *p.children(recursive=True)]
            pss.append(sum(q.memory_full_info().pss for q in family) / 2**20)
            horse = max([horse, *(q.memory_info().rss / 2**20 for q in family[1:])])
        except psutil.Error:
            continue
    return max(pss, default=0.0), horse


def run(n_workers: int, files: list[str], engine_name: str, preload: bool, url: str) -> dict[str, Any]:
    from redis import Redis
    from rq import Queue

    name = f"ocr-throughput-{n_workers}-{os.getpid()}"
    queue = Queue(name, connection=Redis.from_url(url))
    with tempfile.TemporaryDirectory() as store:
        jobs = [
            queue.enqueue("bench.ocr_throughput.process_file", f, engine_name, store, job_timeout=600)
            for f in files
        ]
        ctx = multiprocessing.get_context("spawn")
        t0, load0 = time.perf_counter(), os.getloadavg()
        workers = [
            ctx.Process(target=_worker, args=(url, name, engine_name, preload)) for _ in range(n_workers)
        ]
        for w in workers:
            w.start()
        procs = [psutil.Process(w.pid) for w in workers if w.pid]
        peak_pss = peak_horse = 0.0
        while any(w.is_alive() for w in workers):
            pss, horse = _memory(procs)
            peak_pss, peak_horse = max(peak_pss, pss), max(peak_horse, horse)
            time.sleep(0.3)
        wall = time.perf_counter() - t0
    pages = sum(j.latest_result().return_value or 0 for j in jobs if j.latest_result() is not None)
    failed = sum(1 for j in jobs if j.get_status(refresh=True) != "finished")
    return {"workers": n_workers, "pages": pages, "failed": failed, "wall_s": round(wall, 1),
            "pages_per_minute": round(60 * pages / wall, 1), "peak_pss_mb_per_worker": round(peak_pss),
            "peak_horse_rss_mb": round(peak_horse), "load_average": [load0, os.getloadavg()]}  # fmt: skip


def main(argv: list[str] | None = None) -> None:
    from ingest.embedded_redis import EmbeddedRedis

    ap = argparse.ArgumentParser(description="Pages per minute with 1 and 2 rq workers, memory per worker.")
    ap.add_argument("--pages", type=int, default=12)
    ap.add_argument("--workers", default="1,2")
    ap.add_argument("--engine", default="rapidocr")
    ap.add_argument("--no-preload", dest="preload", action="store_false",
                    help="load the models in every work-horse instead of once in the worker before it forks")  # fmt: skip
    args = ap.parse_args(argv)
    corpus = write_corpus(6, 5, OUT / "ocr-profile")
    scans_photos = [f["path"] for f in corpus if f["degradation"] != "clean"]
    files = (scans_photos * (1 + args.pages // len(scans_photos)))[: args.pages]
    with tempfile.TemporaryDirectory() as tmp:
        redis = EmbeddedRedis(Path(tmp))
        url = redis.start()
        try:
            rows = [run(int(n), files, args.engine, args.preload, url) for n in args.workers.split(",")]
        finally:
            redis.stop()
    print(f"\nOCR throughput, {args.engine}, {len(files)} pages (A4 scans and 12 MP photos), forking rq workers, "
          f"models {'preloaded' if args.preload else 'loaded per job'}; wall clock, shared machine")  # fmt: skip
    print(
        f"{'workers':>8s}{'pages/min':>11s}{'wall s':>8s}{'PSS MB/worker':>15s}{'horse RSS MB':>14s}{'failed':>8s}  load avg"
    )
    for r in rows:
        la = "/".join(f"{x:.1f}" for x in r["load_average"][1])
        print(f"{r['workers']:>8d}{r['pages_per_minute']:>11.1f}{r['wall_s']:>8.1f}{r['peak_pss_mb_per_worker']:>15d}"
              f"{r['peak_horse_rss_mb']:>14d}{r['failed']:>8d}  {la}")  # fmt: skip
    (OUT / "ocr_throughput.json").write_text(
        json.dumps({"engine": args.engine, "preload": args.preload, "rows": rows})
    )


if __name__ == "__main__":
    main()
