"""Lookups over the site table (table.py): every site, the site a URL belongs to, a site
by its spider name."""

from __future__ import annotations

from urllib.parse import urlsplit

from unionnews.sites.base import Site
from unionnews.sites.table import SITES


def all_sites() -> tuple[Site, ...]:
    return tuple(SITES.values())


def site_for(url: str) -> Site | None:
    """The registered site a URL belongs to, if any: the one whose URL patterns match it,
    else the one that owns its host (中工网 and its e-paper share a host)."""
    host = urlsplit(url).hostname or ""
    owners = [site for site in SITES.values() if site.owns_host(host)]
    for site in owners:
        if site.is_article(url) or site.is_list(url):
            return site
    return owners[0] if owners else None


def site_named(name: str) -> Site:
    return SITES[name]
