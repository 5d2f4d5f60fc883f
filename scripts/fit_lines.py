"""Fit the line model on a gold corpus and write unionnews/extraction/weights/lines.json.

    .venv/bin/pip install -e '.[fit]'
    .venv/bin/python scripts/fit_lines.py ../shared/corpus            # fit, report, write
    .venv/bin/python scripts/fit_lines.py ../shared/corpus --dry-run  # report only

Every text line of every page is labelled from the gold: a line is body when most of its
characters lie between the gold's ``body_start`` and ``body_end`` (pages that are not
articles have no body line). An L2 logistic regression with balanced classes, each page
weighing the same whatever its length, is fitted on the lines; the span decoder's bias and
the page-kind thresholds are then chosen on held-out scores, each so that a small change
moves it little: the bias on a plateau of held-out counts, the page threshold by an
expected cost over scores taken as uncertain, an article lost weighing as much as eight
non-articles kept, averaged over resamples of the sites, and pages the crisp rules of §7
turn down anyway left out of that choice. The figures printed are
leave-one-site-out: each site's pages are scored by a model fitted without that site, the
whole extraction run on them as a crawl would. Fitting is deterministic: the same corpus
gives the same weights.
"""

from __future__ import annotations

import argparse
import json
import logging
import math
import re
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np
from scipy.special import erf
from scrapy.http import HtmlResponse
from sklearn.linear_model import LogisticRegression

from unionnews.extract import extract_page
from unionnews.extraction import lines as lines_model
from unionnews.extraction.body import split_body
from unionnews.extraction.page import (
    NotAnArticle,
    announced_values,
    encyclopedia_entry,
    page_row,
    read_anatomy,
    thread_or_answers,
    trim_edges,
)
from unionnews.extraction.text import squeeze
from unionnews.middlewares.charset import redecode
from unionnews.tools.evaluate import ALL_FIELDS, load_gold, score_record

WEIGHTS = Path(__file__).resolve().parent.parent / "unionnews/extraction/weights/lines.json"
# A line counts as body when at least this share of it lies inside the gold body.
INSIDE_SHARE = 0.5
C = 1.0
CLIPS = (3.0, 5.0, 8.0)
# Short news items (快讯) have two short paragraphs: less prose than this is no article.
MIN_SPAN_CHARS = 40
BIASES = tuple(round(b, 2) for b in np.arange(-1.0, 2.01, 0.25))


def site_of(entry: dict) -> str:
    """The group a page is held out with: its folder (pages/extra-x and pages/x together)."""
    folder = str(Path(entry["file"]).parent)
    return re.sub(r"/extra-", "/", folder)


def decode(raw: bytes, entry: dict) -> str:
    url = entry.get("url") or "http://corpus.invalid/"
    response = HtmlResponse(url=url, body=raw, headers={"Content-Type": entry["content_type"]})
    return redecode(response.body, response.text, response.encoding)[0]


def labels(lines: list[str], entry: dict) -> list[int]:
    """1 for each line that lies mostly inside the gold body, else 0."""
    if entry["kind"] != "article" or not entry.get("body_start"):
        return [0] * len(lines)
    squeezed = [squeeze(t) for t in lines]
    offsets, text = [], ""
    for s in squeezed:
        offsets.append(len(text))
        text += s
    start_words, end_words = squeeze(entry["body_start"]), squeeze(entry["body_end"])
    best = None
    at = text.find(start_words)
    while at >= 0:
        end = text.find(end_words, at)
        if end >= 0 and (best is None or end + len(end_words) - at < best[1] - best[0]):
            best = (at, end + len(end_words))
        at = text.find(start_words, at + 1)
    if best is None:
        return [0] * len(lines)
    lo, hi = best
    out = []
    for off, s in zip(offsets, squeezed, strict=True):
        inside = max(0, min(off + len(s), hi) - max(off, lo))
        out.append(1 if s and inside >= INSIDE_SHARE * len(s) else 0)
    return out


