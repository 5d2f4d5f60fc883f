"""Scrapy add-ons: settings that depend on other settings, applied after all of them."""

from __future__ import annotations

from unionnews import __version__


class UserAgentAddon:
    """An honest User-Agent naming the project and UNIONNEWS_CONTACT_URL.

    Set from the contact URL after the command line is read, so that
    ``-s UNIONNEWS_CONTACT_URL=…`` takes effect; ``-s USER_AGENT=…`` still wins."""

    def update_settings(self, settings) -> None:
        contact = settings.get("UNIONNEWS_CONTACT_URL")
        settings.set("USER_AGENT", f"unionnews/{__version__} (+{contact})", priority="addon")
