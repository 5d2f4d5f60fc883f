"""Several workers sharing one frontier through scrapy-redis and a real redis-server."""

from __future__ import annotations

import json
import os
import signal
import subprocess
from pathlib import Path

import pytest
import redis
from helpers import LOCALSITE_PATTERN, ROOT, generic_command, run_crawl, scrapy
from localsite import LocalSite, article_html, article_path
from redisproxy import KillingProxy


def worker(
    out: Path, redis_url: str, start: str, lease: int = 300, *extra: str, env=None
) -> subprocess.Popen:
    cmd = generic_command(
        start, "-o", str(out), "-s", f"REDIS_URL={redis_url}", "-s", "UNIONNEWS_IDLE_SECONDS=2",
        "-s", f"UNIONNEWS_LEASE_SECONDS={lease}", "-s", "LOG_LEVEL=INFO",
        "-s", f"LOG_FILE={out.with_suffix('.log')}", *extra,
    )  # fmt: skip
    # Everything a worker says goes to its log file (LOG_FILE), read when a test fails.
    return subprocess.Popen(
        cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env
    )


def tail(out: Path) -> str:
    log = out.with_suffix(".log")
    return log.read_text("utf-8")[-3000:] if log.exists() else "(no log)"


def seed(redis_url: str, start: str) -> None:
    result = scrapy(
        "seed",
        "generic",
        "-a",
        f"start={start}",
        "-a",
        LOCALSITE_PATTERN,
        "-s",
        f"REDIS_URL={redis_url}",
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "start requests of generic" in result.stdout


def records_of(files: list[Path]) -> list[dict]:
    return [
        json.loads(line) for f in files if f.exists() for line in f.read_text("utf-8").splitlines()
    ]


def comparable(record: dict) -> tuple:
    return (
        record["url"],
        record["title"],
        record["body"],
        record["published_at"],
        record["source"],
    )


def test_three_workers_emit_what_one_process_does(tmp_path, redis_url):
    # Enough articles for three workers to share them (400 on 8 list pages); more only
    # makes the test slower, not stronger.
    with LocalSite(articles=400, per_page=50).running() as site:
        start = f"{site.url}/news/"
        alone, _ = run_crawl(
            tmp_path / "alone", "generic", "-a", f"start={start}", "-a", LOCALSITE_PATTERN
        )
        assert len(alone) == 400
        seed(redis_url, start)
        outs = [tmp_path / f"worker{i}.jsonl" for i in range(3)]
        workers = [worker(out, redis_url, start) for out in outs]
        codes = [w.wait(timeout=600) for w in workers]
    assert codes == [0, 0, 0], [tail(out) for out in outs]
    together = records_of(outs)
    urls = [r["url"] for r in together]
    assert len(urls) == len(set(urls)) == 400  # zero duplicates
    assert sorted(map(comparable, together)) == sorted(map(comparable, alone))
    assert sum(1 for out in outs if out.exists() and out.stat().st_size) >= 2  # work was shared
    assert redis.Redis.from_url(redis_url).hlen("unionnews:emitted") == 400


def test_a_killed_worker_loses_nothing(tmp_path, redis_url):
    with LocalSite(articles=600, per_page=50).running() as site:
        start = f"{site.url}/news/"
        seed(redis_url, start)
        outs = [tmp_path / f"worker{i}.jsonl" for i in range(3)]
        workers = [worker(out, redis_url, start, lease=3) for out in outs]
        victim = workers[0]

        def kill_one(article_id: int) -> None:
            if site.article_hits() == 150 and victim.poll() is None:
                os.kill(victim.pid, signal.SIGKILL)

        site.on_article = kill_one
        assert victim.wait(timeout=300) == -signal.SIGKILL
        site.on_article = None
        codes = [w.wait(timeout=600) for w in workers[1:]]
    assert codes == [0, 0], [tail(out) for out in outs[1:]]
    together = records_of(outs)  # the killed worker's file too: every line whole
    urls = [r["url"] for r in together]
    assert len(urls) == len(set(urls)) == 600
    logs = "".join(out.with_suffix(".log").read_text("utf-8") for out in outs[1:])
    assert redis.Redis.from_url(redis_url).hlen("unionnews:generic:ledger") == 0
    assert "unionnews/distributed/taken_over" in logs or len(urls) == 600


def killed_as_it_queues(tmp_path: Path, redis_url: str, site: LocalSite, article_id: int):
    """A seeded run whose one worker dies the moment Redis has marked the link to article
    ``article_id`` seen (a proxy kills it there), then a second worker that finishes the
    run: both workers' records."""
    from scrapy import Request
    from scrapy_redis.dupefilter import RFPDupeFilter

    start = f"{site.url}/news/"
    seed(redis_url, start)
    link = Request(site.url + article_path(article_id))
    needle = RFPDupeFilter(None, "unused").request_fingerprint(link).encode()
    first, second = tmp_path / "first.jsonl", tmp_path / "second.jsonl"
    with KillingProxy(redis_url, needle) as proxy:
        proxy.victim = worker(first, proxy.url, start, lease=1)
        assert proxy.victim.wait(timeout=120) == -signal.SIGKILL, tail(first)
    assert not first.exists() or not first.read_text("utf-8")  # died listing, not writing
    assert worker(second, redis_url, start, lease=1).wait(timeout=120) == 0, tail(second)
    return records_of([first, second])


def test_a_worker_killed_as_it_queues_a_link_loses_nothing(tmp_path, redis_url):
    # The link must be queued in the step that marks it seen, or the worker taking over
    # the list page finds it seen, drops it, and the article is never fetched.
    with LocalSite(articles=6).running() as site:
        records = killed_as_it_queues(tmp_path, redis_url, site, 4)
    urls = [r["url"] for r in records]
    assert sorted(urls) == sorted(site.url + article_path(i) for i in range(1, 7))
    assert redis.Redis.from_url(redis_url).hlen("unionnews:generic:ledger") == 0


def test_a_list_page_taken_over_pages_on_when_its_articles_were_written(tmp_path, redis_url):
    # The worker dies at the last article link of the first list page, before the link
    # to the second: the worker taking the page over writes those articles first, and
    # then reads the page again. Its articles are emitted, but the page must still lead
    # on to the second list, which nobody has queued.
    with LocalSite(articles=12, per_page=6).running() as site:
        records = killed_as_it_queues(tmp_path, redis_url, site, 7)
    urls = [r["url"] for r in records]
    assert sorted(urls) == sorted(site.url + article_path(i) for i in range(1, 13))


def test_a_worker_whose_pipeline_drops_an_item_still_finishes(tmp_path, redis_url):
    with LocalSite(articles=6).running() as site:
        # Article 3 reposts article 2 word for word: dropped as a repost.
        site.copies[article_path(3)] = article_html(2, site.site_name)
        start = f"{site.url}/news/"
        seed(redis_url, start)
        out = tmp_path / "worker.jsonl"
        alone = worker(out, redis_url, start, 300, "-s", "UNIONNEWS_DROP_REPOSTS=True")
        assert alone.wait(timeout=120) == 0, tail(out)
    assert len(records_of([out])) == 5
    assert redis.Redis.from_url(redis_url).hlen("unionnews:generic:ledger") == 0


def test_a_failed_fetch_is_kept_in_redis_and_retried_by_the_next_seeded_run(tmp_path, redis_url):
    def status_500(handler):
        handler.send_response(500)
        handler.send_header("Content-Length", "0")
        handler.end_headers()

    with LocalSite(articles=4).running() as site:
        start = f"{site.url}/news/"
        site.raw[article_path(3)] = status_500
        seed(redis_url, start)
        first = tmp_path / "first.jsonl"
        assert worker(first, redis_url, start).wait(timeout=120) == 0, tail(first)
        assert len(records_of([first])) == 3
        assert redis.Redis.from_url(redis_url).hexists(
            "unionnews:failed", site.url + article_path(3)
        )
        del site.raw[article_path(3)]
        site.ids.remove(3)  # no list shows it any more: only the remembered failure brings it
        site.copies[article_path(3)] = article_html(3, site.site_name)
        seed(redis_url, start)
        second = tmp_path / "second.jsonl"
        assert worker(second, redis_url, start).wait(timeout=120) == 0, tail(second)
    assert [r["url"] for r in records_of([second])] == [site.url + article_path(3)]
    assert not redis.Redis.from_url(redis_url).hexists(
        "unionnews:failed", site.url + article_path(3)
    )


def test_redis_down_is_one_line_and_a_failed_run():
    result = scrapy(
        "crawl", "generic", "-a", "start=http://127.0.0.1:9/news/", "-O", "/dev/null:jsonl",
        "-s", "REDIS_URL=redis://127.0.0.1:1/0",
    )  # fmt: skip
    assert result.returncode == 3
    assert result.stderr.strip().splitlines() == [
        "error: cannot reach Redis at redis://127.0.0.1:1/0: Error 111 connecting to "
        "127.0.0.1:1. Connection refused."
    ]


def test_taking_a_request_on_sets_its_lease_and_its_entry_together(redis_url):
    from unionnews.distributed.ledger import Ledger

    server = redis.Redis.from_url(redis_url, decode_responses=True)
    a = Ledger(server, "generic", lease=60, worker="a")
    b = Ledger(server, "generic", lease=60, worker="b")
    url, entry = "http://127.0.0.1:1/a/1.html", {"kind": "article"}
    assert a.take(url, entry)
    assert server.get(a._lease_key(url)) == "a"
    assert json.loads(server.hget(a.key, url)) == entry
    assert not b.take(url, entry)  # a live worker holds it
    assert a.take(url, entry)  # its holder renews it
    # A lease that ran out (its worker is gone): the entry is an orphan, and another
    # worker takes it over, lease and entry.
    server.delete(a._lease_key(url))
    assert b.orphans() == [(url, entry)]
    assert b.take(url, entry)
    assert server.get(b._lease_key(url)) == "b"
    assert b.orphans() == []
    other = "http://127.0.0.1:1/a/2.html"
    assert b.take(other, entry)
    assert server.get(b._lease_key(other)) == "b"
    assert server.hexists(b.key, other)
    b.done(url)
    b.done(other)
    assert server.hlen(a.key) == 0
    assert not server.exists(a._lease_key(url), a._lease_key(other))


def test_a_worker_renews_the_leases_it_holds_and_no_other(redis_url):
    from unionnews.distributed.ledger import Ledger

    server = redis.Redis.from_url(redis_url, decode_responses=True)
    a = Ledger(server, "generic", lease=60, worker="a")
    b = Ledger(server, "generic", lease=60, worker="b")
    mine, lost, finished = (f"http://127.0.0.1:1/a/{i}.html" for i in (1, 2, 3))
    for url in (mine, lost, finished):
        assert a.take(url, {"kind": "article"})
    a.done(finished)
    for url in (mine, lost):
        server.expire(a._lease_key(url), 5)  # most of the lease gone
    # a stalled past the lease of ``lost``: b took it over, and keeps it.
    server.delete(a._lease_key(lost))
    assert b.take(lost, {"kind": "article"})
    server.expire(b._lease_key(lost), 5)
    assert a.renew([mine, lost, finished]) == 1
    assert server.ttl(a._lease_key(mine)) > 50
    assert server.ttl(b._lease_key(lost)) <= 5
    assert server.get(b._lease_key(lost)) == "b"
    assert not server.exists(a._lease_key(finished))
    assert a.renew([]) == 0


def test_a_request_waiting_longer_than_a_lease_stays_with_its_worker(tmp_path, redis_url):
    import time

    fetched = []

    def slow_article(handler):
        fetched.append(handler.path)
        time.sleep(8)  # eight leases, more than the idle check's five seconds
        body = article_html(2, site.site_name)
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html; charset=utf-8")
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body)

    with LocalSite(articles=4).running() as site:
        site.raw[article_path(2)] = slow_article
        start = f"{site.url}/news/"
        seed(redis_url, start)
        outs = [tmp_path / f"worker{i}.jsonl" for i in range(2)]
        workers = [worker(out, redis_url, start, lease=1) for out in outs]
        codes = [w.wait(timeout=120) for w in workers]
    assert codes == [0, 0], [tail(out) for out in outs]
    urls = [r["url"] for r in records_of(outs)]
    assert len(urls) == len(set(urls)) == 4
    # Its worker renewed the lease while the page came: nobody took it over.
    assert fetched == [article_path(2)]
    assert "taken_over" not in "".join(tail(out) for out in outs)