def load(corpus: Path) -> list[dict]:
    pages = []
    for entry in load_gold(corpus):
        raw = (corpus / entry["file"]).read_bytes()
        try:
            anatomy = read_anatomy(decode(raw, entry))
        except NotAnArticle:
            continue
        rows = lines_model.line_features(anatomy)
        y = labels([line.text for line in anatomy.lines], entry)
        if entry["kind"] == "article" and not any(y):
            print(f"warning: gold body not found in the lines of {entry['file']}", file=sys.stderr)
        pages.append(
            {
                "entry": entry,
                "raw": raw,
                "site": site_of(entry),
                "anatomy": anatomy,
                "x": np.array(rows),
                "y": y,
            }
        )
    return pages


def fit(pages: list[dict]) -> tuple[np.ndarray, np.ndarray, np.ndarray, float]:
    x = np.vstack([p["x"] for p in pages])
    y = np.concatenate([p["y"] for p in pages])
    w = np.concatenate([np.full(len(p["y"]), 1.0 / len(p["y"])) for p in pages])
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale < 1e-6] = 1.0
    model = LogisticRegression(C=C, class_weight="balanced", max_iter=2000)
    model.fit((x - mean) / scale, y, sample_weight=w * len(pages))
    return mean, scale, model.coef_[0], float(model.intercept_[0])


def weights_from(fitted: tuple, decoder: dict) -> lines_model.Weights:
    mean, scale, coef, intercept = fitted
    return lines_model.Weights(
        mean=tuple(float(v) for v in mean),
        scale=tuple(float(v) for v in scale),
        coef=tuple(float(v) for v in coef),
        intercept=float(intercept),
        clip=float(decoder["clip"]),
        span_bias=float(decoder["span_bias"]),
        min_span_chars=int(decoder["min_span_chars"]),
        page=decoder["page"],
        page_threshold=float(decoder["page_threshold"]),
    )


def span_values(page: dict, z: np.ndarray, clip: float, bias: float) -> list[float]:
    """The values the span is decoded from, as extraction computes them."""
    return announced_values(page["anatomy"], [max(-clip, min(clip, v)) - bias for v in z])


def prose_marks(page: dict) -> list[bool]:
    return [bool(line.score) for line in page["anatomy"].lines]


def exact_span(page: dict, z: np.ndarray, y: list[int], clip: float, bias: float) -> bool:
    """Whether the span decoded as extraction decodes it is exactly the labelled body."""
    values = span_values(page, z, clip, bias)
    start, end, _ = lines_model.decode(values, prose_marks(page))
    body = [i for i, v in enumerate(y) if v]
    return bool(body) and start == body[0] and end == body[-1] + 1


def body_right(page: dict, z: np.ndarray, clip: float, bias: float) -> bool:
    """Whether the span decoded as extraction decodes it gives the gold body once its
    edges are trimmed (trim_edges) and the closing lines taken off (split_body): a span
    that also holds a credit line or a standing notice the rules remove is as right as
    the exact one."""
    values = span_values(page, z, clip, bias)
    start, end, _ = lines_model.decode(values, prose_marks(page))
    lines = page["anatomy"].lines
    texts = [lines[i].text for i in trim_edges(lines, list(range(start, end)))]
    body = squeeze("".join(split_body(texts).lines))
    entry = page["entry"]
    return bool(body) and (
        body.startswith(squeeze(entry["body_start"])) and body.endswith(squeeze(entry["body_end"]))
    )


# The biases on each side of a bias that its count is smoothed over.
NEIGHBOURS = 2


