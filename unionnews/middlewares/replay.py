"""Replay saved pages through the real crawl: a downloader middleware.

With ``UNIONNEWS_REPLAY_DIR`` set, every request is answered from saved pages instead of
the network: each ``index.json`` below that folder maps a URL to
``{"file": "list.html", "content_type": "text/html; charset=gbk", "status": 200}``
(``file`` relative to the index). A URL with no saved page gets a 404, so a crawl over
saved pages runs exactly the spider code a live crawl runs, and never leaves the machine.
Off when the setting is empty.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

from scrapy import Request
from scrapy.exceptions import NotConfigured
from scrapy.http import Headers, Response
from scrapy.responsetypes import responsetypes

logger = logging.getLogger(__name__)


def replay_error(settings) -> str | None:
    """UNIONNEWS_REPLAY_DIR that holds no saved pages, as one line; None when all is well."""
    folder = settings.get("UNIONNEWS_REPLAY_DIR")
    if folder and not (Path(folder).is_dir() and load_index(Path(folder))):
        return (
            f"UNIONNEWS_REPLAY_DIR={folder}: no saved pages there (an index.json in it or "
            "below); replay never fetches from the network"
        )
    return None


def load_index(folder: Path) -> dict[str, dict]:
    pages: dict[str, dict] = {}
    for index in sorted(folder.rglob("index.json")):
        for url, entry in json.loads(index.read_text("utf-8")).items():
            pages[url] = {**entry, "file": index.parent / entry["file"]}
    return pages


class ReplayMiddleware:
    def __init__(self, folder: Path, stats=None) -> None:
        self.pages = load_index(folder) if folder.is_dir() else {}
        self.stats = stats
        if not self.pages:
            # A misspelled folder must not send the crawl to the network: every request
            # is answered 404 (scrapy crawl refuses such a folder before it starts).
            logger.error("no saved pages under %s: every request answers 404", folder)
        else:
            logger.info("replaying %d saved pages from %s", len(self.pages), folder)

    @classmethod
    def from_crawler(cls, crawler):
        folder = crawler.settings.get("UNIONNEWS_REPLAY_DIR")
        if not folder:
            raise NotConfigured
        return cls(Path(folder), crawler.stats)

    def process_request(self, request: Request, spider=None) -> Response:
        entry = self.pages.get(request.url)
        if entry is None:
            if self.stats is not None:
                self.stats.inc_value("unionnews/replay/missing")
            return Response(request.url, status=404, body=b"", request=request)
        headers = Headers({"Content-Type": entry.get("content_type", "text/html")})
        body = Path(entry["file"]).read_bytes()
        cls = responsetypes.from_args(headers=headers, url=request.url, body=body)
        return cls(
            url=request.url,
            status=entry.get("status", 200),
            headers=headers,
            body=body,
            request=request,
        )