def test_whichever_worker_claims_a_record_first_writes_it(redis_url):
    from unionnews.distributed.state import RedisArticleState

    server = redis.Redis.from_url(redis_url, decode_responses=True)
    one, two = RedisArticleState(server), RedisArticleState(server)
    record, alias, other = (f"http://127.0.0.1:1/a/{i}.html" for i in (1, 2, 3))
    assert one.claim([record, alias], "f1")
    assert not two.claim([record], "f1")  # the same article, held by two workers
    assert not two.claim([other, alias], "f3")  # known by a URL already emitted
    assert not two.is_emitted(other)  # a refused claim marks nothing
    assert one.first_with_fingerprint("f1") == record
    assert two.claim([other], "f1")  # a repost: its fingerprint still names the first
    assert one.first_with_fingerprint("f1") == record
    two.unclaim([other], "f1")
    assert not one.is_emitted(other)
    assert one.first_with_fingerprint("f1") == record
    one.unclaim([record, alias], "f1")
    assert not one.is_emitted(record)
    assert not one.is_emitted(alias)
    assert one.first_with_fingerprint("f1") is None


def test_a_record_claimed_since_the_run_was_seeded_is_this_runs(redis_url):
    from unionnews.distributed.state import RedisArticleState

    server = redis.Redis.from_url(redis_url, decode_responses=True)
    state = RedisArticleState(server)
    earlier, later = "http://127.0.0.1:1/a/1.html", "http://127.0.0.1:1/a/2.html"
    server.hset("unionnews:emitted", "http://127.0.0.1:1/a/0.html", "")  # an unnoted mark
    assert state.claim([earlier], None)
    state.seeded("generic")
    assert state.claim([later], None)
    started = state.run_started("generic")
    assert state.emitted_at(earlier) < started <= state.emitted_at(later)
    assert state.emitted_at("http://127.0.0.1:1/a/0.html") < started
    assert state.emitted_at("http://127.0.0.1:1/a/3.html") is None
    assert RedisArticleState(server).run_started("generic") == started  # every worker's