def choose_decoder(pages: list[dict], held_out_z: dict[int, np.ndarray]) -> dict:
    """The clip and bias under which held-out line scores give the gold body most often
    (articles only: the page model decides the kind), counted over the bias and its
    neighbours: a broad plateau, not a lone peak that one page more or less moves (a peak
    a step wide flipped the choice, and the page model fitted on it, with each small change
    of a feature). The count at the bias itself, then exact spans, break ties."""
    articles = [i for i, p in enumerate(pages) if p["entry"]["kind"] == "article"]
    right: dict[tuple[float, float], int] = {}
    exact: dict[tuple[float, float], int] = {}
    for clip in CLIPS:
        for bias in BIASES:
            right[clip, bias] = sum(
                body_right(pages[i], held_out_z[i], clip, bias) for i in articles
            )
            exact[clip, bias] = sum(
                exact_span(pages[i], held_out_z[i], pages[i]["y"], clip, bias) for i in articles
            )
    best_key, best = None, None
    for clip in CLIPS:
        for k, bias in enumerate(BIASES):
            around = [right[clip, b] for b in BIASES[max(0, k - NEIGHBOURS) : k + NEIGHBOURS + 1]]
            key = (
                sum(around) / len(around),
                right[clip, bias],
                exact[clip, bias],
                -abs(bias),
                -clip,
            )
            if best_key is None or key > best_key:
                best_key, best = key, {"clip": clip, "span_bias": bias}
    assert best is not None
    return best


def page_rows(pages: list[dict], held_out_z: dict[int, np.ndarray], decoder: dict) -> np.ndarray:
    """Each page's page-model features, from the span its held-out line scores decode to."""
    rows = []
    for i, p in enumerate(pages):
        clip, bias = decoder["clip"], decoder["span_bias"]
        values = span_values(p, held_out_z[i], clip, bias)
        start, end, total = lines_model.decode(values, prose_marks(p))
        rows.append(page_row(p["anatomy"], start, end, total))
    return np.array(rows)


def fit_page(rows: np.ndarray, kinds: np.ndarray) -> dict:
    mean = rows.mean(axis=0)
    scale = rows.std(axis=0)
    scale[scale < 1e-6] = 1.0
    model = LogisticRegression(C=C, class_weight="balanced", max_iter=2000)
    model.fit((rows - mean) / scale, kinds)
    return {
        "mean": [float(v) for v in mean],
        "scale": [float(v) for v in scale],
        "coef": [float(v) for v in model.coef_[0]],
        "intercept": float(model.intercept_[0]),
    }


# Losing an article costs this many pages that are not articles kept.
LOST_COST = 8.0


def caught_by_rules(page: dict) -> bool:
    """Whether a crisp page rule of §7 that stands apart from the page model (a forum
    thread, a Q&A page, an encyclopedia's entry) turns the page down whatever it scores."""
    anatomy = page["anatomy"]
    texts = [line.text for line in anatomy.lines]
    return bool(thread_or_answers(texts)) or encyclopedia_entry(anatomy.meta, texts, None)


def choose_page_threshold(pages: list[dict], rows: np.ndarray) -> float:
    """The page-score threshold that held-out page scores decide best, an article lost
    weighing more than a non-article kept, averaged over resamples of the sites.

    A page the crisp rules turn down anyway has no say: the threshold is for the pages
    they leave. The cost has two shallow minima (just under the lowest-scoring held-out
    article, or a point higher where a few more non-articles go), and which one is lower
    turned on that one article's score: a feature more or less moved the threshold by a
    point. Averaged over BOOTSTRAPS resamples of the sites (fixed seed, so the fit stays
    reproducible), it moves as little as the scores do."""
    kinds = np.array([p["entry"]["kind"] == "article" for p in pages], dtype=int)
    scores = np.zeros(len(pages))
    for _, members in sorted(groups(pages).items()):
        rest = [i for i in range(len(pages)) if i not in members]
        model = fit_page(rows[rest], kinds[rest])
        for i in members:
            scores[i] = lines_model._linear(list(rows[i]), model)
    by_site: dict[str, list[int]] = defaultdict(list)
    for i, p in enumerate(pages):
        if not caught_by_rules(p):
            by_site[p["site"]].append(i)
    sites = [by_site[site] for site in sorted(by_site)]
    rng = np.random.default_rng(BOOTSTRAP_SEED)
    chosen = []
    for _ in range(BOOTSTRAPS):
        picked = np.concatenate([sites[j] for j in rng.integers(0, len(sites), len(sites))])
        chosen.append(cheapest_threshold(scores[picked], kinds[picked]))
    return round(float(np.mean(chosen)), 2)


BOOTSTRAPS = 400
BOOTSTRAP_SEED = 0
THRESHOLD_GRID = np.arange(-10.0, 5.0, 0.01)


