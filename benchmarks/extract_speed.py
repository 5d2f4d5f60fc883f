"""Per-page extraction time of unionnews against trafilatura, measured in the same run.

    python benchmarks/extract_speed.py [PAGES_DIR_OR_CORPUS] [--rounds N]

Pages are a gold corpus folder (with gold.jsonl) or any folder of .html files
(default: tests/pages). Both extractors run on the same pages, interleaved round by
round, so machine noise hits both alike; the figure that matters is the ratio.
Needs the ``bench`` extra (trafilatura).
"""

from __future__ import annotations

import argparse
import json
import logging
import statistics
import sys
import time
from pathlib import Path

from unionnews.extract import extract_page


def load_pages(folder: Path) -> list[tuple[bytes, str, dict[str, str]]]:
    gold = folder / "gold.jsonl"
    if gold.is_file():
        entries = [json.loads(line) for line in gold.read_text("utf-8").splitlines() if line]
        return [
            (
                (folder / e["file"]).read_bytes(),
                e.get("url") or "http://bench.invalid/",
                {"Content-Type": e["content_type"]},
            )
            for e in entries
        ]
    return [
        (p.read_bytes(), "http://bench.invalid/" + p.name, {"Content-Type": "text/html"})
        for p in sorted(folder.rglob("*.html"))
    ]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument(
        "pages", nargs="?", default=str(Path(__file__).parent.parent / "tests/pages")
    )
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    try:
        import trafilatura
    except ImportError:
        print("install the bench extra: pip install -e '.[bench]'", file=sys.stderr)
        return 2
    logging.disable(logging.CRITICAL)
    pages = load_pages(Path(args.pages))

    def ours(body: bytes, url: str, headers: dict[str, str]) -> None:
        extract_page(body, url, headers)

    def theirs(body: bytes, url: str, headers: dict[str, str]) -> None:
        charset = headers["Content-Type"].partition("charset=")[2] or "utf-8"
        trafilatura.bare_extraction(body.decode(charset, "replace"), url=url, with_metadata=True)

    for run in (ours, theirs):  # warm-up: imports, caches, dateparser's first load
        for page in pages:
            run(*page)
    times: dict[str, list[float]] = {"unionnews": [], "trafilatura": []}
    for _ in range(args.rounds):
        for name, run in (("unionnews", ours), ("trafilatura", theirs)):
            start = time.perf_counter()
            for page in pages:
                run(*page)
            times[name].append((time.perf_counter() - start) / len(pages))
    ms = {name: statistics.median(values) * 1000 for name, values in times.items()}
    print(f"pages: {len(pages)}, rounds: {args.rounds}")
    for name, value in ms.items():
        print(f"{name:<12} {value:8.2f} ms/page (median of rounds)")
    print(
        f"ratio unionnews/trafilatura: {ms['unionnews'] / ms['trafilatura']:.2f}"
        " (<= 1.00 is the goal)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
