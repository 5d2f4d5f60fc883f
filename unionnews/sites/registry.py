"""All registered sites: every module of this package that defines ``SITE``."""

from __future__ import annotations

import importlib
import pkgutil
from functools import cache
from urllib.parse import urlsplit

import unionnews.sites as package
from unionnews.sites.base import Site


@cache
def all_sites() -> tuple[Site, ...]:
    sites = []
    for info in sorted(pkgutil.iter_modules(package.__path__), key=lambda i: i.name):
        module = importlib.import_module(f"{package.__name__}.{info.name}")
        site = getattr(module, "SITE", None)
        if isinstance(site, Site):
            sites.append(site)
    names = [s.name for s in sites]
    if len(set(names)) != len(names):
        raise ValueError(f"two site modules share a spider name: {names}")
    return tuple(sites)


def site_for(url: str) -> Site | None:
    """The registered site a URL belongs to, if any: the one whose URL patterns match it,
    else the one that owns its host (中工网 and its e-paper share a host)."""
    host = urlsplit(url).hostname or ""
    owners = [site for site in all_sites() if site.owns_host(host)]
    for site in owners:
        if site.is_article(url) or site.is_list(url):
            return site
    return owners[0] if owners else None


def site_named(name: str) -> Site:
    for site in all_sites():
        if site.name == name:
            return site
    raise KeyError(name)
