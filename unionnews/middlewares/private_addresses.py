"""Never send a request to a private address by following a link.

A page can link to ``http://10.0.0.1/``, to ``http://2130706433/``, to
``http://[::ffff:127.0.0.1]/`` or to a name that resolves to 127.0.0.1. Such requests are
refused (``unionnews/refused/private_address``) unless the setting
``UNIONNEWS_ALLOW_PRIVATE`` is True, as tests and benchmarks against local servers set
it. Two guards: this downloader middleware refuses a request before it leaves (address
literals in every spelling, IPv4 inside IPv6 included, and names, resolved through the
reactor's resolver, which Scrapy caches); and ``PublicOnlyResolver``
(TWISTED_DNS_RESOLVER) refuses a private answer where the connection is made, so a
redirect or a name whose answer changed cannot reach one either. Behind a proxy the
proxy resolves names: a name that cannot be resolved here is then refused rather than
trusted.
"""

from __future__ import annotations

import ipaddress
import logging
import socket
import urllib.request
from urllib.parse import urlsplit

from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.resolver import CachingThreadedResolver
from twisted.internet.error import DNSLookupError

logger = logging.getLogger(__name__)


# NAT64 prefixes: the last 32 bits of such an address are an IPv4 address.
_NAT64 = (ipaddress.ip_network("64:ff9b::/96"), ipaddress.ip_network("64:ff9b:1::/48"))


def parse_address(host: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    """``host`` as an IP address in any spelling a URL may carry (``127.0.0.1.``,
    ``[::1]``, ``2130706433``, ``0x7f.1``, ``127.1``), else None for a name."""
    text = host.strip().strip("[]").rstrip(".")
    try:
        return ipaddress.ip_address(text)
    except ValueError:
        pass
    if text and all(c in "0123456789abcdefxABCDEFX." for c in text) and text[0].isdigit():
        try:
            return ipaddress.IPv4Address(socket.inet_aton(text))  # the legacy forms
        except OSError:
            return None
    return None


def _embedded_ipv4(ip: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 one carries: mapped, 6to4, Teredo, NAT64, compatible."""
    if ip.ipv4_mapped:
        return ip.ipv4_mapped
    if ip.sixtofour:
        return ip.sixtofour
    if ip.teredo:
        return ip.teredo[1]
    if any(ip in net for net in _NAT64) or int(ip) < 2**32:
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    return None


def is_private(address: str) -> bool:
    """Loopback, private, link-local, unspecified or reserved (an IPv4 address inside an
    IPv6 one counts as itself): not the public internet."""
    ip = parse_address(address)
    if ip is None:
        return False
    if isinstance(ip, ipaddress.IPv6Address):
        inner = _embedded_ipv4(ip)
        if inner is not None and (not inner.is_global or inner.is_multicast):
            return True
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
        host = (urlsplit(request.url).hostname or "").rstrip(".")
        if host == "localhost" or host.endswith(".localhost"):
            return self._check(request, "127.0.0.1")
        if parse_address(host) is not None:
            return self._check(request, host)
        from twisted.internet import reactor

        resolving = reactor.resolve(host)
        resolving.addCallback(lambda address: self._check(request, address))
        resolving.addErrback(self._unresolved, request, host)
        return resolving

    def _unresolved(self, failure, request, host: str):
        if failure.check(IgnoreRequest):
            return failure
        if request.meta.get("proxy") or _proxy_from_environment(request.url):
            # The proxy would resolve it, out of sight: a name this machine cannot check
            # is not sent.
            if self.stats is not None:
                self.stats.inc_value("unionnews/refused/unresolvable_behind_proxy")
            logger.warning("refused %s: %s cannot be resolved here to check it", request.url, host)
            raise IgnoreRequest(f"unresolvable name {host} behind a proxy")
        return None  # without a proxy the download fails on it, as usual

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


def _proxy_from_environment(url: str) -> bool:
    scheme = urlsplit(url).scheme
    return bool(urllib.request.getproxies().get(scheme))


class PublicOnlyResolver(CachingThreadedResolver):
    """TWISTED_DNS_RESOLVER: Scrapy's caching resolver, refusing private answers where the
    connection is made (unless UNIONNEWS_ALLOW_PRIVATE)."""

    allow_private = False

    @classmethod
    def from_crawler(cls, crawler, reactor):
        resolver = super().from_crawler(crawler, reactor)
        resolver.allow_private = crawler.settings.getbool("UNIONNEWS_ALLOW_PRIVATE")
        return resolver

    def getHostByName(self, name: str, timeout=()):
        resolving = super().getHostByName(name, timeout)
        if not self.allow_private:
            resolving.addCallback(self._public, name)
        return resolving

    @staticmethod
    def _public(address: str, name: str) -> str:
        if is_private(address):
            raise DNSLookupError(f"{name} resolves to the private address {address}: refused")
        return address