def cheapest_threshold(scores: np.ndarray, kinds: np.ndarray) -> float:
    """The threshold on THRESHOLD_GRID with the least expected cost for these pages."""
    below = _below(THRESHOLD_GRID[:, None], scores[None, :])
    cost = LOST_COST * (below * (kinds == 1)).sum(axis=1) + ((1.0 - below) * (kinds == 0)).sum(
        axis=1
    )
    return float(THRESHOLD_GRID[int(np.argmin(cost))])


# A page's score moves by this much from one fit to the next (held out or not, a feature
# more or less): each held-out score is taken as uncertain by as much, so the threshold is
# not set a hair below one article's score, where the articles like it on other sites fall.
PAGE_SCORE_NOISE = 0.5


def _below(threshold: np.ndarray, scores: np.ndarray) -> np.ndarray:
    """The chance of each page's score lying below ``threshold``."""
    return 0.5 * (1.0 + erf((threshold - scores) / (PAGE_SCORE_NOISE * math.sqrt(2.0))))


def groups(pages: list[dict]) -> dict[str, list[int]]:
    by_site: dict[str, list[int]] = defaultdict(list)
    for i, p in enumerate(pages):
        by_site[p["site"]].append(i)
    return by_site


def held_out_scores(pages: list[dict]) -> dict[int, np.ndarray]:
    """Each page's line scores from a model fitted without its site."""
    out: dict[int, np.ndarray] = {}
    for _, members in sorted(groups(pages).items()):
        rest = [p for i, p in enumerate(pages) if i not in members]
        mean, scale, coef, intercept = fit(rest)
        for i in members:
            out[i] = ((pages[i]["x"] - mean) / scale) @ coef + intercept
    return out


def evaluate_held_out(pages: list[dict], decoder: dict, rows: np.ndarray) -> dict[str, float]:
    """Field scores of the whole extraction, each site run with line and page models
    fitted without it."""
    kinds = np.array([p["entry"]["kind"] == "article" for p in pages], dtype=int)
    hits: dict[str, list[bool]] = {f: [] for f in ALL_FIELDS}
    for _, members in sorted(groups(pages).items()):
        rest = [i for i in range(len(pages)) if i not in members]
        page = fit_page(rows[rest], kinds[rest])
        weights = weights_from(fit([pages[i] for i in rest]), {**decoder, "page": page})
        with lines_model.using(weights):
            for i in members:
                entry = pages[i]["entry"]
                url = entry.get("url") or f"http://corpus.invalid/{entry['file']}"
                record = extract_page(pages[i]["raw"], url, {"Content-Type": entry["content_type"]})
                for key, ok in score_record(record, entry).items():
                    hits[key].append(ok)
    return {f: round(sum(v) / len(v), 3) for f, v in hits.items() if v}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--dry-run", action="store_true", help="report, write nothing")
    args = parser.parse_args(argv)
    logging.disable(logging.WARNING)
    pages = load(args.corpus)
    sites = len({p["site"] for p in pages})
    print(f"{len(pages)} pages, {sites} sites, {sum(len(p['y']) for p in pages)} lines")
    held_out = held_out_scores(pages)
    decoder = choose_decoder(pages, held_out)
    rows = page_rows(pages, held_out, decoder)
    decoder["page_threshold"] = choose_page_threshold(pages, rows)
    decoder["min_span_chars"] = MIN_SPAN_CHARS
    print(f"decoder: {decoder}")
    kinds = np.array([p["entry"]["kind"] == "article" for p in pages], dtype=int)
    weights = weights_from(fit(pages), {**decoder, "page": fit_page(rows, kinds)})
    print("leave-one-site-out (each site scored by a model fitted without it):")
    for field, value in evaluate_held_out(pages, decoder, rows).items():
        print(f"  {field:<13} {value:.3f}")
    if not args.dry_run:
        WEIGHTS.parent.mkdir(parents=True, exist_ok=True)
        WEIGHTS.write_text(json.dumps(weights.to_dict(), indent=1) + "\n")
        print(f"wrote {WEIGHTS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
