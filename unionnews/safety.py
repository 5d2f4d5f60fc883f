"""Never send a request to a private address by following a link.

A page can link to ``http://10.0.0.1/`` or to a name that resolves to 127.0.0.1. Such
requests are refused (``unionnews/refused/private_address``) unless the setting
``UNIONNEWS_ALLOW_PRIVATE`` is True, as tests and benchmarks against local servers set
it. Names are resolved through the reactor's resolver, which Scrapy caches, so the
download that follows reuses the answer.
"""

from __future__ import annotations

import ipaddress
import logging
from urllib.parse import urlsplit

from scrapy.exceptions import IgnoreRequest, NotConfigured

logger = logging.getLogger(__name__)


def is_private(address: str) -> bool:
    """Loopback, private, link-local, unspecified or reserved: not the public internet."""
    try:
        ip = ipaddress.ip_address(address.strip("[]"))
    except ValueError:
        return False
    return not ip.is_global or ip.is_multicast


class PrivateAddressMiddleware:
    def __init__(self, stats=None) -> None:
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler):
        if crawler.settings.getbool("UNIONNEWS_ALLOW_PRIVATE"):
            raise NotConfigured  # off: not even a check on the hot path
        return cls(crawler.stats)

    def process_request(self, request, spider=None):
        if not request.url.startswith(("http://", "https://")):
            return None
        host = urlsplit(request.url).hostname or ""
        if host == "localhost" or host.endswith(".localhost"):
            return self._check(request, "127.0.0.1")
        if _is_ip(host):
            return self._check(request, host)
        from twisted.internet import reactor

        resolving = reactor.resolve(host)
        resolving.addCallback(lambda address: self._check(request, address))
        # An unresolvable name fails in the download, as usual.
        resolving.addErrback(lambda failure: failure if failure.check(IgnoreRequest) else None)
        return resolving

    def _check(self, request, address: str) -> None:
        if is_private(address):
            if self.stats is not None:
                self.stats.inc_value("unionnews/refused/private_address")
            logger.warning(
                "refused %s: %s is a private address (allow with -s UNIONNEWS_ALLOW_PRIVATE=True)",
                request.url,
                address,
            )
            raise IgnoreRequest(f"private address {address}")


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return False
    return True