def test_a_claimed_record_whose_write_failed_is_emitted_by_the_next_run(redis_url, tmp_path):
    from scrapy.exceptions import DropItem
    from scrapy.utils.test import get_crawler

    from unionnews.pipelines import ClaimPipeline
    from unionnews.run.incremental import IncrementalState

    settings = {
        "REDIS_URL": redis_url,
        "UNIONNEWS_STATE_CLASS": "unionnews.distributed.state.RedisArticleState",
    }
    workers = []
    for _ in range(2):
        crawler = get_crawler(settings_dict=settings)
        state = IncrementalState(crawler)
        state.open("generic")
        crawler.get_extension = lambda cls, state=state: state
        workers.append((state, ClaimPipeline.from_crawler(crawler), crawler))
    (one, claim_one, _), (two, claim_two, crawler_two) = workers
    written = {"url": "http://127.0.0.1:1/a/1.html", "fingerprint": "f1"}
    failed = {"url": "http://127.0.0.1:1/a/2.html", "fingerprint": "f2"}
    one.known_as(written["url"], ["http://127.0.0.1:1/old/1.html"])

    assert claim_one.process_item(written) is written
    one.item_scraped(written, None)  # the feed wrote it
    with pytest.raises(DropItem):
        claim_two.process_item(dict(written))
    assert crawler_two.stats.get_value("unionnews/dropped/emitted_elsewhere") == 1
    assert two.is_emitted("http://127.0.0.1:1/old/1.html")  # the URL it was known by

    assert claim_two.process_item(failed) is failed
    two.write_failed(OSError(28, "No space left on device"), tmp_path / "out.jsonl")
    two.item_scraped(failed, None)
    assert not one.is_emitted(failed["url"])  # not on disk: the next run emits it
    assert claim_one.process_item(dict(failed))


