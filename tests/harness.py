"""Seeded random nights against a local site: the judge of "every article exactly once".

The invariant, checked after every night:
- no output file holds an invalid line;
- no article appears more than once across all output files;
- after a night that exited 0 and met no fault, every article the site has shown appears
  exactly once (a night that met a fault may leave articles for a later night, and must
  then have exited non-zero or have remembered them: the next clean night delivers them).

Each night the site adds articles, some list links redirect to the article's own URL,
some article pages fail for the night, and the crawl meets a fault drawn at random: a
kill -9 at a random article (on distributed nights also between a record's claim in
Redis and its write, or just after a random one of the worker's Redis commands), a disk
that fills (a file-size limit on the crawl), an output folder that cannot be made, a
second spider on the same state at the same time. The output form is drawn too: run
files (``-o data/%(name)s/%(time)s.jsonl``), one file appended to (``-o all.jsonl``), a
new file each night (``-O night-N.jsonl``), or a CSV export, which a crawl with a state
must refuse.

    python tests/harness.py --seed 1234 --nights 40     # any number more, a new seed

A failing night prints its seed and number, so it can be replayed.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import signal
import subprocess
import sys
import tempfile
import threading
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from helpers import LOCALSITE_PATTERN, ROOT
from localsite import LocalSite, article_path
from redisproxy import KillingProxy

from unionnews.settings import ITEM_PIPELINES

FORMS = ("run_files", "append", "night_file", "csv")
FAULTS = ("kill", "disk_full", "unwritable", "two_spiders")
# Most nights meet no fault: the invariant is judged after those.
FAULT_CHANCE = 0.45
_ID = re.compile(r"/(\d+)\.html$")


class InvariantBroken(AssertionError):
    pass


@dataclass
class Night:
    number: int
    form: str
    fault: str | None
    failing: set[int] = field(default_factory=set)
    exit_codes: list[int] = field(default_factory=list)
    # A distributed night whose killed worker's work the others must take over: judged
    # as clean by the workers that lived.
    taken_over: bool = False

    @property
    def clean(self) -> bool:
        return (self.fault is None or self.taken_over) and not self.failing and self.form != "csv"


def moved_to(target: str):
    """A raw answer for LocalSite: 301 to ``target``."""

    def answer(handler) -> None:
        handler.send_response(301)
        handler.send_header("Location", target)
        handler.send_header("Content-Length", "0")
        handler.end_headers()

    return answer


def _server_error(handler) -> None:
    handler.send_response(500)
    handler.send_header("Content-Length", "0")
    handler.end_headers()


def _limit_files(limit: int):
    def apply() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return apply


class Harness:
    """``redis_url`` set: every night is a distributed one (``scrapy seed`` and one to three
    workers sharing the frontier through Redis, one perhaps killed at a random article). The state then lives in
    Redis, which a SQLite night does not read: a run of nights is all of one kind."""

    def __init__(self, seed: int, workdir: Path, redis_url: str | None = None) -> None:
        self.seed = seed
        self.redis_url = redis_url
        self.rng = random.Random(seed)
        self.workdir = workdir
        self.out = workdir / "out"
        self.out.mkdir(parents=True)
        self.state = workdir / "state" / "state.sqlite"
        self.site = LocalSite(articles=self.rng.randint(3, 25), per_page=self.rng.choice([4, 10]))
        self.nights: list[Night] = []

    # -- the site's day ------------------------------------------------------------------
    def _day(self, night: Night) -> None:
        site = self.site
        site.add(self.rng.choice([0, 1, 2, 3, 5, 8]))
        # Faults of the last night are over.
        site.raw.clear()
        site.aliases.clear()
        for article_id in site.ids:
            if self.rng.random() < 0.15:
                # Listed under another URL that redirects to the article's own.
                alias = f"/news/2026/0000/{article_id}.html"
                site.aliases[article_id] = alias
                site.raw[alias] = moved_to(article_path(article_id))
        if self.rng.random() < 0.25:
            for article_id in self.rng.sample(site.ids, k=min(2, len(site.ids))):
                night.failing.add(article_id)
                site.raw[article_path(article_id)] = _server_error

    # -- one crawl -----------------------------------------------------------------------
    def _output_args(self, night: Night) -> list[str]:
        if night.form == "csv":
            return ["-O", str(self.out / f"night-{night.number}.csv")]
        if night.fault == "unwritable":
            blocker = self.workdir / "blocker"
            blocker.write_text("a file where the output folder should be\n")
            return ["-o", str(blocker / "out.jsonl")]
        if night.form == "run_files":
            return ["-o", str(self.out / "data" / "%(name)s" / "%(time)s.jsonl")]
        if night.form == "append":
            return ["-o", str(self.out / "all.jsonl")]
        return ["-O", str(self.out / f"night-{night.number}.jsonl")]

    def _command(self, night: Night, spider: str = "generic", *extra: str) -> list[str]:
        command = [sys.executable, "-m", "scrapy", "crawl", spider]
        if spider == "generic":
            command += ["-a", f"start={self.site.url}/news/", "-a", LOCALSITE_PATTERN]
        return [
            *command,
            *self._output_args(night),
            *extra,
            "-s", f"UNIONNEWS_STATE={self.state}",
            "-s", "UNIONNEWS_ALLOW_PRIVATE=True",
            "-s", "AUTOTHROTTLE_ENABLED=False",
            "-s", "DOWNLOAD_DELAY=0",
            "-s", "RETRY_TIMES=0",
            "-s", "LOG_LEVEL=WARNING",
            # Pages read in a worker process or in the crawl's own (kills hit both).
            "-s", f"UNIONNEWS_READ_PROCESSES={self.rng.choice((0, 1))}",
        ]  # fmt: skip

    def _run(self, night: Night) -> None:
        command = self._command(night)
        limit = None
        if night.fault == "disk_full":
            sizes = [p.stat().st_size for p in self.workdir.rglob("*") if p.is_file()]
            limit = max(sizes, default=0) + self.rng.randint(0, 4000)
        proc = subprocess.Popen(
            command,
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            preexec_fn=_limit_files(limit) if limit else None,
        )
        if night.fault == "kill":
            at = self.rng.randint(1, 6)
            served = Counter[str]()

            def kill_at(article_id: int) -> None:
                served["n"] += 1
                if served["n"] == at:
                    os.kill(proc.pid, signal.SIGKILL)

            self.site.on_article = kill_at
        second = None
        if night.fault == "two_spiders":
            urls = self.workdir / f"urls-{night.number}.txt"
            urls.write_text(
                "".join(f"{self.site.url}{article_path(i)}\n" for i in self.site.ids[:5])
            )
            second_night = Night(night.number, "run_files", None)
            second = subprocess.Popen(
                self._command(second_night, "article", "-a", f"urls_file={urls}"),
                cwd=ROOT,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
            )
        try:
            _, err = proc.communicate(timeout=180)
            night.exit_codes.append(proc.returncode)
            if second is not None:
                second.communicate(timeout=180)
                night.exit_codes.append(second.returncode)
        finally:
            self.site.on_article = None
        self.last_stderr = err.decode("utf-8", "replace")[-3000:]

    # -- the judge -----------------------------------------------------------------------
    def _records(self) -> Counter[int]:
        seen: Counter[int] = Counter()
        for path in sorted(self.out.rglob("*.jsonl")):
            for number, line in enumerate(path.read_bytes().splitlines(), 1):
                try:
                    record = json.loads(line)
                    url = record["url"]
                except (ValueError, KeyError, TypeError) as exc:
                    raise InvariantBroken(f"{path}:{number}: invalid line ({exc})") from exc
                m = _ID.search(url)
                if not m:
                    raise InvariantBroken(f"{path}:{number}: a record of no article: {url}")
                seen[int(m.group(1))] += 1
        return seen

    def check(self, night: Night) -> None:
        seen = self._records()
        twice = sorted(i for i, n in seen.items() if n > 1)
        if twice:
            raise InvariantBroken(f"articles emitted more than once: {twice[:10]}")
        if night.clean and night.exit_codes and set(night.exit_codes) == {0}:
            missing = sorted(set(self.site.ids) - set(seen))
            if missing:
                raise InvariantBroken(f"articles the site showed never emitted: {missing[:10]}")
        if night.fault == "unwritable" and night.form != "csv" and night.exit_codes[:1] != [3]:
            raise InvariantBroken(f"an output that cannot be made did not fail: {night.exit_codes}")
        if night.form == "csv" and night.exit_codes[:1] != [2]:
            raise InvariantBroken(f"a CSV export with a state was not refused: {night.exit_codes}")

    def _run_distributed(self, night: Night) -> None:
        """``scrapy seed``, then one to three workers; with the kill fault, one worker is
        killed at a random article and the others take its work over."""
        site_args = ["-a", f"start={self.site.url}/news/", "-a", LOCALSITE_PATTERN]
        common = ["-s", "UNIONNEWS_ALLOW_PRIVATE=True", "-s", "LOG_LEVEL=WARNING"]
        seeded = subprocess.run(
            [sys.executable, "-m", "scrapy", "seed", "generic", *site_args, *common,
             "-s", f"REDIS_URL={self.redis_url}"],
            cwd=ROOT, capture_output=True, timeout=60, check=False,
        )  # fmt: skip
        if seeded.returncode != 0:
            raise InvariantBroken(f"scrapy seed failed: {seeded.stderr[-2000:]!r}")
        count = self.rng.randint(1, 3)
        # A kill comes from the site, as an article is served (the worker anywhere in its
        # work); from the first worker itself between a record's claim in Redis and its
        # write, at a random article (tests/dying.py); or from a proxy in front of Redis,
        # just after a random one of the worker's commands (tests/redisproxy.py): each
        # step a worker takes in Redis is a moment it may die.
        kill = self.rng.choice(("article", "claim", "redis")) if night.fault == "kill" else None
        kill = kill if count > 1 else None
        # One of the newest articles: one that tonight's crawl writes.
        die_at = article_path(self.rng.choice(self.site.ids[-5:])) if kill == "claim" else None
        proxy = (
            KillingProxy(self.redis_url, nth=self.rng.randint(1, 400)) if kill == "redis" else None
        )
        workers = []
        for i in range(count):
            out = self.out / "data" / "generic" / f"n{night.number}-w{i}.jsonl"
            redis_url = proxy.url if proxy is not None and i == 0 else self.redis_url
            extra: list[str] = ["-s", f"REDIS_URL={redis_url}"]
            env = None
            if i == 0 and die_at:
                pipelines = {**ITEM_PIPELINES, "dying.DieAfterClaim": 950}
                extra += ["-s", f"ITEM_PIPELINES={json.dumps(pipelines)}"]
                env = {**os.environ, "PYTHONPATH": str(Path(__file__).parent),
                       "UNIONNEWS_TEST_DIE_AT": die_at}  # fmt: skip
            workers.append(
                subprocess.Popen(
                    [
                        sys.executable,
                        "-m",
                        "scrapy",
                        "crawl",
                        "generic",
                        *site_args,
                        *common,
                        "-o",
                        str(out),
                        "-s",
                        "UNIONNEWS_IDLE_SECONDS=1",
                        "-s",
                        "UNIONNEWS_LEASE_SECONDS=2",
                        "-s",
                        "AUTOTHROTTLE_ENABLED=False",
                        "-s",
                        "DOWNLOAD_DELAY=0",
                        "-s",
                        "RETRY_TIMES=0",
                        *extra,
                    ],
                    cwd=ROOT,
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.PIPE,
                    env=env,
                )
            )
        if proxy is not None:
            proxy.victim = workers[0]
            proxy.start()
        if kill == "article":
            at = self.rng.randint(1, 6)
            victim = workers[0]

            def kill_at(article_id: int) -> None:
                if self.site.article_hits() >= at and victim.poll() is None:
                    os.kill(victim.pid, signal.SIGKILL)

            self.site.on_article = kill_at
        try:
            errs = [w.communicate(timeout=180)[1] for w in workers]
        finally:
            self.site.on_article = None
            if proxy is not None:
                proxy.close()
        night.exit_codes = [w.returncode for w in workers]
        if kill in ("claim", "redis") and night.exit_codes[0] == -signal.SIGKILL:
            night.fault = f"kill_at_{kill}"  # it did die there
        # A killed worker failed; the night is judged by the workers that finished.
        if kill is not None:
            night.exit_codes = night.exit_codes[1:]
        self.last_stderr = b"".join(errs).decode("utf-8", "replace")[-3000:]

    def night(self, number: int) -> Night:
        if self.redis_url:
            fault = "kill" if self.rng.random() < FAULT_CHANCE else None
            night = Night(number, "run_files", fault)
            self._day(night)
            self._run_distributed(night)
            night.taken_over = fault == "kill"  # the workers that lived deliver it all
            self.nights.append(night)
            self._judge(night)
            return night
        fault = self.rng.choice(FAULTS) if self.rng.random() < FAULT_CHANCE else None
        night = Night(number, self.rng.choice(FORMS), fault)
        self._day(night)
        self._run(night)
        self.nights.append(night)
        self._judge(night)
        return night

    def _judge(self, night: Night) -> None:
        try:
            self.check(night)
        except InvariantBroken as exc:
            raise InvariantBroken(
                f"seed {self.seed}, night {night.number} (form {night.form}, fault {night.fault}, "
                f"failing pages {sorted(night.failing)}, exit {night.exit_codes}): {exc}\n"
                f"nights before: {self.history()}\nstderr: {self.last_stderr}"
            ) from exc

    def history(self) -> str:
        return "; ".join(
            f"{n.number}: {n.form}/{n.fault or '-'} exit {n.exit_codes}"
            + (f" failing {sorted(n.failing)}" if n.failing else "")
            for n in self.nights
        )

    def run(self, nights: int) -> list[Night]:
        with self.site.running():
            for number in range(1, nights + 1):
                self.night(number)
            # A last clean night: whatever the faults left behind comes now.
            last = Night(nights + 1, "run_files", None)
            self.site.raw.clear()
            self.site.aliases.clear()
            if self.redis_url:
                self._run_distributed(last)
            else:
                self._run(last)
            self.nights.append(last)
            self.check(last)
        return self.nights


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seed", type=int, default=random.SystemRandom().randrange(10**6))
    parser.add_argument("--nights", type=int, default=20)
    parser.add_argument("--keep", type=Path, help="work in this folder and leave it")
    parser.add_argument(
        "--redis", help="a Redis of your own (redis://127.0.0.1:6379/0): distributed nights"
    )
    args = parser.parse_args(argv)
    print(f"seed {args.seed}, {args.nights} nights")
    with tempfile.TemporaryDirectory() as tmp:
        if args.keep:
            tmp = str(args.keep)
        try:
            nights = Harness(args.seed, Path(tmp), args.redis).run(args.nights)
        except InvariantBroken as exc:
            print(f"BROKEN: {exc}")
            return 1
    faults = Counter(n.fault for n in nights if n.fault)
    print(f"held over {len(nights)} nights; faults met: {dict(faults)}")
    return 0


if __name__ == "__main__":
    threading.excepthook = lambda args: None  # the kill leaves server threads mid-reply
    sys.exit(main())
