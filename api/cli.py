"""The `credproof` command line: serve, worker, run (everything embedded), ocr, extract, credits, migrate."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from models.errors import CredproofError

Command = Callable[[argparse.Namespace], int]


def _print_json(obj: Any) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")
    sys.stdout.flush()


def _fail(message: str, code: int = 2) -> int:
    sys.stderr.write(f"credproof: {message}\n")
    return code


def check_settings() -> None:
    """Refuse to start with settings that cannot work (read once here; a bad value fails now, not per job)."""
    from ingest.ocr.registry import ALIASES, ENGINES
    from models.settings import get_settings

    settings = get_settings()  # pydantic refuses out-of-range values; main() prints which
    known = [*ENGINES, *ALIASES]
    if settings.ocr_engine not in known:
        raise CredproofError(
            f"CREDPROOF_OCR_ENGINE={settings.ocr_engine!r} is not one of {', '.join(sorted(known))}"
        )


def cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from api import logs
    from api.app import create_app
    from ingest.runtime import get_runtime

    logs.configure()
    check_settings()
    rt = get_runtime()
    uvicorn.run(create_app(rt), host=args.host or rt.settings.host, port=args.port or rt.settings.port,
                log_config=None, access_log=False)  # fmt: skip  # our JSON lines (api.logs), one per request
    return 0


def cmd_worker(args: argparse.Namespace) -> int:
    from api import logs
    from ingest.worker import requeue_documents, run_worker
    from integration.webhooks import recover_deliveries

    logs.configure()
    check_settings()
    _warm_worker(args.queues)
    run_worker(sweeps=(requeue_documents, recover_deliveries), burst=args.burst, simple=args.simple,
               serve=args.queues)  # fmt: skip
    return 0


def _warm_worker(queues: str) -> None:
    """Load once, in the worker, what every job needs, so the work-horses rq forks inherit it instead of
    loading it again per job: the job module (1.5 s of imports), the extractors' lazily loaded dictionaries
    (6-7 s on a first extraction) and, for a worker of the documents queue, the OCR models (ingest.worker)."""
    import extractors
    import ingest.jobs  # noqa: F401
    from ingest.ocr.base import make_line
    from ingest.worker import preload_ocr
    from models.pages import PageText, Word
    from models.settings import get_settings

    line = make_line([Word("培训学时：24学时", (0, 0, 320, 20), 1.0)])
    extractors.extract([PageText(number=1, width=400, height=40, lines=(line,), engine="warm-up")],
                       extractors.default_context())  # fmt: skip
    if queues != "webhooks":
        preload_ocr(get_settings().ocr_engine)


def cmd_run(args: argparse.Namespace) -> int:
    from api import logs
    from api.supervisor import run_all

    logs.configure()
    check_settings()
    return run_all(host=args.host, port=args.port)


def cmd_migrate(args: argparse.Namespace) -> int:
    from models.migrate import upgrade
    from models.settings import get_settings

    upgrade(get_settings().db_url)
    return 0


def _read_file(path: str) -> tuple[bytes, Any, Any]:
    """Validate and OCR one file with the configured engine; returns (data, sniffed, rendered pages)."""
    from ingest.files import safe_filename, validate_upload
    from ingest.intake import limits_from
    from ingest.ocr.reader import read_document
    from ingest.ocr.registry import get_engine
    from models.settings import get_settings

    settings = get_settings()
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise CredproofError(f"cannot read {path}: {exc.strerror or exc}") from exc
    sniffed = validate_upload(data, safe_filename(Path(path).name), limits_from(settings))
    pages = read_document(data, sniffed, get_engine(settings.ocr_engine), dpi=settings.ocr_dpi)
    return data, sniffed, pages


def _each_file(files: Sequence[str], work: Callable[[str], dict[str, Any] | list[dict[str, Any]]]) -> int:
    """Run `work` per file, printing one JSON line per record; a bad file gives an error record, not a stop."""
    failed = []
    for path in files:
        try:
            out = work(path)
            for record in out if isinstance(out, list) else [out]:
                _print_json(record)
        except CredproofError as exc:
            failed.append(path)
            _print_json({"file": path, "error": exc.message})
    if failed:
        return _fail(f"{len(failed)} of {len(files)} file(s) could not be read: {', '.join(failed)}", code=1)
    return 0


def cmd_ocr(args: argparse.Namespace) -> int:
    def work(path: str) -> dict[str, Any]:
        _, _, pages = _read_file(path)
        return {"file": path, "pages": [p.text.to_dict() for p in pages]}

    return _each_file(args.files, work)


def cmd_extract(args: argparse.Namespace) -> int:
    import extractors

    def work(path: str) -> dict[str, Any] | list[dict[str, Any]]:
        _, _, pages = _read_file(path)
        texts = [p.text for p in pages]
        if not args.split:
            return extractors.extract(texts, extractors.default_context()).to_json()
        from extractors.split import extract_proofs

        return [{**ev.to_json(), "source": {"file": path, "pages": [proof.first, proof.last]}}
                for proof, ev in extract_proofs(texts, extractors.default_context())]  # fmt: skip

    return _each_file(args.files, work)


def cmd_credits(args: argparse.Namespace) -> int:
    from pydantic import ValidationError

    from models.contract import Evidence
    from rules.engine import EvalOptions, evaluate
    from rules.loader import load_policy

    try:
        policy = load_policy(args.policy)
        evidence = []
        for path in args.evidence:
            try:
                evidence.append(
                    (Path(path).name, Evidence.model_validate(json.loads(Path(path).read_text("utf-8"))))
                )
            except (OSError, ValueError, ValidationError) as exc:
                first = str(exc).splitlines()[0]
                return _fail(f"{path}: not a readable evidence record ({first})")
        options = EvalOptions(title_level=args.title_level, employer_kind=args.employer_kind)
        credits = evaluate(policy, args.person, args.year, evidence, options)
    except CredproofError as exc:
        return _fail(exc.message)
    _print_json(credits.to_json())
    return 0


def cmd_users_create(args: argparse.Namespace) -> int:
    from ingest.runtime import get_runtime
    from models.migrate import upgrade
    from review import users

    rt = get_runtime()
    upgrade(rt.settings.db_url)
    profile = users.Profile(name=args.name or "", employer=args.employer, title_level=args.title_level,
                            policy_id=args.policy)  # fmt: skip
    with rt.sessions.begin() as session:
        user = users.create_user(session, args.username, args.password, args.role, profile, (None, "cli"))
        if args.role == "reviewer" and args.assign:
            users.assign(session, user, args.assign, (None, "cli"))
        _print_json({**users.user_json(user), "policies": users.assignments(session, user.id)})
    return 0


def cmd_facts_export(args: argparse.Namespace) -> int:
    from ingest.runtime import get_runtime
    from models.migrate import upgrade
    from review import facts

    rt = get_runtime()
    upgrade(rt.settings.db_url)
    with rt.sessions() as session:
        data = facts.export(session, rt.settings.learn_confirmations)
    text = json.dumps(data, ensure_ascii=False, indent=1)
    if args.out:
        Path(args.out).write_text(text + "\n", encoding="utf-8")
    else:
        print(text)
    return 0


def cmd_facts_import(args: argparse.Namespace) -> int:
    from ingest.runtime import get_runtime
    from models.migrate import upgrade
    from review import facts

    try:
        data = json.loads(Path(args.file).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        return _fail(f"{args.file}: {exc}")
    rt = get_runtime()
    upgrade(rt.settings.db_url)
    with rt.sessions.begin() as session:
        counts = facts.import_facts(session, (None, "cli"), data)
    _print_json(counts)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="credproof", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("run", help="start everything: embedded Redis, a worker, the API and pages")
    p.add_argument("--host")
    p.add_argument("--port", type=int)
    p.set_defaults(func=cmd_run)

    p = sub.add_parser("serve", help="start the API and pages only")
    p.add_argument("--host")
    p.add_argument("--port", type=int)
    p.set_defaults(func=cmd_serve)

    p = sub.add_parser("worker", help="start an rq worker on REDIS_URL")
    p.add_argument("--burst", action="store_true", help="stop when the queue is empty")
    p.add_argument("--simple", action="store_true", help="run jobs in the worker process (no fork)")
    p.add_argument(
        "--queues",
        choices=["all", "documents", "webhooks"],
        default="all",
        help="which jobs to take: OCR of documents, webhook deliveries, or both (the default)",
    )
    p.set_defaults(func=cmd_worker)

    p = sub.add_parser("migrate", help="apply database migrations")
    p.set_defaults(func=cmd_migrate)

    p = sub.add_parser("ocr", help="OCR files and print their pages as JSON lines")
    p.add_argument("files", nargs="+")
    p.set_defaults(func=cmd_ocr)

    p = sub.add_parser("extract", help="print one evidence record per file, as JSON lines")
    p.add_argument("files", nargs="+")
    p.add_argument("--json", action="store_true", help="JSON Lines output (the default and only format)")
    p.add_argument("--split", action="store_true",
                   help="one record per proof found in a file (several proofs scanned into one PDF or TIFF), "
                        'each with "source": {"file", "pages": [first, last]}')  # fmt: skip
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("users", help="manage accounts")
    users_sub = p.add_subparsers(dest="users_command", required=True)
    p = users_sub.add_parser("create", help="create a professional, reviewer or admin account")
    p.add_argument("--username", required=True)
    p.add_argument("--password", required=True)
    p.add_argument("--role", required=True, choices=["professional", "reviewer", "admin"])
    p.add_argument("--name", help="real name as printed on proofs (professionals)")
    p.add_argument("--employer")
    p.add_argument("--title-level", choices=["junior", "intermediate", "senior"])
    p.add_argument("--policy", help="policy id of a professional, e.g. yiyang-2018")
    p.add_argument("--assign", action="append", metavar="POLICY", help="a reviewer's policy (repeatable)")
    p.set_defaults(func=cmd_users_create)

    p = sub.add_parser("facts", help="export or import learned facts (JSON)")
    facts_sub = p.add_subparsers(dest="facts_command", required=True)
    p = facts_sub.add_parser("export", help="print every learned fact as JSON (or write it to --out)")
    p.add_argument("--out", help="write to this file instead of stdout")
    p.set_defaults(func=cmd_facts_export)
    p = facts_sub.add_parser("import", help="merge learned facts from an export file")
    p.add_argument("file")
    p.set_defaults(func=cmd_facts_import)

    p = sub.add_parser("credits", help="compute a credit suggestion from evidence records")
    p.add_argument("--policy", required=True)
    p.add_argument("--person", required=True)
    p.add_argument("--year", required=True, type=int)
    p.add_argument("--title-level", choices=["junior", "intermediate", "senior"])
    p.add_argument("--employer-kind", choices=["enterprise", "institution", "government", "other"],
                   help="enterprise: Tai'an 2022 sets no hard requirement for enterprise staff")  # fmt: skip
    p.add_argument("evidence", nargs="+", metavar="EVIDENCE.json")
    p.set_defaults(func=cmd_credits)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    from pydantic import ValidationError

    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except CredproofError as exc:
        return _fail(exc.message)
    except ValidationError as exc:  # from Settings: name each bad variable
        problems = "; ".join(
            f"{'.'.join(map(str, e['loc'])) or 'settings'}: {e['msg']}" for e in exc.errors()
        )
        return _fail(f"invalid settings: {problems}")
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