# scrapy-redis's scheduler counts its stats the way Scrapy now deprecates: not ours.
@pytest.mark.filterwarnings("ignore:Passing a 'spider' argument")
def test_a_request_taken_over_waits_in_its_workers_own_queue(redis_url):
    import scrapy
    from scrapy.utils.test import get_crawler

    from unionnews.distributed.scheduler import LedgerScheduler

    crawler = get_crawler(
        scrapy.Spider,
        settings_dict={
            "REDIS_URL": redis_url,
            "SCHEDULER_QUEUE_CLASS": "scrapy_redis.queue.PriorityQueue",
            "DUPEFILTER_CLASS": "scrapy_redis.dupefilter.RFPDupeFilter",
        },
    )
    crawler.spider = scrapy.Spider.from_crawler(crawler, "generic")
    scheduler = LedgerScheduler.from_crawler(crawler)
    scheduler.open(crawler.spider)
    held = scrapy.Request("http://127.0.0.1:1/a/1.html", meta={"unionnews_taken_over": True})
    queued = scrapy.Request("http://127.0.0.1:1/a/2.html")
    assert scheduler.enqueue_request(queued)
    assert scheduler.enqueue_request(held)
    # Only the queued one is in the shared queue: no other worker can find the held one
    # there, take it for a copy of a request in flight and drop it.
    assert redis.Redis.from_url(redis_url).zcard("generic:requests") == 1
    assert len(scheduler) == 2
    assert scheduler.has_pending_requests()
    assert scheduler.next_request() is held
    assert len(scheduler) == 1


