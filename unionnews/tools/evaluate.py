"""Score extraction against a gold corpus (format: one JSON object per page in gold.jsonl).

Fields are scored as the corpus README defines: a field is right when it equals the gold
(title after collapsing whitespace; published_at exact at the gold's precision); body_ok
when the body, whitespace removed, starts with body_start, ends with body_end and holds no
must_not_contain string; a page of kind ``other`` is right when no record comes out.
trafilatura and GNE, when installed (the ``bench`` extra), are scored in the same run.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from unionnews.extract import extract_page
from unionnews.extraction.text import collapse, squeeze

ARTICLE_FIELDS = ("title", "published_at", "source", "authors", "editor", "tags", "body_ok")
ALL_FIELDS = (*ARTICLE_FIELDS, "rejected")
Extractor = Callable[[bytes, str, dict[str, str]], dict | None]


def load_gold(corpus: Path) -> list[dict]:
    with open(corpus / "gold.jsonl", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def body_ok(body: str | None, gold: dict) -> bool:
    text = squeeze(body)
    if not text or not gold.get("body_start"):
        return False
    return (
        text.startswith(squeeze(gold["body_start"]))
        and text.endswith(squeeze(gold["body_end"]))
        and not any(squeeze(s) in text for s in gold.get("must_not_contain") or [])
    )


def score_record(record: dict | None, gold: dict) -> dict[str, bool]:
    """Which fields of ``record`` match ``gold``."""
    if gold["kind"] != "article":
        return {"rejected": record is None}
    if record is None:
        return dict.fromkeys(ARTICLE_FIELDS, False)
    return {
        "title": collapse(record.get("title")) == collapse(gold.get("title")),
        "published_at": record.get("published_at") == gold.get("published_at"),
        "source": record.get("source") == gold.get("source"),
        "authors": list(record.get("authors") or []) == list(gold.get("authors") or []),
        "editor": record.get("editor") == gold.get("editor"),
        "tags": list(record.get("tags") or []) == list(gold.get("tags") or []),
        "body_ok": body_ok(record.get("body"), gold),
    }


def _body_ends(body: str | None) -> str:
    text = squeeze(body)
    return f"{text[:30]} … {text[-30:]}" if text else "no body"


def describe_miss(field: str, record: dict | None, gold: dict) -> dict[str, Any]:
    """One miss, readable without opening the page: what the gold says and what came out."""
    if field == "rejected":
        got = f"a record titled {record.get('title')!r}" if record else None
        return {"id": gold["id"], "expected": "no record", "got": got}
    if record is None:
        return {"id": gold["id"], "expected": gold.get(field) or "a record", "got": "no record"}
    if field == "body_ok":
        text = squeeze(record.get("body"))
        extra = [s for s in gold.get("must_not_contain") or [] if squeeze(s) in text]
        expected = f"{gold.get('body_start')} … {gold.get('body_end')}"
        got = _body_ends(record.get("body")) + (f" (holds {extra})" if extra else "")
        return {"id": gold["id"], "expected": expected, "got": got}
    return {"id": gold["id"], "expected": gold.get(field), "got": record.get(field)}


def format_misses(misses: dict[str, list[dict[str, Any]]]) -> str:
    """Every miss, a line each, grouped by field."""
    rows = []
    for field, items in misses.items():
        if items:
            rows.append(f"missed {field} ({len(items)}):")
        for miss in items:
            expected = json.dumps(miss["expected"], ensure_ascii=False)
            got = json.dumps(miss["got"], ensure_ascii=False)
            rows.append(f"  {miss['id']}: expected {expected}, got {got}")
    return "\n".join(rows)


def _unionnews(body: bytes, url: str, headers: dict[str, str]) -> dict | None:
    return extract_page(body, url, headers)


def _decode(body: bytes, headers: dict[str, str]) -> str:
    charset = headers.get("Content-Type", "").partition("charset=")[2] or "utf-8"
    return body.decode(charset, errors="replace")


def _trafilatura() -> Extractor | None:
    try:
        import trafilatura
    except ImportError:
        return None

    def run(body: bytes, url: str, headers: dict[str, str]) -> dict | None:
        doc = trafilatura.bare_extraction(_decode(body, headers), url=url, with_metadata=True)
        if doc is None:
            return None
        data = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
        if not data.get("text"):
            return None
        author = data.get("author")
        return {
            "title": data.get("title"),
            "published_at": data.get("date"),
            "source": data.get("sitename"),
            "authors": [a.strip() for a in author.split(";")] if author else [],
            "editor": None,
            "tags": data.get("tags") or [],
            "body": data.get("text"),
        }

    return run


def _gne() -> Extractor | None:
    try:
        from gne import GeneralNewsExtractor
    except ImportError:
        return None
    extractor = GeneralNewsExtractor()

    def run(body: bytes, url: str, headers: dict[str, str]) -> dict | None:
        try:
            data = extractor.extract(_decode(body, headers))
        except Exception:  # GNE raises bare errors on pages it cannot read
            return None
        if not data.get("content"):
            return None
        author = data.get("author")
        published = data.get("publish_time") or None
        return {
            "title": data.get("title"),
            "published_at": published,
            "source": None,
            "authors": [author] if author else [],
            "editor": None,
            "tags": [],
            "body": data.get("content"),
        }

    return run


def extractors(include_others: bool = True) -> dict[str, Extractor]:
    found: dict[str, Extractor] = {"unionnews": _unionnews}
    if include_others:
        for name, factory in (("trafilatura", _trafilatura), ("gne", _gne)):
            run = factory()
            if run is not None:
                found[name] = run
    return found


def evaluate(corpus: Path, include_others: bool = True) -> dict[str, Any]:
    """Per-extractor field scores, per-page misses and seconds per page."""
    gold = load_gold(corpus)
    results: dict[str, Any] = {}
    for name, run in extractors(include_others).items():
        hits: dict[str, list[bool]] = {f: [] for f in ALL_FIELDS}
        misses: dict[str, list[dict[str, Any]]] = {f: [] for f in ALL_FIELDS}
        elapsed = 0.0
        for entry in gold:
            body = (corpus / entry["file"]).read_bytes()
            url = entry.get("url") or f"http://corpus.invalid/{entry['file']}"
            headers = {"Content-Type": entry["content_type"]}
            start = time.perf_counter()
            record = run(body, url, headers)
            elapsed += time.perf_counter() - start
            for key, ok in score_record(record, entry).items():
                hits[key].append(ok)
                if not ok:
                    misses[key].append(describe_miss(key, record, entry))
        results[name] = {
            "scores": {f: round(sum(v) / len(v), 3) for f, v in hits.items() if v},
            "misses": misses,
            "seconds_per_page": elapsed / max(len(gold), 1),
        }
    return results


def format_table(results: dict[str, Any]) -> str:
    names = list(results)
    rows = [f"{'field':<14}" + "".join(f"{n:>13}" for n in names)]
    for field in ALL_FIELDS:
        cells = [results[n]["scores"].get(field) for n in names]
        rows.append(f"{field:<14}" + "".join(f"{c:>13.3f}" for c in cells))
    rows.append(
        f"{'ms/page':<14}"
        + "".join(f"{results[n]['seconds_per_page'] * 1000:>13.1f}" for n in names)
    )
    return "\n".join(rows)


def check_gate(scores: dict[str, float], gate: dict[str, float]) -> list[str]:
    """Fields whose score fell below the committed baseline."""
    return [
        f"{field}: {scores.get(field, 0.0):.3f} < gate {floor:.3f}"
        for field, floor in gate.items()
        if scores.get(field, 0.0) + 1e-9 < floor
    ]


def quiet() -> None:
    """Other extractors log a line per page; the table is what matters here."""
    for name in ("trafilatura", "htmldate", "courlan", "readability", "unionnews", "scrapy"):
        logging.getLogger(name).setLevel(logging.ERROR)
