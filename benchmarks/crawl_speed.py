"""Throughput of unionnews against bare Scrapy, measured in the same run.

    python benchmarks/crawl_speed.py [--articles 5000] [--rounds 2]

Serves a generated union-news site (list pages and ``--articles`` article pages) on
127.0.0.1 from a separate process, then crawls it in turn with a bare Scrapy spider that
only follows links and with the full unionnews pipeline (``scrapy crawl generic``:
extraction, loader, pipelines, incremental state, run file). Both run with the same
concurrency and no throttling. Prints pages/s of each and their ratio, the peak memory
of each crawl process, and the per-page extraction time of unionnews against
trafilatura on the same pages (needs the ``bench`` extra for the latter).
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT / "tests"))

from helpers import generic_command  # noqa: E402
from localsite import LocalSite, article_html  # noqa: E402

COMMON = [
    "-s", "CONCURRENT_REQUESTS=16", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=16",
    "-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "LOG_LEVEL=INFO",
    "-s", "TELNETCONSOLE_ENABLED=False", "-s", "LOGSTATS_INTERVAL=0",
]  # fmt: skip


def serve(articles: int, port_queue) -> None:
    site = LocalSite(articles=articles, per_page=50, site_name="某市总工会")
    with site.running():
        port_queue.put(site.server.server_address[1])
        while True:
            time.sleep(3600)


def _tree(pid: int) -> list[int]:
    """``pid`` and every process below it (a crawl's page readers, their tracker)."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(entry.name))
    found, todo = [], [pid]
    while todo:
        found.append(todo.pop())
        todo.extend(children.get(found[-1], []))
    return found


def _tree_mb(pid: int) -> float:
    """The memory of a process tree: the sum of each process's proportional set size
    (shared pages split among the processes sharing them), in MB."""
    total = 0
    for member in _tree(pid):
        try:
            rollup = (Path("/proc") / str(member) / "smaps_rollup").read_text()
        except OSError:
            continue
        m = re.search(r"^Pss:\s+(\d+) kB", rollup, re.M)
        total += int(m[1]) if m else 0
    return total / 1024


def run(cmd: list[str], cwd: Path, log: Path) -> dict:
    """Run one crawl; its pages, seconds (Scrapy's own clock), the peak RSS of its
    main process and the peak memory of its whole process tree (sampled)."""
    with log.open("w") as fh:
        proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=fh)
        peak_tree = 0.0
        done = threading.Event()

        def sample() -> None:
            nonlocal peak_tree
            while not done.wait(0.1):
                peak_tree = max(peak_tree, _tree_mb(proc.pid))

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        _pid, status, usage = os.wait4(proc.pid, 0)
        done.set()
        sampler.join()
    text = log.read_text("utf-8")
    if status != 0:
        raise SystemExit(f"crawl failed ({status}): {cmd}\n{text[-2000:]}")
    pages = int(re.search(r"'downloader/response_count': (\d+)", text)[1])
    seconds = float(re.search(r"'elapsed_time_seconds': ([\d.]+)", text)[1])
    items = re.search(r"'item_scraped_count': (\d+)", text)
    return {
        "pages": pages,
        "seconds": seconds,
        "pages_per_s": pages / seconds,
        "records": int(items[1]) if items else 0,
        "peak_mb": usage.ru_maxrss / 1024,
        "tree_mb": peak_tree,
    }


def bare(url: str, tmp: Path, n: int) -> dict:
    # Outside the project folder, so that plain Scrapy defaults apply.
    cmd = [
        sys.executable,
        "-m",
        "scrapy",
        "runspider",
        str(HERE / "bare_spider.py"),
        "-a",
        f"start={url}/news/",
        *COMMON,
    ]
    return run(cmd, tmp, tmp / f"bare-{n}.log")


def unionnews(url: str, tmp: Path, n: int) -> dict:
    cmd = generic_command(
        f"{url}/news/", *COMMON, "-O", str(tmp / f"out-{n}.jsonl"),
        "-s", f"UNIONNEWS_STATE={tmp / f'state-{n}.sqlite'}", "-s", f"UNIONNEWS_LOCK_DIR={tmp}",
    )  # fmt: skip
    return run(cmd, ROOT, tmp / f"unionnews-{n}.log")


def extraction(samples: int) -> dict[str, float]:
    from unionnews.extract import extract_page

    pages = [article_html(i, "某市总工会") for i in range(1, samples + 1)]
    headers = {"Content-Type": "text/html; charset=utf-8"}
    timings = {}
    # Warm up: one-time loads (the division table, dateparser's data) are not per page.
    for page in pages[:10]:
        extract_page(page, "http://127.0.0.1/news/0.html", headers)
    start = time.perf_counter()
    for i, page in enumerate(pages):
        extract_page(page, f"http://127.0.0.1/news/{i}.html", headers)
    timings["unionnews"] = (time.perf_counter() - start) / samples * 1000
    try:
        import trafilatura
    except ImportError:
        return timings
    for page in pages[:10]:
        trafilatura.bare_extraction(page.decode("utf-8"), with_metadata=True)
    start = time.perf_counter()
    for page in pages:
        trafilatura.bare_extraction(page.decode("utf-8"), with_metadata=True)
    timings["trafilatura"] = (time.perf_counter() - start) / samples * 1000
    return timings


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--json", help="write the figures to this file")
    args = parser.parse_args()
    ports = multiprocessing.Queue()
    server = multiprocessing.Process(target=serve, args=(args.articles, ports), daemon=True)
    server.start()
    url = f"http://127.0.0.1:{ports.get(timeout=30)}"
    results: dict[str, list[dict]] = {"bare": [], "unionnews": []}
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        for n in range(args.rounds):  # interleaved, so noise hits both alike
            results["bare"].append(bare(url, tmp, n))
            results["unionnews"].append(unionnews(url, tmp, n))
    server.terminate()
    rate = {k: statistics.median(r["pages_per_s"] for r in v) for k, v in results.items()}
    peak = {k: max(r["peak_mb"] for r in v) for k, v in results.items()}
    tree = {k: max(r["tree_mb"] for r in v) for k, v in results.items()}
    timings = extraction(300)
    print(f"site: {args.articles} articles + list pages on 127.0.0.1, {args.rounds} rounds each")
    for name in ("bare", "unionnews"):
        last = results[name][-1]
        print(
            f"{name:<10} {rate[name]:8.1f} pages/s  peak {peak[name]:6.1f} MB, "
            f"with its processes {tree[name]:6.1f} MB  "
            f"({last['pages']} pages, {last['records']} records, {last['seconds']:.1f} s)"
        )
    # Each round's two crawls ran back to back: their ratio is what a noisy machine
    # disturbs least, and the median of those ratios is the figure.
    paired = statistics.median(
        u["pages_per_s"] / b["pages_per_s"]
        for b, u in zip(results["bare"], results["unionnews"], strict=True)
    )
    print(
        f"ratio unionnews/bare pages/s: {paired:.2f} (median of each round's ratio; "
        f"ratio of the medians {rate['unionnews'] / rate['bare']:.2f}; goal >= 0.80)"
    )
    print(
        f"unionnews peak memory, crawl and page readers: {tree['unionnews']:.1f} MB (goal < 200 MB)"
    )
    for name, ms in timings.items():
        print(f"extraction {name:<12} {ms:6.2f} ms/page")
    if "trafilatura" in timings:
        ratio = timings["unionnews"] / timings["trafilatura"]
        print(f"extraction ratio unionnews/trafilatura: {ratio:.2f}")
    if args.json:
        Path(args.json).write_text(json.dumps({"results": results, "timings": timings}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