def test_a_claim_its_dead_worker_never_wrote_is_undone_by_its_file(redis_url, tmp_path):
    from unionnews.distributed.state import RedisArticleState

    server = redis.Redis.from_url(redis_url, decode_responses=True)
    store = RedisArticleState(server)
    out = tmp_path / "worker0.jsonl"
    out.write_text('{"url": "http://127.0.0.1:1/a/0.html"}\n')
    written, unwritten, torn, alias = (f"http://127.0.0.1:1/a/{i}.html" for i in (1, 2, 3, 4))
    assert store.claim([written], "f1", out)
    with out.open("a") as fh:
        fh.write(json.dumps({"url": written}) + "\n")
    assert store.claim([unwritten, alias], "f2", out)
    assert store.claim([torn], "f3", out)
    with out.open("a") as fh:
        fh.write('{"url": "' + torn)  # killed in the middle of its line
    assert store.written(written)
    # Killed between the claim and the write: no line in its file, so the claim goes
    # and the worker taking the request over writes it.
    assert not store.written(alias)
    assert not store.is_emitted(unwritten)
    assert not store.is_emitted(alias)
    assert store.first_with_fingerprint("f2") is None
    assert not store.written(torn)
    assert store.claim([unwritten], "f2", out)  # taken over: claimed again
    # The first record of a worker: its file did not exist yet, and never came to be.
    first = "http://127.0.0.1:1/c/1.html"
    assert store.claim([first], None, tmp_path / "never.jsonl")
    assert not store.written(first)
    assert not store.is_emitted(first)
    # A worker that read the dead worker's note before that leaves the new claim alone.
    stale = json.dumps({"urls": [unwritten, alias], "fingerprint": "f2", "host": "x"})
    assert not store.unclaim([unwritten, alias], "f2", stale)
    assert store.is_emitted(unwritten)
    # What cannot be read from here is taken as written: never a record twice.
    server.hset("unionnews:emitted", "http://127.0.0.1:1/b/1.html", "f9")  # an older mark
    assert store.written("http://127.0.0.1:1/b/1.html")
    assert store.claim(["http://127.0.0.1:1/b/2.html"], None)  # no JSON Lines file
    assert store.written("http://127.0.0.1:1/b/2.html")
    note = json.loads(server.hget("unionnews:emitted", written))
    server.hset("unionnews:emitted", written, json.dumps({**note, "host": "elsewhere"}))
    out.write_text("")
    assert store.written(written)
    assert not store.written("http://127.0.0.1:1/never.html")


# Killed at its first record (its file not made yet) or at a later one.
@pytest.mark.parametrize(("articles", "dies_at"), [(1, 1), (6, 3)])
def test_a_worker_killed_between_a_claim_and_its_write_loses_nothing(
    tmp_path, redis_url, articles, dies_at
):
    from unionnews.settings import ITEM_PIPELINES

    pipelines = {**ITEM_PIPELINES, "dying.DieAfterClaim": 950}
    env = {
        **os.environ,
        "PYTHONPATH": str(Path(__file__).parent),
        "UNIONNEWS_TEST_DIE_AT": article_path(dies_at),
    }
    with LocalSite(articles=articles).running() as site:
        start = f"{site.url}/news/"
        seed(redis_url, start)
        outs = [tmp_path / f"worker{i}.jsonl" for i in range(2)]
        dying = worker(
            outs[0], redis_url, start, 1, "-s", f"ITEM_PIPELINES={json.dumps(pipelines)}", env=env
        )
        assert dying.wait(timeout=120) == -signal.SIGKILL
        assert redis.Redis.from_url(redis_url).hexists(
            "unionnews:emitted", site.url + article_path(dies_at)
        )  # claimed, never written
        assert site.url + article_path(dies_at) not in [r["url"] for r in records_of(outs[:1])]
        after = worker(outs[1], redis_url, start, 1)
        assert after.wait(timeout=120) == 0, tail(outs[1])
    urls = [r["url"] for r in records_of(outs)]
    assert len(urls) == len(set(urls)) == articles
    assert "died before writing it" in outs[1].with_suffix(".log").read_text("utf-8")
