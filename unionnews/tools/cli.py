"""The ``unionnews`` console command: ``extract`` a saved page, ``evaluate`` on a corpus,
``check`` the registered sites."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path

from unionnews import __version__
from unionnews.extract import extract_page


def _extract(args: argparse.Namespace) -> int:
    path = Path(args.file)
    try:
        body = path.read_bytes()
    except OSError as exc:
        print(f"unionnews: cannot read {path}: {exc.strerror}", file=sys.stderr)
        return 2
    headers = {"Content-Type": args.content_type} if args.content_type else None
    record = extract_page(body, args.url, headers)
    if record is None:
        print(f"unionnews: {path}: no article record (see the log line above)", file=sys.stderr)
        return 1
    print(json.dumps(record, ensure_ascii=False))
    return 0


def _evaluate(args: argparse.Namespace) -> int:
    from unionnews.tools import evaluate

    evaluate.quiet()
    corpus = Path(args.corpus)
    if not (corpus / "gold.jsonl").is_file():
        print(f"unionnews: {corpus}/gold.jsonl not found", file=sys.stderr)
        return 2
    results = evaluate.evaluate(corpus, include_others=not args.only_self)
    print(evaluate.format_table(results))
    if args.misses:
        print(evaluate.format_misses(results["unionnews"]["misses"]))
    if args.json:
        Path(args.json).write_text(json.dumps(results, ensure_ascii=False, indent=1), "utf-8")
    failed = False
    if args.gate:
        gate = json.loads(Path(args.gate).read_text(encoding="utf-8"))
        below = evaluate.check_gate(results["unionnews"]["scores"], gate)
        for line in below:
            print(f"GATE FAILED {line}", file=sys.stderr)
        failed = bool(below)
        if not below:
            print(f"gate passed ({len(gate)} fields)")
    return 1 if failed else 0


def _check(args: argparse.Namespace) -> int:
    from unionnews.tools.check import run_check

    return run_check(args.sites, args.set or [], args.articles)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="unionnews")
    parser.add_argument("--version", action="version", version=f"unionnews {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("extract", help="print the record of a saved page as one JSON line")
    p.add_argument("file")
    p.add_argument("--url", required=True, help="the URL the page was fetched from")
    p.add_argument("--content-type", help="the Content-Type header it was served with")
    p.set_defaults(run=_extract)
    p = sub.add_parser("evaluate", help="score extraction against a gold corpus")
    p.add_argument("corpus")
    p.add_argument("--gate", help="JSON of minimum scores per field; exit 1 below any")
    p.add_argument("--only-self", action="store_true", help="skip trafilatura and GNE")
    p.add_argument("--misses", action="store_true", help="list each miss: page, expected, got")
    p.add_argument("--json", help="write all results to this file")
    p.set_defaults(run=_evaluate)
    p = sub.add_parser(
        "check",
        help="health check of the registered sites: start pages, article links, a few records",
    )
    p.add_argument("sites", nargs="*", help="site names (scrapy list); all when none given")
    p.add_argument("-s", "--set", action="append", metavar="NAME=VALUE", help="a Scrapy setting")
    p.add_argument("--articles", default="3", help="articles read per site (3)")
    p.set_defaults(run=_check)
    args = parser.parse_args(argv)
    # extract says why a page gave no record: that is an INFO line of unionnews.extract.
    level = logging.INFO if args.command == "extract" else logging.WARNING
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    logging.getLogger("unionnews").setLevel(level)
    return args.run(args)


if __name__ == "__main__":
    sys.exit(main())
